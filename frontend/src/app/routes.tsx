import { lazy, type ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { matchPath } from 'react-router';
import { ChartIcon, FlagIcon, HandIcon, HeartIcon, HomeIcon, PlusIcon, ReceiptIcon, ShareIcon, ShieldIcon, ShirtIcon, TrophyIcon, type IconProps } from '@/components/icons';
import type { Role } from '@/lib/api';

/** How each lazy page's chunk is fetched, for {@link preloadPage}. */
const pageLoaders = new Map<ComponentType, () => Promise<unknown>>();

/**
 * A page loaded when first opened (while the shell signs the person in), so the phone's first download holds only
 * the shell: budget in scripts/check-bundle-size.mjs. The service worker keeps every page's chunk for offline use.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  pageLoaders.set(Page, load);
  return Page;
}

const BoardsPage = lazyPage(() => import('@/features/boards/components/BoardsPage'), 'BoardsPage');
const AdminCollectionsPage = lazyPage(() => import('@/features/collections/components/AdminCollectionsPage'), 'AdminCollectionsPage');
const RecordCollectionPage = lazyPage(() => import('@/features/collections/components/RecordCollectionPage'), 'RecordCollectionPage');
const CorporateDonationPage = lazyPage(() => import('@/features/company/components/CorporateDonationPage'), 'CorporateDonationPage');
const MatchRulesPage = lazyPage(() => import('@/features/company/components/MatchRulesPage'), 'MatchRulesPage');
const CompetitionPage = lazyPage(() => import('@/features/competitions/components/CompetitionPage'), 'CompetitionPage');
const CompetitionsPage = lazyPage(() => import('@/features/competitions/components/CompetitionsPage'), 'CompetitionsPage');
const NewCompetitionPage = lazyPage(() => import('@/features/competitions/components/NewCompetitionPage'), 'NewCompetitionPage');
const GivePage = lazyPage(() => import('@/features/giving/components/GivePage'), 'GivePage');
const MyPledgesPage = lazyPage(() => import('@/features/pledges/components/MyPledgesPage'), 'MyPledgesPage');
const DashboardPage = lazyPage(() => import('@/features/reporting/components/DashboardPage'), 'DashboardPage');
const KioskPage = lazyPage(() => import('@/features/screens/components/KioskPage'), 'KioskPage');
const ScreensPage = lazyPage(() => import('@/features/screens/components/ScreensPage'), 'ScreensPage');
const MobilePaymentsPage = lazyPage(() => import('@/features/settlement/components/MobilePaymentsPage'), 'MobilePaymentsPage');
const HomePage = lazyPage(() => import('@/features/session/components/HomePage'), 'HomePage');
const PayrollPage = lazyPage(() => import('@/features/settlement/components/PayrollPage'), 'PayrollPage');
const EditCampaignPage = lazyPage(() => import('@/features/shirts/components/CampaignFormPage'), 'EditCampaignPage');
const NewCampaignPage = lazyPage(() => import('@/features/shirts/components/CampaignFormPage'), 'NewCampaignPage');
const PrinterSheetPage = lazyPage(() => import('@/features/shirts/components/PrinterSheetPage'), 'PrinterSheetPage');
const ShirtAdminPage = lazyPage(() => import('@/features/shirts/components/ShirtAdminPage'), 'ShirtAdminPage');
const ShirtCampaignPage = lazyPage(() => import('@/features/shirts/components/ShirtCampaignPage'), 'ShirtCampaignPage');
const ShirtsPage = lazyPage(() => import('@/features/shirts/components/ShirtsPage'), 'ShirtsPage');
const MyActivitiesPage = lazyPage(() => import('@/features/sponsorship/components/MyActivitiesPage'), 'MyActivitiesPage');
const NewActivityPage = lazyPage(() => import('@/features/sponsorship/components/NewActivityPage'), 'NewActivityPage');
const SponsorshipPage = lazyPage(() => import('@/features/sponsorship/components/SponsorshipPage'), 'SponsorshipPage');
const AdminErasurePage = lazyPage(() => import('@/features/privacy/components/AdminErasurePage'), 'AdminErasurePage');
const MyDataPage = lazyPage(() => import('@/features/privacy/components/MyDataPage'), 'MyDataPage');
const ApprovalsPage = lazyPage(() => import('@/features/volunteering/components/ApprovalsPage'), 'ApprovalsPage');
const GrantPolicyPage = lazyPage(() => import('@/features/volunteering/components/GrantPolicyPage'), 'GrantPolicyPage');
const LogHoursPage = lazyPage(() => import('@/features/volunteering/components/LogHoursPage'), 'LogHoursPage');
const MyHoursPage = lazyPage(() => import('@/features/volunteering/components/MyHoursPage'), 'MyHoursPage');
const MyShiftsPage = lazyPage(() => import('@/features/volunteering/components/MyShiftsPage'), 'MyShiftsPage');
const MySkillsPage = lazyPage(() => import('@/features/volunteering/components/MySkillsPage'), 'MySkillsPage');
const OpportunitiesPage = lazyPage(() => import('@/features/volunteering/components/OpportunitiesPage'), 'OpportunitiesPage');
const OpportunityPage = lazyPage(() => import('@/features/volunteering/components/OpportunityPage'), 'OpportunityPage');
const PostOpportunityPage = lazyPage(() => import('@/features/volunteering/components/PostOpportunityPage'), 'PostOpportunityPage');

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
  // Data protection: everyone's data download, and employees' erasure requests (reached from home).
  { id: 'my-data', path: '/my-data', labelKey: 'nav.myData', icon: ShieldIcon, Component: MyDataPage, nav: false },
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
  {
    id: 'admin-erasure-requests',
    path: '/admin/erasure-requests',
    labelKey: 'nav.adminErasure',
    icon: ShieldIcon,
    Component: AdminErasurePage,
    roles: ADMINS,
    nav: false,
  },
  // The canteen screen: public, no sign-in (the link is the key); see App.tsx.
  { id: 'screen', path: '/screen/:token', labelKey: 'nav.screen', icon: ShareIcon, Component: KioskPage, nav: false, public: true },
];

/**
 * Starts fetching the chunk of the page at `pathname` (if it is one of the app's), so that it arrives while the person
 * is signed in rather than after. The page's own lazy() then gets the same module. A failure is left to that lazy().
 */
export function preloadPage(pathname: string): void {
  const route = appRoutes.find((candidate) => matchPath({ path: candidate.path, end: true }, pathname) !== null);
  const load = route ? pageLoaders.get(route.Component) : undefined;
  load?.().catch(() => undefined);
}
