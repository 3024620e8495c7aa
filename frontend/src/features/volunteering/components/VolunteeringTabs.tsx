import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { ParseKeys } from 'i18next';
import type { Role } from '@/lib/api';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import '@/components/adminTabs.css';

const GIVERS: readonly Role[] = ['employee', 'lead', 'admin'];

const TABS: readonly { to: string; labelKey: ParseKeys; roles?: readonly Role[] }[] = [
  { to: '/volunteering', labelKey: 'volunteering.tabs.opportunities' },
  { to: '/volunteering/shifts', labelKey: 'volunteering.tabs.shifts', roles: GIVERS },
  { to: '/volunteering/hours', labelKey: 'volunteering.tabs.hours', roles: GIVERS },
  { to: '/volunteering/skills', labelKey: 'volunteering.tabs.skills', roles: GIVERS },
  { to: '/volunteering/approvals', labelKey: 'volunteering.tabs.approvals', roles: ['lead', 'ngo', 'admin'] },
];

/** Switches between the volunteering pages (they share one item in the main navigation). */
export function VolunteeringTabs() {
  const { t } = useTranslation();
  const me = useMeIfLoaded();
  return (
    <nav className="admin-tabs" aria-label={t('volunteering.tabs.label')}>
      {TABS.filter((tab) => hasAnyRole(me, tab.roles)).map((tab) => (
        <NavLink key={tab.to} className="admin-tabs__link" to={tab.to} end>
          {t(tab.labelKey)}
        </NavLink>
      ))}
    </nav>
  );
}
