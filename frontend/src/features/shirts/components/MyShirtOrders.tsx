import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Spinner } from '@/components/Spinner';
import { formatDate, formatMoney, useLocale } from '@/lib/i18n';
import type { ShirtOrder } from '../api/types';
import { useCancelShirtOrder } from '../api/useCancelShirtOrder';
import { useMyShirtOrders } from '../api/useMyShirtOrders';
import { OrderStatusChip } from './OrderStatusChip';

/** My shirt orders with their status; open ones can be cancelled. {@code campaignId} limits them to one campaign. */
export function MyShirtOrders({ campaignId, reloadKey }: { campaignId?: number; reloadKey?: number }) {
  const { t } = useTranslation();
  const orders = useMyShirtOrders();
  const { refresh } = orders;
  useEffect(() => {
    // a new order was placed on the page: fetch the list again, keeping the current one meanwhile
    if (reloadKey) refresh();
  }, [reloadKey, refresh]);
  if (orders.status === 'loading') return <Spinner label={t('shirts.mine.loading')} />;
  if (orders.status === 'error') return <ApiErrorPanel title={t('shirts.mine.loadError')} error={orders.error} onRetry={orders.reload} />;
  const shown = orders.data.filter((order) => campaignId === undefined || order.campaign.id === campaignId);
  if (shown.length === 0) return <p className="empty">{t('shirts.mine.empty')}</p>;
  return (
    <ul className="list-plain shirt-orders" data-testid="my-shirt-orders">
      {shown.map((order) => (
        <OrderItem key={order.id} order={order} onChanged={orders.refresh} showCampaign={campaignId === undefined} />
      ))}
    </ul>
  );
}

/** One order: what, for whom, its price and status. */
export function OrderItem({ order, onChanged, showCampaign, showOrderer }: { order: ShirtOrder; onChanged?: () => void; showCampaign?: boolean; showOrderer?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const cancel = useCancelShirtOrder();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="card shirt-order" data-testid="shirt-order">
      <div className="shirt-order__head">
        <strong>{showCampaign ? order.campaign.name : t(`shirts.kind.${order.kind}`)}</strong>
        <OrderStatusChip status={order.status} />
      </div>
      <ul className="list-plain shirt-order__lines">
        {order.lines.map((line) => (
          <li key={line.id}>
            {line.wearerName ? `${line.wearerName}: ` : ''}
            {t('shirts.line', { count: line.quantity, size: line.size })}
            {line.printed > 0 ? ` · ${t('shirts.printedCount', { count: line.printed })}` : ''}
          </li>
        ))}
      </ul>
      <p className="muted shirt-order__facts">
        {showOrderer ? `${order.orderedBy} · ${order.department.name} · ` : ''}
        {t('shirts.priceTotal', { amount: formatMoney(order.totalPriceMinor, order.currency, locale) })} ·{' '}
        {formatDate(order.createdAt, locale, { dateStyle: 'medium' })}
      </p>
      {order.changeable && onChanged ? (
        <>
          {cancel.status === 'error' ? <ApiErrorPanel title={t('shirts.mine.cancelError')} error={cancel.error} /> : null}
          <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
            {t('shirts.mine.cancel')}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t('shirts.mine.cancelTitle')}
            confirmLabel={t('shirts.mine.cancelConfirm')}
            cancelLabel={t('shirts.mine.keep')}
            danger
            busy={cancel.status === 'pending'}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              void cancel.run(order.id).then((cancelled) => {
                setConfirming(false);
                if (cancelled) onChanged();
              });
            }}
          >
            <p>{t('shirts.mine.cancelText')}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </li>
  );
}
