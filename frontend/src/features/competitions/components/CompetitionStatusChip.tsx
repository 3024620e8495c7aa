import { useTranslation } from 'react-i18next';
import type { CompetitionStatus } from '@/lib/api';

const TONE: Record<CompetitionStatus, string> = {
  SCHEDULED: 'chip chip--warn',
  RUNNING: 'chip chip--success',
  ENDED: 'chip',
  CANCELLED: 'chip chip--muted',
};

export function CompetitionStatusChip({ status }: { status: CompetitionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={TONE[status]} data-status={status}>
      {t(`competitions.status.${status}`)}
    </span>
  );
}
