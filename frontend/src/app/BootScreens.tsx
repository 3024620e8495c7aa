import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/ErrorPanel';
import { Spinner } from '@/components/Spinner';
import type { AuthBootError } from '@/lib/auth';

/** Full-page frame for the moments before the shell exists (signing in, or failing to). */
function BootFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="boot">
      <p className="boot__brand">{t('app.name')}</p>
      <main className="boot__main">{children}</main>
    </div>
  );
}

export function BootLoading() {
  const { t } = useTranslation();
  return (
    <BootFrame>
      <Spinner label={t('boot.loading')} />
    </BootFrame>
  );
}

export function BootError({ error }: { error: AuthBootError }) {
  const { t } = useTranslation();
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return (
    <BootFrame>
      <ErrorPanel
        title={t(`boot.${error.stage}.title`)}
        detail={cause ? t('boot.technicalDetail', { detail: cause }) : undefined}
        action={{ label: t('boot.retry'), onClick: () => window.location.reload() }}
      >
        <p>{t(`boot.${error.stage}.body`)}</p>
      </ErrorPanel>
    </BootFrame>
  );
}
