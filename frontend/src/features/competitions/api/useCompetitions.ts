import { api, unwrap, useApiQuery, type Competition } from '@/lib/api';

/** GET /api/competitions: all competitions, newest first. */
export function getCompetitions(signal?: AbortSignal): Promise<Competition[]> {
  return unwrap(api.GET('/api/competitions', { signal }));
}

export function useCompetitions() {
  return useApiQuery(getCompetitions);
}
