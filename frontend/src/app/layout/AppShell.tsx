import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LogoutIcon } from '@/components/icons';
import { OutboxStatus } from '@/components/Outbox';
import { Spinner } from '@/components/Spinner';
import { useMe } from '@/features/session/api/useMe';
import { useAuth } from '@/lib/auth';
import { CurrentUserProvider, hasAnyRole } from '@/lib/session';
import { appRoutes } from '../routes';
import { useSendQueuedPledges } from '../sendQueuedPledges';
import { AppNav } from './AppNav';
import './AppShell.css';

export function AppShell() {
  const { t } = useTranslation();
  const { logout, subject } = useAuth();
  const me = useMe();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useSendQueuedPledges(subject);

  // After a navigation inside the app, start reading (and tabbing) at the new page, not in the old tab bar.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const person = me.status === 'success' ? me.data : undefined;
  const navItems = appRoutes.filter((route) => route.nav !== false && !route.public && hasAnyRole(person, route.roles));

  return (
    <CurrentUserProvider value={me}>
      <div className="shell">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="topbar">
          <span className="topbar__brand">{t('app.name')}</span>
          <div className="topbar__actions">
            <LanguageSwitch />
            <button type="button" className="button button--ghost topbar__logout" onClick={() => void logout()}>
              <LogoutIcon width={20} height={20} />
              <span>{t('header.logout')}</span>
            </button>
          </div>
        </header>

        <AppNav items={navItems} roles={person?.roles ?? []} />

        <main id="main" className="main" tabIndex={-1} ref={main}>
          {subject !== undefined ? <OutboxStatus owner={subject} /> : null}
          <Suspense fallback={<Spinner label={t('app.loadingPage')} />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </CurrentUserProvider>
  );
}
