import { api, unwrap, useApiQuery, type Board } from '@/lib/api';

/**
 * GET /api/boards (getBoard) for this month's money pledged by department, limit 1: the leader, plus my
 * department's row (flagged `mine`) when it is lower.
 */
export function getDepartmentStanding(signal?: AbortSignal): Promise<Board> {
  return unwrap(
    api.GET('/api/boards', {
      params: { query: { level: 'DEPARTMENT', metric: 'MONEY_PLEDGED', ranking: 'TOTAL', period: 'MONTH', limit: 1 } },
      signal,
    }),
  );
}

export function useDepartmentStanding() {
  return useApiQuery(getDepartmentStanding);
}
