import { api, unwrap, useApiMutation } from '@/lib/api';
import { saveBlob } from '@/lib/files/saveBlob';

/** GET /api/shirt-campaigns/{id}/printer-sheet.csv (admins), fetched with the bearer token. */
export function getPrinterSheetCsv(id: number): Promise<Blob> {
  return unwrap(
    api.GET('/api/shirt-campaigns/{id}/printer-sheet.csv', {
      params: { path: { id } },
      parseAs: 'blob',
      headers: { Accept: 'text/csv, application/problem+json' },
    }),
  );
}

/** Downloads the printer's sheet as printer-sheet-<id>.csv. */
export async function downloadPrinterSheetCsv(id: number): Promise<void> {
  const blob = await getPrinterSheetCsv(id);
  saveBlob(new Blob([blob], { type: 'text/csv;charset=utf-8' }), `printer-sheet-${id}.csv`);
}

export function usePrinterSheetCsv() {
  return useApiMutation(downloadPrinterSheetCsv);
}
