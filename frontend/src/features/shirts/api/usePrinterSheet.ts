import { useCallback } from 'react';
import { api, unwrap, useApiQuery } from '@/lib/api';
import type { PrinterSheet } from './types';

/** GET /api/shirt-campaigns/{id}/printer-sheet (admins): per location, shirts per size and the address. */
export function getPrinterSheet(id: number, signal?: AbortSignal): Promise<PrinterSheet> {
  return unwrap(api.GET('/api/shirt-campaigns/{id}/printer-sheet', { params: { path: { id } }, signal }));
}

export function usePrinterSheet(id: number) {
  const fetcher = useCallback((signal: AbortSignal) => getPrinterSheet(id, signal), [id]);
  return useApiQuery(fetcher);
}
