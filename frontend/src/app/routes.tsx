import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { ChartIcon, FlagIcon, HandIcon, HeartIcon, HomeIcon, PlusIcon, ReceiptIcon, ShareIcon, ShieldIcon, ShirtIcon, TrophyIcon, type IconProps } from '@/components/icons';
import type { Role } from '@/lib/api';
import { BoardsPage } from '@/features/boards/components/BoardsPage';
import { CorporateDonationPage } from '@/features/company/components/CorporateDonationPage';
import { MatchRulesPage } from '@/features/company/components/MatchRulesPage';
import { DashboardPage } from '@/features/reporting/components/DashboardPage';
import { AdminCollectionsPage } from '@/features/collections/components/AdminCollectionsPage';
import { RecordCollectionPage } from '@/features/collections/components/RecordCollectionPage';
import { CompetitionPage } from '@/features/competitions/components/CompetitionPage';
import { CompetitionsPage } from '@/features/competitions/components/CompetitionsPage';
import { NewCompetitionPage } from '@/features/competitions/components/NewCompetitionPage';
import { GivePage } from '@/features/giving/components/GivePage';
import { MyPledgesPage } from '@/features/pledges/components/MyPledgesPage';
import { HomePage } from '@/features/session/components/HomePage';
import { MobilePaymentsPage } from '@/features/settlement/components/MobilePaymentsPage';
import { PayrollPage } from '@/features/settlement/components/PayrollPage';
import { MyActivitiesPage } from '@/features/sponsorship/components/MyActivitiesPage';
import { KioskPage } from '@/features/screens/components/KioskPage';
import { EditCampaignPage, NewCampaignPage } from '@/features/shirts/components/CampaignFormPage';
import { PrinterSheetPage } from '@/features/shirts/components/PrinterSheetPage';
import { ShirtAdminPage } from '@/features/shirts/components/ShirtAdminPage';
import { ShirtCampaignPage } from '@/features/shirts/components/ShirtCampaignPage';
import { ShirtsPage } from '@/features/shirts/components/ShirtsPage';
import { ScreensPage } from '@/features/screens/components/ScreensPage';
import { NewActivityPage } from '@/features/sponsorship/components/NewActivityPage';
import { SponsorshipPage } from '@/features/sponsorship/components/SponsorshipPage';
import { ApprovalsPage } from '@/features/volunteering/components/ApprovalsPage';
import { GrantPolicyPage } from '@/features/volunteering/components/GrantPolicyPage';
import { LogHoursPage } from '@/features/volunteering/components/LogHoursPage';
import { MyHoursPage } from '@/features/volunteering/components/MyHoursPage';
import { MyShiftsPage } from '@/features/volunteering/components/MyShiftsPage';
import { MySkillsPage } from '@/features/volunteering/components/MySkillsPage';
import { OpportunitiesPage } from '@/features/volunteering/components/OpportunitiesPage';
import { OpportunityPage } from '@/features/volunteering/components/OpportunityPage';
import { PostOpportunityPage } from '@/features/volunteering/components/PostOpportunityPage';

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
  /**
   * Public page (e.g. the canteen screen): rendered without signing in, outside the shell (no navigation, no
   * /api/me), with translations only. Never in the navigation; `roles` do not apply.
   */
  public?: boolean;
}

/** People who give and sponsor: everyone in the company directory (not NGO staff). */
const GIVERS: readonly Role[] = ['employee', 'lead', 'admin'];
const ADMINS: readonly Role[] = ['admin'];
/** People who run competitions, record collections and make canteen screens. */
const ORGANISERS: readonly Role[] = ['lead', 'admin'];
/** People who post volunteer opportunities. */
const POSTERS: readonly Role[] = ['ngo', 'admin'];
/** People who approve volunteer hours (leads: their departments'; NGO staff: their opportunities'). */
const APPROVERS: readonly Role[] = ['lead', 'ngo', 'admin'];
/** NGO staff and admins: the NGO's totals and the corporate donation. */
const NGO_VIEW: readonly Role[] = ['ngo', 'admin'];

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
  { id: 'competitions', path: '/competitions', labelKey: 'nav.competitions', icon: TrophyIcon, Component: CompetitionsPage },
  {
    id: 'new-competition',
    path: '/competitions/new',
    labelKey: 'nav.newCompetition',
    icon: TrophyIcon,
    Component: NewCompetitionPage,
    roles: ORGANISERS,
    nav: false,
  },
  { id: 'competition', path: '/competitions/:id', labelKey: 'nav.competition', icon: TrophyIcon, Component: CompetitionPage, nav: false },
  {
    id: 'new-collection',
    path: '/collections/new',
    labelKey: 'nav.newCollection',
    icon: PlusIcon,
    Component: RecordCollectionPage,
    roles: ORGANISERS,
    // reached from /competitions (the phone's tab bar has no room for more items)
    nav: false,
  },
  { id: 'screens', path: '/screens', labelKey: 'nav.screens', icon: ShareIcon, Component: ScreensPage, roles: ORGANISERS, nav: false },
  // Volunteering: one navigation item for all its pages.
  {
    id: 'volunteering',
    path: '/volunteering',
    labelKey: 'nav.volunteering',
    icon: HandIcon,
    Component: OpportunitiesPage,
    nav: { activeFor: '/volunteering' },
  },
  {
    id: 'post-opportunity',
    path: '/volunteering/opportunities/new',
    labelKey: 'nav.postOpportunity',
    icon: HandIcon,
    Component: PostOpportunityPage,
    roles: POSTERS,
    nav: false,
  },
  { id: 'opportunity', path: '/volunteering/opportunities/:id', labelKey: 'nav.opportunity', icon: HandIcon, Component: OpportunityPage, nav: false },
  { id: 'my-shifts', path: '/volunteering/shifts', labelKey: 'nav.myShifts', icon: HandIcon, Component: MyShiftsPage, roles: GIVERS, nav: false },
  { id: 'my-hours', path: '/volunteering/hours', labelKey: 'nav.myHours', icon: HandIcon, Component: MyHoursPage, roles: GIVERS, nav: false },
  { id: 'log-hours', path: '/volunteering/hours/new', labelKey: 'nav.logHours', icon: HandIcon, Component: LogHoursPage, roles: GIVERS, nav: false },
  { id: 'my-skills', path: '/volunteering/skills', labelKey: 'nav.mySkills', icon: HandIcon, Component: MySkillsPage, roles: GIVERS, nav: false },
  {
    id: 'hour-approvals',
    path: '/volunteering/approvals',
    labelKey: 'nav.hourApprovals',
    icon: HandIcon,
    Component: ApprovalsPage,
    roles: APPROVERS,
    nav: false,
  },
  { id: 'shirts', path: '/shirts', labelKey: 'nav.shirts', icon: ShirtIcon, Component: ShirtsPage },
  { id: 'new-shirt-campaign', path: '/shirts/new', labelKey: 'nav.newShirtCampaign', icon: ShirtIcon, Component: NewCampaignPage, roles: ADMINS, nav: false },
  { id: 'shirt-campaign', path: '/shirts/:id', labelKey: 'nav.shirtCampaign', icon: ShirtIcon, Component: ShirtCampaignPage, nav: false },
  { id: 'edit-shirt-campaign', path: '/shirts/:id/edit', labelKey: 'nav.editShirtCampaign', icon: ShirtIcon, Component: EditCampaignPage, roles: ADMINS, nav: false },
  { id: 'manage-shirt-campaign', path: '/shirts/:id/manage', labelKey: 'nav.manageShirtCampaign', icon: ShirtIcon, Component: ShirtAdminPage, roles: ADMINS, nav: false },
  { id: 'printer-sheet', path: '/shirts/:id/printer-sheet', labelKey: 'nav.printerSheet', icon: ShirtIcon, Component: PrinterSheetPage, roles: ADMINS, nav: false },
  { id: 'reports', path: '/reports', labelKey: 'nav.reports', icon: ChartIcon, Component: DashboardPage, roles: NGO_VIEW },
  {
    id: 'corporate-donation',
    path: '/company/donation',
    labelKey: 'nav.corporateDonation',
    icon: HeartIcon,
    Component: CorporateDonationPage,
    roles: NGO_VIEW,
    // reached from /reports
    nav: false,
  },
  { id: 'admin-match-rules', path: '/admin/match-rules', labelKey: 'nav.matchRules', icon: ShieldIcon, Component: MatchRulesPage, roles: ADMINS, nav: false },
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
  {
    id: 'admin-collections',
    path: '/admin/collections',
    labelKey: 'nav.adminCollections',
    icon: ShieldIcon,
    Component: AdminCollectionsPage,
    roles: ADMINS,
    nav: false,
  },
  {
    id: 'admin-volunteer-grants',
    path: '/admin/volunteer-grants',
    labelKey: 'nav.adminVolunteerGrants',
    icon: ShieldIcon,
    Component: GrantPolicyPage,
    roles: ADMINS,
    nav: false,
  },
  // The canteen screen: public, no sign-in (the link is the key); see App.tsx.
  { id: 'screen', path: '/screen/:token', labelKey: 'nav.screen', icon: ShareIcon, Component: KioskPage, nav: false, public: true },
];
