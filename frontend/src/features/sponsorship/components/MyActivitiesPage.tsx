import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ChevronRightIcon, PlusIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import type { Activity } from '@/lib/api';
import { formatDate, formatMoney, useLocale } from '@/lib/i18n';
import { useMyActivities } from '../api/useMyActivities';
import { ActivityStatusChip } from './ActivityStatusChip';
import './sponsorship.css';

export function MyActivitiesPage() {
  const { t } = useTranslation();
  const activities = useMyActivities();

  return (
    <div className="page">
      <header className="page__header page__header-row">
        <div className="page__header">
          <h1 className="page__title">{t('activity.mine.title')}</h1>
          <p className="page__lead">{t('activity.mine.lead')}</p>
        </div>
        <Link className="button button--primary" to="/activities/new">
          <PlusIcon width={18} height={18} />
          {t('activity.mine.new')}
        </Link>
      </header>
      {activities.status === 'loading' ? <Spinner label={t('activity.mine.loading')} /> : null}
      {activities.status === 'error' ? (
        <ApiErrorPanel title={t('activity.mine.loadError')} error={activities.error} onRetry={activities.reload} />
      ) : null}
      {activities.status === 'success' ? (
        activities.data.length === 0 ? (
          <p className="empty">{t('activity.mine.empty')}</p>
        ) : (
          <ul className="list-plain" data-testid="my-activities">
            {activities.data.map((activity) => (
              <ActivityItem key={activity.code} activity={activity} />
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function ActivityItem({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="card activity-list__item">
      <Link className="activity-list__link" to={activity.sharePath}>
        <h2 className="activity-list__title">{activity.title}</h2>
        <ChevronRightIcon className="activity-list__chevron" />
        <p className="activity-list__facts">
          <ActivityStatusChip status={activity.status} /> {formatDate(activity.date, locale, { dateStyle: 'medium' })} ·{' '}
          {t('activity.mine.summary', {
            raised: formatMoney(activity.raisedMinor, activity.reportingCurrency, locale),
            count: activity.sponsors,
          })}
        </p>
      </Link>
    </li>
  );
}
