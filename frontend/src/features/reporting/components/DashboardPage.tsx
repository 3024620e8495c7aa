import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Field } from '@/components/Field';
import { DownloadIcon } from '@/components/icons';
import { Segmented } from '@/components/Segmented';
import { Spinner } from '@/components/Spinner';
import type { Dashboard, ReportGranularity, ReportGrouping, ReportRow } from '@/lib/api';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import { formatCount, formatDate, formatHours, formatMoney, todayIso, useLocale } from '@/lib/i18n';
import { useContributionsExport } from '../api/useContributionsExport';
import { useDashboard } from '../api/useDashboard';
import { useTotalsExport } from '../api/useTotalsExport';
import type { ExportFormat, ReportQuery } from '../api/reportQuery';
import { BarChart, FiguresTable, SeriesChart } from './Charts';
import './reporting.css';

type GranularityChoice = ReportGranularity | 'AUTO';

/** /reports: the NGO's totals for a period, pledged and collected apart, with charts and CSV exports. */
export function DashboardPage() {
  const { t } = useTranslation();
  const admin = hasAnyRole(useMeIfLoaded(), ['admin']);
  const today = todayIso();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [granularity, setGranularity] = useState<GranularityChoice>('AUTO');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const query: ReportQuery = { from, to, granularity: granularity === 'AUTO' ? undefined : granularity };
  const dashboard = useDashboard(valid ? query : { from: today, to: today });

  return (
    <div className="page reports">
      <header className="page__header">
        <h1 className="page__title">{t('reports.title')}</h1>
        <p className="page__lead">{t('reports.lead')}</p>
        <p className="reports__links">
          <Link to="/company/donation">{t('reports.corporateLink')}</Link>
          {admin ? <Link to="/admin/match-rules">{t('reports.matchLink')}</Link> : null}
        </p>
      </header>

      <form className="card reports__filters" onSubmit={(event) => event.preventDefault()} aria-label={t('reports.period')}>
        <div className="reports__dates">
          <Field id="report-from" label={t('reports.from')} errors={valid ? [] : [t('reports.periodInvalid')]}>
            <input id="report-from" className="input" type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field id="report-to" label={t('reports.to')}>
            <input id="report-to" className="input" type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
          </Field>
        </div>
        <Segmented<GranularityChoice>
          name="granularity"
          legend={t('reports.granularity')}
          compact
          value={granularity}
          onChange={setGranularity}
          options={(['AUTO', 'DAY', 'WEEK', 'MONTH'] as const).map((value) => ({ value, label: t(`reports.granularities.${value}`) }))}
        />
      </form>

      {dashboard.status === 'loading' ? <Spinner label={t('reports.loading')} /> : null}
      {dashboard.status === 'error' ? <ApiErrorPanel title={t('reports.loadError')} error={dashboard.error} onRetry={dashboard.reload} /> : null}
      {dashboard.status === 'success' ? <DashboardBody dashboard={dashboard.data} query={query} /> : null}
    </div>
  );
}

function DashboardBody({ dashboard, query }: { dashboard: Dashboard; query: ReportQuery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, dashboard.reportingCurrency, locale, { wholeWithoutDecimals: true });
  const sourceName = (row: ReportRow) => t(`reports.sources.${row.key}` as 'reports.sources.DONATION', { defaultValue: row.key });
  const placeName = (row: ReportRow) => row.name ?? (row.key === 'NONE' ? t('reports.none') : row.key);

  return (
    <>
      <section aria-labelledby="totals-title" className="reports__stats">
        <h2 id="totals-title" className="visually-hidden">
          {t('reports.totals')}
        </h2>
        <Stat label={t('reports.pledged')} value={money(dashboard.total.pledgedMinor)} />
        <Stat label={t('reports.collected')} value={money(dashboard.total.collectedMinor)} />
        <Stat label={t('reports.raised')} value={money(dashboard.total.raisedPledgedMinor)} hint={t('reports.raisedHint')} />
        <Stat label={t('reports.contributions')} value={formatCount(dashboard.total.contributions, locale)} />
        <Stat label={t('reports.shirts')} value={formatCount(dashboard.shirtsPrinted, locale)} />
        <Stat label={t('reports.volunteerHours')} value={formatHours(dashboard.volunteerMinutes, locale)} />
      </section>

      <section className="card" aria-labelledby="series-title">
        <h2 id="series-title" className="section-title">
          {t('reports.overTime', { unit: t(`reports.granularities.${dashboard.granularity}`) })}
        </h2>
        <SeriesChart
          points={dashboard.series}
          format={money}
          formatStart={(start) => formatDate(start, locale, dashboard.granularity === 'MONTH' ? { month: 'short', year: 'numeric' } : { dateStyle: 'medium' })}
        />
      </section>

      <section className="card" aria-labelledby="sources-title">
        <h2 id="sources-title" className="section-title">
          {t('reports.bySource')}
        </h2>
        <BarChart rows={dashboard.bySource} name={sourceName} format={money} />
      </section>

      <section className="card" aria-labelledby="locations-title">
        <h2 id="locations-title" className="section-title">
          {t('reports.byLocation')}
        </h2>
        <BarChart rows={dashboard.byLocation.slice(0, 12)} name={placeName} format={money} />
      </section>

      <RowsTable id="posts" title={t('reports.byProjectPost')} rows={dashboard.byProjectPost} name={placeName} money={money} />
      <RowsTable id="countries" title={t('reports.byCountry')} rows={dashboard.byCountry} name={placeName} money={money} />
      <RowsTable id="departments" title={t('reports.byDepartment')} rows={dashboard.byDepartment.slice(0, 25)} name={placeName} money={money} raised />

      <Exports query={query} />
    </>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="card reports__stat">
      <p className="reports__stat-label">{label}</p>
      <p className="reports__stat-value">{value}</p>
      {hint ? <p className="reports__stat-hint">{hint}</p> : null}
    </div>
  );
}

function RowsTable({ id, title, rows, name, money, raised }: { id: string; title: string; rows: ReportRow[]; name: (row: ReportRow) => string; money: (minor: number) => string; raised?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="empty">{t('reports.empty')}</p>
      ) : (
        // scrolls sideways on a phone: a keyboard user reaches it with Tab and scrolls it with the arrow keys
        <div className="reports__table-wrap" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
          <FiguresTable rows={rows} name={name} format={money} raised={raised} className="reports__table" />
        </div>
      )}
    </section>
  );
}

const GROUPINGS: readonly ReportGrouping[] = ['SOURCE', 'PROJECT_POST', 'COUNTRY', 'LOCATION', 'DEPARTMENT', 'DAY', 'WEEK', 'MONTH'];

function Exports({ query }: { query: ReportQuery }) {
  const { t } = useTranslation();
  const totals = useTotalsExport();
  const contributions = useContributionsExport();
  const [by, setBy] = useState<ReportGrouping>('SOURCE');
  const [format, setFormat] = useState<ExportFormat>('csv');
  return (
    <section className="card" aria-labelledby="exports-title">
      <h2 id="exports-title" className="section-title">
        {t('reports.exports')}
      </h2>
      <p className="muted">{t('reports.exportsLead')}</p>
      <Field id="export-by" label={t('reports.groupBy')}>
        <select id="export-by" className="select" value={by} onChange={(e) => setBy(e.target.value as ReportGrouping)}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`reports.groupings.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      <Segmented
        name="export-format"
        legend={t('reports.format')}
        value={format}
        options={(['csv', 'xlsx'] as const).map((f) => ({ value: f, label: t(`reports.formats.${f}`) }))}
        onChange={setFormat}
        compact
      />
      <div className="reports__export-buttons">
        <button type="button" className="button button--ghost" disabled={totals.status === 'pending'} onClick={() => void totals.run({ query, by, format })}>
          <DownloadIcon width={18} height={18} />
          {t('reports.exportTotals')}
        </button>
        <button type="button" className="button button--ghost" disabled={contributions.status === 'pending'} onClick={() => void contributions.run({ query, format })}>
          <DownloadIcon width={18} height={18} />
          {contributions.status === 'pending' ? t('reports.exporting') : t('reports.exportContributions')}
        </button>
      </div>
      {totals.status === 'error' ? <ApiErrorPanel title={t('reports.exportFailed')} error={totals.error} /> : null}
      {contributions.status === 'error' ? <ApiErrorPanel title={t('reports.exportFailed')} error={contributions.error} /> : null}
    </section>
  );
}
