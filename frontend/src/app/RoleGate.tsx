import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ErrorPanel } from '@/components/ErrorPanel';
import { Spinner } from '@/components/Spinner';
import type { Role } from '@/lib/api';
import { hasAnyRole, useCurrentUser } from '@/lib/session';

/** Renders a page only for people with one of `roles` (the API checks again; this spares a useless screen). */
export function RoleGate({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!roles || roles.length === 0) return children;
  if (me.status === 'loading') return <Spinner label={t('home.loading')} />;
  if (me.status === 'error') return <ApiErrorPanel title={t('home.loadError')} error={me.error} onRetry={me.reload} />;
  if (!hasAnyRole(me.data, roles)) {
    return (
      <ErrorPanel title={t('errors.noAccessTitle')}>
        <p>{t('errors.forbidden')}</p>
      </ErrorPanel>
    );
  }
  return children;
}
