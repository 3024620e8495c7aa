import { useTranslation } from 'react-i18next';
import type { ContributionStatus, DepartmentCollection } from '@/lib/api';
import { formatDate, formatMoney, useLocale } from '@/lib/i18n';

const TONE: Record<ContributionStatus, string> = { PLEDGED: 'chip chip--warn', COLLECTED: 'chip chip--success', CANCELLED: 'chip chip--muted' };

export function CollectionStatusChip({ status }: { status: ContributionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={TONE[status]} data-status={status}>
      {t(`collections.status.${status}`)}
    </span>
  );
}

/** One collection's facts: amount, department, day, how, what, who recorded it. */
export function CollectionSummary({ collection }: { collection: DepartmentCollection }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="collection-summary">
      <p className="collection-summary__amount">
        <strong>{formatMoney(collection.amountMinor, collection.currency, locale)}</strong> <CollectionStatusChip status={collection.status} />
      </p>
      <p className="collection-summary__who">{collection.department.name}</p>
      <p className="muted">
        {formatDate(collection.collectedOn, locale, { dateStyle: 'medium' })} · {t(`collections.method.${collection.method}`)} ·{' '}
        {t('collections.recordedBy', { name: collection.recordedBy })}
      </p>
      <p className="collection-summary__description">{collection.description}</p>
    </div>
  );
}
