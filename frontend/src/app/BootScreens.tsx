import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/ErrorPanel';
import { Spinner } from '@/components/Spinner';
import type { AuthBootError } from '@/lib/auth';
import { useOutboxEntries } from '@/lib/offline';

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
  if (!navigator.onLine) return <BootOffline />;
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

/**
 * Started without a connection (the service worker had the app): signing in needs one, so say so, with the
 * pledges waiting on this phone, and start again as soon as the connection is back.
 */
function BootOffline() {
  const { t } = useTranslation();
  const waiting = useOutboxEntries().filter((entry) => entry.status === 'waiting').length;

  useEffect(() => {
    const restart = () => window.location.reload();
    window.addEventListener('online', restart);
    return () => window.removeEventListener('online', restart);
  }, []);

  return (
    <BootFrame>
      <section className="card" aria-labelledby="boot-offline-title" role="status">
        <h1 id="boot-offline-title" className="card__title">
          {t('boot.offline.title')}
        </h1>
        <p>{t('boot.offline.body')}</p>
        {waiting > 0 ? <p className="notice">{t('outbox.waiting', { count: waiting })}</p> : null}
      </section>
    </BootFrame>
  );
}
