import { api, unwrap, useApiMutation, type ReportGrouping } from '@/lib/api';
import { saveBlob } from '@/lib/files/saveBlob';
import { filterOnly, type ReportQuery } from './reportQuery';

/** GET /api/reports/totals.csv: the dashboard's totals grouped one way, saved as a file. */
export async function downloadTotals({ query, by }: { query: ReportQuery; by: ReportGrouping }): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/reports/totals.csv', {
      params: { query: { ...filterOnly(query), by } },
      parseAs: 'blob',
      headers: { Accept: 'text/csv, application/problem+json' },
    }),
  );
  saveBlob(new Blob([blob], { type: 'text/csv;charset=utf-8' }), `totals-${by.toLowerCase()}-${query.from}-${query.to}.csv`);
}

export function useTotalsExport() {
  return useApiMutation(downloadTotals);
}
