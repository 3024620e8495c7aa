import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParseKeys } from 'i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ChevronRightIcon, FlagIcon, HeartIcon, ReceiptIcon, type IconProps } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import type { Me } from '@/lib/api';
import { countryName, currencyName, formatDate, formatList, useLocale } from '@/lib/i18n';
import { hasAnyRole, useCurrentUser } from '@/lib/session';
import { useDepartmentStanding } from '../api/useDepartmentStanding';
import { MyCompetitionsCard } from './MyCompetitionsCard';
import { ShownOnBoardsSetting } from './ShownOnBoardsSetting';
import { StandingCard } from './StandingCard';
import './HomePage.css';

/** The shortcuts on the home screen (for people who give: everyone in the company directory). */
const ACTIONS: readonly { to: string; icon: ComponentType<IconProps>; title: ParseKeys; text: ParseKeys; testId: string }[] = [
  { to: '/give', icon: HeartIcon, title: 'home.actions.give.title', text: 'home.actions.give.text', testId: 'home-give' },
  { to: '/activities/new', icon: FlagIcon, title: 'home.actions.activity.title', text: 'home.actions.activity.text', testId: 'home-activity' },
  { to: '/pledges', icon: ReceiptIcon, title: 'home.actions.pledges.title', text: 'home.actions.pledges.text', testId: 'home-pledges' },
];

/** Who takes part in competitions and can appear on leaderboards by name. */
const COMPETITORS = ['employee', 'lead', 'admin'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // asked for at once, beside /api/me (it needs no answer of it), so that both come back together
  const standing = useDepartmentStanding();

  if (me.status === 'loading') return <HomeLoading />;
  if (me.status === 'error') return <ApiErrorPanel title={t('home.loadError')} error={me.error} onRetry={me.reload} />;
  return <Profile me={me.data} standing={standing} />;
}

/** The top of the home screen as it will be, while signing in and /api/me are under way: the name fills its line. */
function HomeLoading() {
  const { t } = useTranslation();
  return (
    <div className="home">
      <div className="home__intro">
        <p className="home__greeting">{t('home.greeting')}</p>
        <p className="home__name home__name--pending" aria-hidden="true">
          {'\u00a0'}
        </p>
      </div>
      <Spinner label={t('home.loading')} />
    </div>
  );
}

function Profile({ me, standing }: { me: Me; standing: ReturnType<typeof useDepartmentStanding> }) {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <div className="home">
      <section className="home__intro" aria-labelledby="me-name">
        <p className="home__greeting">{t('home.greeting')}</p>
        <h1 id="me-name" className="home__name" data-testid="me-name">
          {me.name}
        </h1>
        {me.email ? <p className="home__email">{me.email}</p> : null}
        {me.roles.length > 0 ? (
          <ul className="home__roles" aria-label={t('home.roles')}>
            {me.roles.map((role) => (
              <li key={role} className="chip">
                {t(`roles.${role}`)}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {hasAnyRole(me, ['employee', 'lead', 'admin']) ? <Actions /> : null}

      {me.department ? <StandingCard department={me.department.name} standing={standing} /> : null}

      {/* NGO staff and people outside the directory have no department in any competition (the API answers 403) */}
      {me.department && hasAnyRole(me, COMPETITORS) ? <MyCompetitionsCard department={me.department.name} /> : null}

      {me.shownOnBoards !== undefined && hasAnyRole(me, COMPETITORS) ? <ShownOnBoardsSetting me={me} /> : null}

      <MyDataLink />

      <section className="card" aria-labelledby="belongs-heading">
        <h2 id="belongs-heading" className="card__title">
          {t('home.belongs')}
        </h2>
        {me.department ? <Membership me={me} locale={locale} /> : (
          <p className="home__not-in-directory" data-testid="me-not-in-directory">
            {t('home.notInDirectory')}
          </p>
        )}
      </section>
    </div>
  );
}

/** Data protection: the way to the person's data download and erasure request (/my-data). */
function MyDataLink() {
  const { t } = useTranslation();
  return (
    <section className="card standing" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading" className="card__title">
        {t('home.privacy.title')}
      </h2>
      <p>{t('home.privacy.text')}</p>
      <Link className="standing__link" to="/my-data" data-testid="home-my-data">
        {t('home.privacy.link')}
        <ChevronRightIcon width={18} height={18} />
      </Link>
    </section>
  );
}

function Actions() {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="visually-hidden">
        {t('home.actions.title')}
      </h2>
      <ul className="home__actions">
        {ACTIONS.map(({ to, icon: Icon, title, text, testId }) => (
          <li key={to}>
            <Link className="home__action" to={to} data-testid={testId}>
              <Icon className="home__action-icon" />
              <span className="home__action-text">
                <span className="home__action-title">{t(title)}</span>
                <span className="home__action-hint">{t(text)}</span>
              </span>
              <ChevronRightIcon className="home__action-chevron" />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Membership({ me, locale }: { me: Me; locale: string }) {
  const { t } = useTranslation();
  const country = me.country ? (countryName(me.country.code, locale) ?? me.country.name) : undefined;
  const currency = me.currency ? currencyName(me.currency, locale) : undefined;

  return (
    <>
      {me.leads.length > 0 ? (
        <p className="home__leads" data-testid="me-leads">
          {t('home.leadOf', { departments: formatList(me.leads.map((d) => d.name), locale) })}
        </p>
      ) : null}
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('home.department')}</dt>
          <dd data-testid="me-department">{me.department?.name}</dd>
        </div>
        {me.departmentSince ? (
          <div className="facts__row">
            <dt>{t('home.departmentSince')}</dt>
            <dd>
              <time dateTime={me.departmentSince}>{formatDate(me.departmentSince, locale)}</time>
            </dd>
          </div>
        ) : null}
        {me.location ? (
          <div className="facts__row">
            <dt>{t('home.location')}</dt>
            <dd data-testid="me-location">{me.location.name}</dd>
          </div>
        ) : null}
        {country ? (
          <div className="facts__row">
            <dt>{t('home.country')}</dt>
            <dd data-testid="me-country">{country}</dd>
          </div>
        ) : null}
        {me.currency ? (
          <div className="facts__row">
            <dt>{t('home.currency')}</dt>
            <dd data-testid="me-currency">
              {me.currency}
              {currency ? <span className="facts__aside"> · {currency}</span> : null}
            </dd>
          </div>
        ) : null}
        {me.employeeNumber ? (
          <div className="facts__row">
            <dt>{t('home.employeeNumber')}</dt>
            <dd>{me.employeeNumber}</dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
