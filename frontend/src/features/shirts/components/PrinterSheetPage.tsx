import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Spinner } from '@/components/Spinner';
import { DownloadIcon } from '@/components/icons';
import type { PrinterSheet } from '../api/types';
import { usePrinterSheet } from '../api/usePrinterSheet';
import { usePrinterSheetCsv } from '../api/usePrinterSheetCsv';
import './shirts.css';

/** /shirts/:id/printer-sheet (admins): the printer's sheet, laid out for paper (print CSS) and as CSV. */
export function PrinterSheetPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const sheet = usePrinterSheet(id);
  const csv = usePrinterSheetCsv();
  return (
    <div className="page printer-sheet">
      <nav className="shirt-admin-links no-print" aria-label={t('shirts.admin.links')}>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('shirts.sheet.print')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => void csv.run(id)} disabled={csv.status === 'pending'}>
          <DownloadIcon width={18} height={18} />
          {t('shirts.sheet.csv')}
        </button>
        <Link className="button button--ghost" to={`/shirts/${id}/manage`}>
          {t('shirts.form.back')}
        </Link>
      </nav>
      {csv.status === 'error' ? <ApiErrorPanel title={t('shirts.sheet.csvError')} error={csv.error} /> : null}
      {sheet.status === 'loading' ? <Spinner label={t('shirts.loading')} /> : null}
      {sheet.status === 'error' ? <ApiErrorPanel title={t('shirts.loadError')} error={sheet.error} onRetry={sheet.reload} /> : null}
      {sheet.status === 'success' ? <Sheet sheet={sheet.data} /> : null}
    </div>
  );
}

function Sheet({ sheet }: { sheet: PrinterSheet }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="page__header">
        <h1 className="page__title">{t('shirts.sheet.title', { name: sheet.campaign.name })}</h1>
        <p className="page__lead">“{sheet.printTitle}”</p>
      </header>
      {sheet.locations.length === 0 ? <p className="empty">{t('shirts.admin.noOrders')}</p> : null}
      {sheet.locations.map((location) => (
        <section key={location.location.id} className="card printer-sheet__location" data-testid="sheet-location">
          <h2 className="card__title">
            {location.location.name} ({location.countryCode})
          </h2>
          <p>{location.deliveryAddress ?? t('shirts.sheet.noAddress')}</p>
          {location.deliveryNote ? <p className="muted">{location.deliveryNote}</p> : null}
          <CountsTable counts={location.counts} />
        </section>
      ))}
      <section className="card printer-sheet__location">
        <h2 className="card__title">{t('shirts.sheet.totals')}</h2>
        <CountsTable counts={sheet.totals} />
      </section>
    </>
  );
}

function CountsTable({ counts }: { counts: PrinterSheet['totals'] }) {
  const { t } = useTranslation();
  return (
    <table className="print-lines">
      <thead>
        <tr>
          <th scope="col">{t('shirts.sheet.size')}</th>
          <th scope="col">{t('shirts.sheet.ordered')}</th>
          <th scope="col">{t('shirts.sheet.printed')}</th>
          <th scope="col">{t('shirts.sheet.toPrint')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.bySize
          .filter((c) => c.ordered > 0)
          .map((c) => (
            <tr key={c.size}>
              <th scope="row">{c.size}</th>
              <td>{c.ordered}</td>
              <td>{c.printed}</td>
              <td>{c.toPrint}</td>
            </tr>
          ))}
        <tr className="print-lines__total">
          <th scope="row">{t('shirts.sheet.total')}</th>
          <td>{counts.ordered}</td>
          <td>{counts.printed}</td>
          <td>{counts.toPrint}</td>
        </tr>
      </tbody>
    </table>
  );
}
