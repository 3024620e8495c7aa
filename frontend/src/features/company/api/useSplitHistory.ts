import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type CorporateSplitHistoryEntry } from '@/lib/api';

/** GET /api/corporate-donations/{year}/history: every proposal and decision, oldest first. */
export function getSplitHistory(year: number, signal?: AbortSignal): Promise<CorporateSplitHistoryEntry[]> {
  return unwrap(api.GET('/api/corporate-donations/{year}/history', { params: { path: { year } }, signal }));
}

export function useSplitHistory(year: number) {
  const fetcher = useCallback((signal: AbortSignal) => getSplitHistory(year, signal), [year]);
  return useApiQuery(fetcher);
}
