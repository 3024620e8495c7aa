import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LogoutIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useAuth } from '@/lib/auth';
import { appRoutes } from '../routes';
import './AppShell.css';

export function AppShell() {
  const { t } = useTranslation();
  const { logout } = useAuth();

  return (
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
          {appRoutes.map(({ id, path, labelKey, icon: Icon }) => (
            <li key={id}>
              <NavLink to={path} end={path === '/'} className="nav__link">
                <Icon className="nav__icon" />
                <span className="nav__label">{t(labelKey)}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>

      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Spinner label={t('boot.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
