import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Spinner } from '@/components/Spinner';
import { formatCount, formatMoney, useLocale } from '@/lib/i18n';
import { useShirtSummary } from '../api/useShirtSummary';

/** Shirts, what buyers owe for them, and what the NGO got: shown apart, never added together. */
export function CampaignSummary({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const summary = useShirtSummary(campaignId);
  if (summary.status === 'loading') return <Spinner label={t('shirts.summary.loading')} />;
  if (summary.status === 'error') return <ApiErrorPanel title={t('shirts.summary.loadError')} error={summary.error} onRetry={summary.reload} />;
  const s = summary.data;
  return (
    <section className="card shirt-summary" aria-labelledby="shirt-summary-title" data-testid="shirt-summary">
      <h2 className="card__title" id="shirt-summary-title">
        {t('shirts.summary.title')}
      </h2>
      <dl className="shirt-summary__facts">
        <dt>{t('shirts.summary.ordered')}</dt>
        <dd>{formatCount(s.shirtsOrdered, locale)}</dd>
        <dt>{t('shirts.summary.printed')}</dt>
        <dd>{formatCount(s.shirtsPrinted, locale)}</dd>
        <dt>{t('shirts.summary.donations')}</dt>
        <dd data-testid="shirt-donations">{formatMoney(s.donations.pledgedMinor, s.donations.currency, locale)}</dd>
        <dt>{t('shirts.summary.collected')}</dt>
        <dd>{formatMoney(s.donations.collectedMinor, s.donations.currency, locale)}</dd>
      </dl>
      <h3 className="shirt-summary__subtitle">{t('shirts.summary.prices')}</h3>
      <p className="muted">{t('shirts.summary.pricesHint')}</p>
      {s.prices.length === 0 ? (
        <p className="empty">{t('shirts.summary.noOrders')}</p>
      ) : (
        <ul className="list-plain">
          {s.prices.map((p) => (
            <li key={p.currency}>
              {formatMoney(p.totalMinor, p.currency, locale)} · {t('shirts.summary.shirts', { count: p.shirts })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
