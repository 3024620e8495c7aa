import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { FlagIcon, HeartIcon, HomeIcon, ReceiptIcon, ShieldIcon, TrophyIcon, type IconProps } from '@/components/icons';
import type { Role } from '@/lib/api';
import { BoardsPage } from '@/features/boards/components/BoardsPage';
import { GivePage } from '@/features/giving/components/GivePage';
import { MyPledgesPage } from '@/features/pledges/components/MyPledgesPage';
import { HomePage } from '@/features/session/components/HomePage';
import { MobilePaymentsPage } from '@/features/settlement/components/MobilePaymentsPage';
import { PayrollPage } from '@/features/settlement/components/PayrollPage';
import { MyActivitiesPage } from '@/features/sponsorship/components/MyActivitiesPage';
import { NewActivityPage } from '@/features/sponsorship/components/NewActivityPage';
import { SponsorshipPage } from '@/features/sponsorship/components/SponsorshipPage';

export interface AppRoute {
  /** Stable id, also used as React key. */
  id: string;
  /** Absolute path of the page ('/' for home). */
  path: string;
  /** i18n key of the label in the tab bar / sidebar (and of the page's name). */
  labelKey: ParseKeys;
  icon: ComponentType<IconProps>;
  Component: ComponentType;
  /** Only people with one of these roles see the page in the navigation and may open it (default: everyone). */
  roles?: readonly Role[];
  /**
   * In the navigation? Default true. `{ activeFor }`: shown, and marked current for every path under that
   * prefix (one "Admin" item for all admin pages). false: reached by links only (e.g. /s/:code).
   */
  nav?: boolean | { activeFor: string };
}

/** People who give and sponsor: everyone in the company directory (not NGO staff). */
const GIVERS: readonly Role[] = ['employee', 'lead', 'admin'];
const ADMINS: readonly Role[] = ['admin'];

/**
 * THE route table: the router and the navigation (bottom tabs on phones, sidebar on wider
 * screens) are both rendered from it. Add a feature's page here, e.g. give, sponsorships,
 * competitions, shirts, volunteering; its label key goes under "nav" in both locale files.
 */
export const appRoutes: readonly AppRoute[] = [
  { id: 'home', path: '/', labelKey: 'nav.home', icon: HomeIcon, Component: HomePage },
  { id: 'give', path: '/give', labelKey: 'nav.give', icon: HeartIcon, Component: GivePage, roles: GIVERS },
  { id: 'activities', path: '/activities', labelKey: 'nav.activities', icon: FlagIcon, Component: MyActivitiesPage, roles: GIVERS },
  {
    id: 'new-activity',
    path: '/activities/new',
    labelKey: 'nav.newActivity',
    icon: FlagIcon,
    Component: NewActivityPage,
    roles: GIVERS,
    nav: false,
  },
  { id: 'boards', path: '/boards', labelKey: 'nav.boards', icon: TrophyIcon, Component: BoardsPage },
  { id: 'pledges', path: '/pledges', labelKey: 'nav.pledges', icon: ReceiptIcon, Component: MyPledgesPage, roles: GIVERS },
  { id: 'sponsorship', path: '/s/:code', labelKey: 'nav.sponsorship', icon: FlagIcon, Component: SponsorshipPage, nav: false },
  {
    id: 'admin-payroll',
    path: '/admin/payroll',
    labelKey: 'nav.admin',
    icon: ShieldIcon,
    Component: PayrollPage,
    roles: ADMINS,
    nav: { activeFor: '/admin/' },
  },
  {
    id: 'admin-mobile-payments',
    path: '/admin/mobile-payments',
    labelKey: 'nav.adminMobilePayments',
    icon: ShieldIcon,
    Component: MobilePaymentsPage,
    roles: ADMINS,
    nav: false,
  },
];
