import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LogoutIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useMe } from '@/features/session/api/useMe';
import { useAuth } from '@/lib/auth';
import { CurrentUserProvider, hasAnyRole } from '@/lib/session';
import { appRoutes } from '../routes';
import './AppShell.css';

export function AppShell() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const me = useMe();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

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

        <nav className="nav" aria-label={t('nav.label')}>
          <ul className="nav__list">
            {navItems.map(({ id, path, labelKey, icon: Icon, nav }) => {
              const label = (
                <>
                  <Icon className="nav__icon" />
                  <span className="nav__label">{t(labelKey)}</span>
                </>
              );
              if (typeof nav === 'object') {
                const current = location.pathname.startsWith(nav.activeFor);
                return (
                  <li key={id}>
                    <Link to={path} className={`nav__link${current ? ' active' : ''}`} aria-current={current ? 'page' : undefined}>
                      {label}
                    </Link>
                  </li>
                );
              }
              return (
                <li key={id}>
                  <NavLink to={path} end={path === '/'} className="nav__link">
                    {label}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </nav>

        <main id="main" className="main" tabIndex={-1} ref={main}>
          <Suspense fallback={<Spinner label={t('boot.loading')} />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </CurrentUserProvider>
  );
}
