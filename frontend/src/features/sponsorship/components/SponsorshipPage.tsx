import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ErrorPanel } from '@/components/ErrorPanel';
import { Spinner } from '@/components/Spinner';
import type { Activity } from '@/lib/api';
import { formatDate, formatMoney, formatNumber, useLocale } from '@/lib/i18n';
import { currencyOf, useMeIfLoaded } from '@/lib/session';
import { useActivity } from '../api/useActivity';
import { ActivityStatusChip } from './ActivityStatusChip';
import { OwnerPanel } from './OwnerPanel';
import { PledgeForm } from './PledgeForm';
import './sponsorship.css';

/** /s/:code, opened from a shared link on a phone: see the activity and sponsor it in a few taps. */
export function SponsorshipPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const activity = useActivity(code.toUpperCase());

  if (activity.status === 'loading') return <Spinner label={t('sponsor.loading')} />;
  if (activity.status === 'error') {
    if (activity.error.status === 404) {
      return <ErrorPanel title={t('sponsor.notFound.title')}>{<p>{t('sponsor.notFound.body', { code })}</p>}</ErrorPanel>;
    }
    return <ApiErrorPanel title={t('sponsor.loadError')} error={activity.error} onRetry={activity.reload} />;
  }
  return <ActivityView activity={activity.data} onChanged={activity.refresh} refreshing={activity.refreshing} />;
}

function ActivityView({ activity, onChanged, refreshing }: { activity: Activity; onChanged: () => void; refreshing: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMeIfLoaded();
  const currency = currencyOf(me);
  const money = (minor: number) => formatMoney(minor, activity.reportingCurrency, locale);
  const unit = activity.unit === 'NONE' ? undefined : t(`units.${activity.unit}.short`);
  const hasTarget = activity.unit !== 'NONE' && activity.target !== undefined;
  const showEstimate = activity.status === 'OPEN' && hasTarget;

  return (
    <article className="page" aria-labelledby="activity-title" aria-busy={refreshing}>
      <header className="page__header">
        <div className="activity__status-row">
          <ActivityStatusChip status={activity.status} />
          <span className="muted">{t('sponsor.for', { post: activity.projectPost.name })}</span>
        </div>
        <h1 id="activity-title" className="page__title" data-testid="activity-title">
          {activity.title}
        </h1>
        <p className="activity__meta">
          {t('sponsor.byOn', { owner: activity.ownerName, date: formatDate(activity.date, locale, { dateStyle: 'long' }) })}
        </p>
        {activity.description ? <p className="activity__description">{activity.description}</p> : null}
      </header>

      <dl className="stats" aria-label={t('sponsor.stats')} aria-live="polite">
        <div className="stats__item stats__item--wide">
          <dt>{activity.status === 'COMPLETED' ? t('sponsor.raisedFinal') : t('sponsor.raised')}</dt>
          <dd data-testid="activity-raised" data-minor={activity.raisedMinor} data-currency={activity.reportingCurrency}>
            {money(activity.raisedMinor)}
          </dd>
        </div>
        <div className="stats__item">
          <dt>{t('sponsor.sponsors')}</dt>
          <dd data-testid="activity-sponsors">{activity.sponsors}</dd>
        </div>
        {activity.status === 'COMPLETED' && activity.result !== undefined ? (
          <div className="stats__item">
            <dt>{t('sponsor.result')}</dt>
            <dd data-testid="activity-result">
              {unit ? `${formatNumber(activity.result, locale)} ${unit}` : t('sponsor.done')}
            </dd>
          </div>
        ) : hasTarget ? (
          <div className="stats__item">
            <dt>{t('sponsor.target')}</dt>
            <dd data-testid="activity-target">{`${formatNumber(activity.target ?? 0, locale)} ${unit ?? ''}`}</dd>
          </div>
        ) : (
          <div className="stats__item">
            <dt>{t('sponsor.kind')}</dt>
            <dd>{t('sponsor.fixedOnly')}</dd>
          </div>
        )}
        {showEstimate ? (
          <div className="stats__item stats__item--wide">
            <dt>{t('sponsor.estimateAtTarget', { target: `${formatNumber(activity.target ?? 0, locale)} ${unit ?? ''}` })}</dt>
            <dd data-testid="activity-estimate" data-minor={activity.estimateAtTargetMinor}>
              {money(activity.estimateAtTargetMinor)}
            </dd>
          </div>
        ) : null}
      </dl>

      {activity.status === 'CLOSED' ? (
        <p className="notice">
          {activity.closedReason ? t('sponsor.closedBecause', { reason: activity.closedReason }) : t('sponsor.closed')}
        </p>
      ) : null}

      {activity.mine ? <OwnerPanel activity={activity} onChanged={onChanged} /> : null}

      {activity.status === 'OPEN' ? (
        currency ? (
          <PledgeForm activity={activity} currency={currency} onPledged={onChanged} />
        ) : me ? (
          <p className="notice">{t('sponsor.notInDirectory')}</p>
        ) : null
      ) : null}

      <section className="card" aria-labelledby="messages-title">
        <h2 id="messages-title" className="card__title">
          {t('sponsor.messages.title')}
        </h2>
        {activity.messages.length === 0 ? (
          <p className="muted">{t('sponsor.messages.none')}</p>
        ) : (
          <ul className="messages" data-testid="activity-messages">
            {activity.messages.map((message, index) => (
              <li key={`${message.at}-${index}`} className="messages__item">
                <p className="messages__text">“{message.message}”</p>
                <p className="messages__by">
                  {message.name ? `${message.name} · ` : ''}
                  <time dateTime={message.at}>
                    {formatDate(message.at, locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}
                  </time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
