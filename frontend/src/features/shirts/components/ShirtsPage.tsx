import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ChevronRightIcon, PlusIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { formatDate, formatMoney, useLocale } from '@/lib/i18n';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import type { ShirtCampaign } from '../api/types';
import { useShirtCampaigns } from '../api/useShirtCampaigns';
import { MyShirtOrders } from './MyShirtOrders';
import './shirts.css';

/** /shirts: the shirt campaigns, and my orders. */
export function ShirtsPage() {
  const { t } = useTranslation();
  const me = useMeIfLoaded();
  const campaigns = useShirtCampaigns();
  const admin = hasAnyRole(me, ['admin']);
  const orders = me !== undefined && hasAnyRole(me, ['employee', 'lead', 'admin']);
  return (
    <div className="page">
      <header className="page__header page__header-row">
        <div className="page__header">
          <h1 className="page__title">{t('shirts.title')}</h1>
          <p className="page__lead">{t('shirts.lead')}</p>
        </div>
        {admin ? (
          <Link className="button button--primary" to="/shirts/new">
            <PlusIcon width={18} height={18} />
            {t('shirts.newButton')}
          </Link>
        ) : null}
      </header>
      {campaigns.status === 'loading' ? <Spinner label={t('shirts.loading')} /> : null}
      {campaigns.status === 'error' ? <ApiErrorPanel title={t('shirts.loadError')} error={campaigns.error} onRetry={campaigns.reload} /> : null}
      {campaigns.status === 'success' ? (
        campaigns.data.length === 0 ? (
          <p className="empty">{t('shirts.empty')}</p>
        ) : (
          <ul className="list-plain shirt-campaigns" data-testid="shirt-campaigns">
            {campaigns.data.map((campaign) => (
              <CampaignItem key={campaign.id} campaign={campaign} />
            ))}
          </ul>
        )
      ) : null}
      {orders ? (
        <section aria-labelledby="my-shirt-orders">
          <h2 className="section-title" id="my-shirt-orders">
            {t('shirts.mine.title')}
          </h2>
          <MyShirtOrders />
        </section>
      ) : null}
    </div>
  );
}

function CampaignItem({ campaign }: { campaign: ShirtCampaign }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="card shirt-campaign-item">
      <Link className="shirt-campaign-item__link" to={`/shirts/${campaign.id}`}>
        {campaign.imageUrl ? <img className="shirt-campaign-item__image" src={campaign.imageUrl} alt="" loading="lazy" /> : <span className="shirt-campaign-item__image" aria-hidden="true" />}
        <span className="shirt-campaign-item__text">
          <strong className="shirt-campaign-item__title">{campaign.name}</strong>
          <span className="muted">
            {campaign.open ? <span className="chip chip--success">{t('shirts.open')}</span> : <span className="chip chip--muted">{t('shirts.closed')}</span>}{' '}
            {t('shirts.deadline', { date: formatDate(campaign.orderDeadline, locale, { dateStyle: 'medium', timeStyle: 'short' }) })}
          </span>
          <span className="muted">{t('shirts.donationPerPrint', { amount: formatMoney(campaign.donationPerPrintMinor, campaign.donationCurrency, locale, { wholeWithoutDecimals: true }) })}</span>
        </span>
        <ChevronRightIcon className="shirt-campaign-item__chevron" />
      </Link>
    </li>
  );
}
