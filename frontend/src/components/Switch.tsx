import type { ReactNode } from 'react';
import './forms.css';

export interface SwitchProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off setting: a native checkbox with role="switch", labelled by the whole row. */
export function Switch({ id, label, hint, checked, onChange }: SwitchProps) {
  return (
    <label className="switch" htmlFor={id}>
      <span className="switch__text">
        <span className="switch__label">{label}</span>
        {hint ? (
          <span className="switch__hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </span>
      <input
        id={id}
        className="switch__input"
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
    </label>
  );
}
