import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '@/lib/api';

const TONE: Record<ActivityStatus, string> = { OPEN: 'chip', COMPLETED: 'chip chip--success', CLOSED: 'chip chip--muted' };

export function ActivityStatusChip({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return <span className={TONE[status]}>{t(`sponsor.status.${status}`)}</span>;
}
