import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Spinner } from '@/components/Spinner';
import type { Me } from '@/lib/api';
import { countryName, currencyName, formatDate, formatList, useLocale } from '@/lib/i18n';
import { useMe } from '../api/useMe';
import './HomePage.css';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.status === 'loading') return <Spinner label={t('home.loading')} />;
  if (me.status === 'error') return <ApiErrorPanel title={t('home.loadError')} error={me.error} onRetry={me.reload} />;
  return <Profile me={me.data} />;
}

function Profile({ me }: { me: Me }) {
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
