import { useTranslation } from 'react-i18next';
import type { ReportRow, ReportSeriesPoint } from '@/lib/api';
import { barPercent, niceMax, polyline } from './chart';

const WIDTH = 320;
const HEIGHT = 140;

/**
 * Pledged and collected over time as two lines. The drawing is hidden from screen readers; the same figures
 * follow in a table that only they read.
 */
export function SeriesChart({ points, format, formatStart }: { points: ReportSeriesPoint[]; format: (minor: number) => string; formatStart: (start: string) => string }) {
  const { t } = useTranslation();
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return <p className="empty">{t('reports.empty')}</p>;
  const max = niceMax(Math.max(...points.map((p) => p.pledgedMinor)));
  return (
    <>
      <figure className="chart" aria-hidden="true">
        <svg viewBox={`-4 -8 ${WIDTH + 8} ${HEIGHT + 16}`} className="chart__svg" preserveAspectRatio="none">
          <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="chart__axis" />
          <line x1={0} y1={0} x2={WIDTH} y2={0} className="chart__grid" />
          <polyline points={polyline(points.map((p) => p.pledgedMinor), WIDTH, HEIGHT, max)} className="chart__line chart__line--pledged" />
          <polyline points={polyline(points.map((p) => p.collectedMinor), WIDTH, HEIGHT, max)} className="chart__line chart__line--collected" />
        </svg>
        <figcaption className="chart__caption">
          <span>{formatStart(first.start)}</span>
          <span>
            {t('reports.axisMax')} {format(max)}
          </span>
          <span>{formatStart(last.start)}</span>
        </figcaption>
        <p className="chart__legend">
          <span className="chart__key chart__key--pledged" /> {t('reports.pledged')} <span className="chart__key chart__key--collected" /> {t('reports.collected')}
        </p>
      </figure>
      {/* hidden in a box: a table is never narrower than its content, so hidden itself it would widen the page */}
      <div className="visually-hidden">
        <table>
          <caption>{t('reports.seriesTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.start')}</th>
              <th scope="col">{t('reports.pledged')}</th>
              <th scope="col">{t('reports.collected')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.start}>
                <th scope="row">{formatStart(p.start)}</th>
                <td>{format(p.pledgedMinor)}</td>
                <td>{format(p.collectedMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Horizontal bars of pledged (with the collected part inside), hidden from screen readers, with a table for them. */
export function BarChart({ rows, name, format }: { rows: ReportRow[]; name: (row: ReportRow) => string; format: (minor: number) => string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="empty">{t('reports.empty')}</p>;
  const max = Math.max(...rows.map((r) => r.pledgedMinor));
  return (
    <>
      <ul className="bars list-plain" aria-hidden="true">
        {rows.map((row) => (
          <li key={row.key} className="bars__row">
            <span className="bars__name">{name(row)}</span>
            <span className="bars__track">
              <span className="bars__bar bars__bar--pledged" style={{ width: `${barPercent(row.pledgedMinor, max)}%` }} />
              <span className="bars__bar bars__bar--collected" style={{ width: `${barPercent(row.collectedMinor, max)}%` }} />
            </span>
            <span className="bars__value">{format(row.pledgedMinor)}</span>
          </li>
        ))}
      </ul>
      <div className="visually-hidden">
        <FiguresTable rows={rows} name={name} format={format} />
      </div>
    </>
  );
}

/** Pledged and collected (and, if asked, raised) per row as a table: the dashboard's tables and its charts' text. */
export function FiguresTable({ rows, name, format, raised, className }: { rows: ReportRow[]; name: (row: ReportRow) => string; format: (minor: number) => string; raised?: boolean; className?: string }) {
  const { t } = useTranslation();
  return (
    <table className={className}>
      <thead>
        <tr>
          <th scope="col">{t('reports.name')}</th>
          <th scope="col">{t('reports.pledged')}</th>
          <th scope="col">{t('reports.collected')}</th>
          {raised ? <th scope="col">{t('reports.raised')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{name(row)}</th>
            <td>{format(row.pledgedMinor)}</td>
            <td>{format(row.collectedMinor)}</td>
            {raised ? <td>{format(row.raisedPledgedMinor)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
