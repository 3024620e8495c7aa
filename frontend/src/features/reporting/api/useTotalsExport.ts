import { api, unwrap, useApiMutation, type ReportGrouping } from '@/lib/api';
import { saveBlob } from '@/lib/files/saveBlob';
import { EXPORT_TYPES, filterOnly, type ExportFormat, type ReportQuery } from './reportQuery';

/** GET /api/reports/totals.csv or .xlsx: the dashboard's totals grouped one way, saved as a file. */
export async function downloadTotals({ query, by, format }: { query: ReportQuery; by: ReportGrouping; format: ExportFormat }): Promise<void> {
  const params = { query: { ...filterOnly(query), by } };
  const headers = { Accept: `${EXPORT_TYPES[format]}, application/problem+json` };
  const blob = await unwrap(
    format === 'xlsx'
      ? api.GET('/api/reports/totals.xlsx', { params, parseAs: 'blob', headers })
      : api.GET('/api/reports/totals.csv', { params, parseAs: 'blob', headers }),
  );
  saveBlob(new Blob([blob], { type: EXPORT_TYPES[format] }), `totals-${by.toLowerCase()}-${query.from}-${query.to}.${format}`);
}

export function useTotalsExport() {
  return useApiMutation(downloadTotals);
}
