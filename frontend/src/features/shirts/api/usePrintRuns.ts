import { useCallback } from 'react';
import { api, unwrap, useApiQuery } from '@/lib/api';
import type { PrintRun } from './types';

/** GET /api/shirt-campaigns/{id}/print-runs (admins): the campaign's print runs, newest first. */
export function getPrintRuns(id: number, signal?: AbortSignal): Promise<PrintRun[]> {
  return unwrap(api.GET('/api/shirt-campaigns/{id}/print-runs', { params: { path: { id } }, signal }));
}

export function usePrintRuns(id: number) {
  const fetcher = useCallback((signal: AbortSignal) => getPrintRuns(id, signal), [id]);
  return useApiQuery(fetcher);
}
