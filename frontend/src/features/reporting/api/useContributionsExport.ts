import { api, unwrap, useApiMutation } from '@/lib/api';
import { saveBlob } from '@/lib/files/saveBlob';
import { filterOnly, type ReportQuery } from './reportQuery';

/** GET /api/reports/contributions.csv: every contribution behind the totals (pseudonymous), saved as a file. */
export async function downloadContributions(query: ReportQuery): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/reports/contributions.csv', {
      params: { query: filterOnly(query) },
      parseAs: 'blob',
      headers: { Accept: 'text/csv, application/problem+json' },
    }),
  );
  saveBlob(new Blob([blob], { type: 'text/csv;charset=utf-8' }), `contributions-${query.from}-${query.to}.csv`);
}

export function useContributionsExport() {
  return useApiMutation(downloadContributions);
}
