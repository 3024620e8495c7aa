import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type Competition } from '@/lib/api';

/** GET /api/competitions/{id}: one competition (status, participants, whether I may manage it). */
export function getCompetition(id: number, signal?: AbortSignal): Promise<Competition> {
  return unwrap(api.GET('/api/competitions/{id}', { params: { path: { id } }, signal }));
}

export function useCompetition(id: number) {
  const fetcher = useCallback((signal: AbortSignal) => getCompetition(id, signal), [id]);
  return useApiQuery(fetcher);
}
