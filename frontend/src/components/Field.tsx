import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';

export interface FieldProps {
  /** id of the control inside; its label points at it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Messages shown under the control (client checks and the server's field errors). */
  errors?: readonly string[];
  optional?: boolean;
  children: ReactNode;
}

/** The ids a control inside a {@link Field} lists in aria-describedby. */
export function describedBy(id: string, { hint, errors }: { hint?: unknown; errors?: readonly string[] }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors && errors.length > 0 ? `${id}-errors` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A labelled form control with its hint and error messages. The control itself is the child; give it
 * `id`, `aria-describedby={describedBy(id, …)}` and `aria-invalid`.
 */
export function Field({ id, label, hint, errors, optional, children }: FieldProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> ({t('form.optional')})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {errors && errors.length > 0 ? (
        <ul className="field__errors" id={`${id}-errors`}>
          {errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
