import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type Dashboard } from '@/lib/api';
import type { ReportQuery } from './reportQuery';

/** GET /api/reports/dashboard: pledged and collected by post, source, place and over time. */
export function getDashboard(query: ReportQuery, signal?: AbortSignal): Promise<Dashboard> {
  return unwrap(api.GET('/api/reports/dashboard', { params: { query }, signal }));
}

export function useDashboard(query: ReportQuery) {
  const { from, to, granularity, projectPostId, source } = query;
  const key = (source ?? []).join(',');
  const fetcher = useCallback(
    (signal: AbortSignal) => getDashboard({ from, to, granularity, projectPostId, source: key ? (key.split(',') as ReportQuery['source']) : undefined }, signal),
    [from, to, granularity, projectPostId, key],
  );
  return useApiQuery(fetcher);
}
