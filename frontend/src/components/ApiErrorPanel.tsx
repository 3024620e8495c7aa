import { useTranslation } from 'react-i18next';
import type { ApiError } from '@/lib/api';
import { ErrorPanel } from './ErrorPanel';

export interface ApiErrorPanelProps {
  title: string;
  error: ApiError;
  onRetry?: () => void;
  /** A translated explanation that replaces the generic one (e.g. for a known 409). */
  message?: string;
  /** Fields whose errors the form already shows beside them; they are not listed again here. */
  inlineFields?: readonly string[];
}

/** Shows an API failure: a translated headline, plus the server's problem detail when it sent one. */
export function ApiErrorPanel({ title, error, onRetry, message, inlineFields = [] }: ApiErrorPanelProps) {
  const { t } = useTranslation();
  let text: string;
  if (message) text = message;
  else if (error.kind === 'network') text = t('errors.network');
  else if (error.status === 401) text = t('errors.unauthorized');
  else if (error.status === 403) text = t('errors.forbidden');
  else if (error.status >= 500) text = t('errors.server');
  else if (error.status === 400 && error.fieldErrors.length > 0) text = t('errors.checkFields');
  else text = t('errors.generic');

  const listed = error.fieldErrors.filter((fieldError) => !fieldError.field || !inlineFields.includes(fieldError.field));

  return (
    <ErrorPanel
      title={title}
      detail={error.kind === 'problem' ? (error.detail ?? error.title) : undefined}
      action={onRetry ? { label: t('errors.retry'), onClick: onRetry } : undefined}
    >
      <p>{text}</p>
      {listed.length > 0 ? (
        <ul>
          {listed.map((fieldError, index) => {
            const where = [
              fieldError.line !== undefined ? t('errors.line', { line: fieldError.line }) : null,
              fieldError.field ?? null,
            ]
              .filter(Boolean)
              .join(' · ');
            return <li key={index}>{where ? `${where}: ${fieldError.message}` : fieldError.message}</li>;
          })}
        </ul>
      ) : null}
    </ErrorPanel>
  );
}
