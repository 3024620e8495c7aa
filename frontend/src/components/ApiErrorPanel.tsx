import { useTranslation } from 'react-i18next';
import type { ApiError } from '@/lib/api';
import { ErrorPanel } from './ErrorPanel';

/** Shows an API failure: a translated headline, plus the server's problem detail when it sent one. */
export function ApiErrorPanel({ title, error, onRetry }: { title: string; error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  let message: string;
  if (error.kind === 'network') message = t('errors.network');
  else if (error.status === 401) message = t('errors.unauthorized');
  else if (error.status === 403) message = t('errors.forbidden');
  else if (error.status >= 500) message = t('errors.server');
  else message = t('errors.generic');

  return (
    <ErrorPanel
      title={title}
      detail={error.kind === 'problem' ? (error.detail ?? error.title) : undefined}
      action={onRetry ? { label: t('errors.retry'), onClick: onRetry } : undefined}
    >
      <p>{message}</p>
      {error.fieldErrors.length > 0 ? (
        <ul>
          {error.fieldErrors.map((fieldError, index) => (
            <li key={index}>{fieldError.field ? `${fieldError.field}: ${fieldError.message}` : fieldError.message}</li>
          ))}
        </ul>
      ) : null}
    </ErrorPanel>
  );
}
