import { api, unwrap, useApiQuery, type CompetitionStanding } from '@/lib/api';

/**
 * GET /api/competitions/standings (listMyStandings): my department's place in each competition it takes part in
 * that runs or ended in the last 7 days, running ones first. Employees, leads and admins only (NGO staff get 403).
 */
export function getMyStandings(signal?: AbortSignal): Promise<CompetitionStanding[]> {
  return unwrap(api.GET('/api/competitions/standings', { signal }));
}

export function useMyStandings() {
  return useApiQuery(getMyStandings);
}
