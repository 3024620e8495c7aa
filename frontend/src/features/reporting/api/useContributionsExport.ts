import { api, unwrap, useApiMutation } from '@/lib/api';
import { saveBlob } from '@/lib/files/saveBlob';
import { EXPORT_TYPES, filterOnly, type ExportFormat, type ReportQuery } from './reportQuery';

/** GET /api/reports/contributions.csv or .xlsx: every contribution behind the totals, saved as a file. */
export async function downloadContributions({ query, format }: { query: ReportQuery; format: ExportFormat }): Promise<void> {
  const params = { query: filterOnly(query) };
  const headers = { Accept: `${EXPORT_TYPES[format]}, application/problem+json` };
  const blob = await unwrap(
    format === 'xlsx'
      ? api.GET('/api/reports/contributions.xlsx', { params, parseAs: 'blob', headers })
      : api.GET('/api/reports/contributions.csv', { params, parseAs: 'blob', headers }),
  );
  saveBlob(new Blob([blob], { type: EXPORT_TYPES[format] }), `contributions-${query.from}-${query.to}.${format}`);
}

export function useContributionsExport() {
  return useApiMutation(downloadContributions);
}
