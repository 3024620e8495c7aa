import { useTranslation } from 'react-i18next';
import type { ShirtOrderStatus } from '../api/types';

const TONE: Record<ShirtOrderStatus, string> = {
  ORDERED: 'chip',
  PARTLY_PRINTED: 'chip chip--warn',
  PRINTED: 'chip chip--success',
  CANCELLED: 'chip chip--muted',
};

/** An order's status as a chip. */
export function OrderStatusChip({ status }: { status: ShirtOrderStatus }) {
  const { t } = useTranslation();
  return <span className={TONE[status]}>{t(`shirts.status.${status}`)}</span>;
}
