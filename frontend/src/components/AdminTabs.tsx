import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './adminTabs.css';

/** Switches between the admin pages (they share one "Admin" item in the main navigation). */
export function AdminTabs() {
  const { t } = useTranslation();
  return (
    <nav className="admin-tabs" aria-label={t('admin.tabs')}>
      <NavLink className="admin-tabs__link" to="/admin/payroll">
        {t('admin.payroll.tab')}
      </NavLink>
      <NavLink className="admin-tabs__link" to="/admin/mobile-payments">
        {t('admin.mobile.tab')}
      </NavLink>
      <NavLink className="admin-tabs__link" to="/admin/collections">
        {t('admin.collections.tab')}
      </NavLink>
      <NavLink className="admin-tabs__link" to="/admin/volunteer-grants">
        {t('volunteering.grants.tab')}
      </NavLink>
      <NavLink className="admin-tabs__link" to="/admin/match-rules">
        {t('admin.matchTab')}
      </NavLink>
      <NavLink className="admin-tabs__link" to="/admin/erasure-requests">
        {t('admin.erasure.tab')}
      </NavLink>
    </nav>
  );
}
