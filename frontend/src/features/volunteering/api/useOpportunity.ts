import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type Opportunity } from '@/lib/api';

/** GET /api/volunteering/opportunities/{id}: its shifts, my sign-ups and, for its owner, who signed up. */
export function getOpportunity(id: number, signal?: AbortSignal): Promise<Opportunity> {
  return unwrap(api.GET('/api/volunteering/opportunities/{id}', { params: { path: { id } }, signal }));
}

export function useOpportunity(id: number) {
  const fetcher = useCallback((signal: AbortSignal) => getOpportunity(id, signal), [id]);
  return useApiQuery(fetcher);
}
