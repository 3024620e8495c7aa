import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Field } from '@/components/Field';
import { Spinner } from '@/components/Spinner';
import { DownloadIcon } from '@/components/icons';
import { formatDate, useLocale } from '@/lib/i18n';
import type { ShirtOrder } from '../api/types';
import { useCampaignOrders } from '../api/useCampaignOrders';
import { usePrinterSheetCsv } from '../api/usePrinterSheetCsv';
import { usePrintRuns } from '../api/usePrintRuns';
import { useRecordPrintRun } from '../api/useRecordPrintRun';
import { useShirtCampaign } from '../api/useShirtCampaign';
import { CampaignSummary } from './CampaignSummary';
import { OrderItem } from './MyShirtOrders';
import './shirts.css';

/** /shirts/:id/manage (admins): summary, printer's sheet, print runs and every order. */
export function ShirtAdminPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const campaign = useShirtCampaign(id);
  const orders = useCampaignOrders(id);
  const runs = usePrintRuns(id);
  const csv = usePrinterSheetCsv();
  const [version, setVersion] = useState(0);
  const refresh = () => {
    orders.refresh();
    runs.refresh();
    setVersion((v) => v + 1);
  };
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{campaign.status === 'success' ? campaign.data.name : t('shirts.admin.manage')}</h1>
        <p className="page__lead">{t('shirts.admin.lead')}</p>
      </header>
      <nav className="shirt-admin-links" aria-label={t('shirts.admin.links')}>
        <Link className="button button--ghost" to={`/shirts/${id}/printer-sheet`}>
          {t('shirts.sheet.open')}
        </Link>
        <button type="button" className="button button--ghost" onClick={() => void csv.run(id)} disabled={csv.status === 'pending'}>
          <DownloadIcon width={18} height={18} />
          {t('shirts.sheet.csv')}
        </button>
        <Link className="button button--ghost" to={`/shirts/${id}/edit`}>
          {t('shirts.admin.edit')}
        </Link>
      </nav>
      {csv.status === 'error' ? <ApiErrorPanel title={t('shirts.sheet.csvError')} error={csv.error} /> : null}
      <CampaignSummary key={version} campaignId={id} />
      {orders.status === 'loading' ? <Spinner label={t('shirts.admin.loadingOrders')} /> : null}
      {orders.status === 'error' ? <ApiErrorPanel title={t('shirts.admin.ordersError')} error={orders.error} onRetry={orders.reload} /> : null}
      {orders.status === 'success' ? <PrintRunForm campaignId={id} orders={orders.data} onRecorded={refresh} /> : null}
      <section aria-labelledby="print-runs-title">
        <h2 className="section-title" id="print-runs-title">
          {t('shirts.runs.title')}
        </h2>
        {runs.status === 'success' ? (
          runs.data.length === 0 ? (
            <p className="empty">{t('shirts.runs.empty')}</p>
          ) : (
            <ul className="list-plain">
              {runs.data.map((run) => (
                <li key={run.id} className="card">
                  <strong>{run.reference}</strong> · {t('shirts.runs.shirts', { count: run.shirts })} · <RunDate at={run.recordedAt} />
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>
      <section aria-labelledby="all-orders-title">
        <h2 className="section-title" id="all-orders-title">
          {t('shirts.admin.orders')}
        </h2>
        {orders.status === 'success' ? (
          orders.data.length === 0 ? (
            <p className="empty">{t('shirts.admin.noOrders')}</p>
          ) : (
            <ul className="list-plain shirt-orders">
              {orders.data.map((order) => (
                <OrderItem key={order.id} order={order} showOrderer />
              ))}
            </ul>
          )
        ) : null}
      </section>
    </div>
  );
}

function RunDate({ at }: { at: string }) {
  const locale = useLocale();
  return <>{formatDate(at, locale, { dateStyle: 'medium', timeStyle: 'short' })}</>;
}

/** Records a print run: how many shirts of each order line were printed now (default: all that are left). */
function PrintRunForm({ campaignId, orders, onRecorded }: { campaignId: number; orders: ShirtOrder[]; onRecorded: () => void }) {
  const { t } = useTranslation();
  const record = useRecordPrintRun();
  const open = orders.filter((o) => o.status === 'ORDERED' || o.status === 'PARTLY_PRINTED');
  const lines = open.flatMap((order) => order.lines.filter((l) => l.printed < l.quantity).map((line) => ({ order, line })));
  const [reference, setReference] = useState('');
  const [counts, setCounts] = useState<Record<number, string>>({});
  const countOf = (lineId: number, left: number) => {
    const text = counts[lineId];
    return text === undefined ? left : Math.max(0, Math.min(left, Number(text) || 0));
  };
  const chosen = lines.map(({ line }) => ({ orderLineId: line.id, quantity: countOf(line.id, line.quantity - line.printed) })).filter((l) => l.quantity > 0);
  const total = chosen.reduce((sum, l) => sum + l.quantity, 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reference.trim() || chosen.length === 0) return;
    const run = await record.submit({ campaignId, body: { reference: reference.trim(), lines: chosen } });
    if (run) {
      setReference('');
      setCounts({});
      record.reset();
      onRecorded();
    }
  };

  if (lines.length === 0) return <p className="notice">{t('shirts.runs.nothingToPrint')}</p>;
  return (
    <form className="card form" onSubmit={(event) => void submit(event)} aria-busy={record.status === 'pending'} data-testid="print-run-form">
      <h2 className="card__title">{t('shirts.runs.record')}</h2>
      <p className="muted">{t('shirts.runs.hint')}</p>
      <Field id="run-reference" label={t('shirts.runs.reference')} hint={t('shirts.runs.referenceHint')}>
        <input id="run-reference" className="input" value={reference} maxLength={64} onChange={(event) => setReference(event.target.value)} />
      </Field>
      <table className="print-lines">
        <thead>
          <tr>
            <th scope="col">{t('shirts.runs.orderLine')}</th>
            <th scope="col">{t('shirts.runs.left')}</th>
            <th scope="col">{t('shirts.runs.now')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ order, line }) => {
            const left = line.quantity - line.printed;
            return (
              <tr key={line.id}>
                <td>
                  {line.wearerName ?? order.orderedBy} · {order.department.name} · {line.size}
                </td>
                <td>{left}</td>
                <td>
                  <input
                    className="input print-lines__count"
                    type="number"
                    min={0}
                    max={left}
                    inputMode="numeric"
                    aria-label={t('shirts.runs.countFor', { line: line.id })}
                    value={counts[line.id] ?? String(left)}
                    onChange={(event) => setCounts((all) => ({ ...all, [line.id]: event.target.value }))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {record.status === 'error' ? <ApiErrorPanel title={t('shirts.runs.error')} error={record.error} /> : null}
      <button type="submit" className="button button--primary" disabled={record.status === 'pending' || !reference.trim() || total === 0}>
        {t('shirts.runs.submit', { count: total })}
      </button>
    </form>
  );
}
