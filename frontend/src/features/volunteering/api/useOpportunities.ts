import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type GetQuery, type OpportunitySummary } from '@/lib/api';

export type OpportunityFilter = GetQuery<'/api/volunteering/opportunities'>;

/** GET /api/volunteering/opportunities: shifts to come, those wanting my skills first. */
export function getOpportunities(filter: OpportunityFilter, signal?: AbortSignal): Promise<OpportunitySummary[]> {
  return unwrap(api.GET('/api/volunteering/opportunities', { params: { query: filter }, signal }));
}

export function useOpportunities(skill: number | undefined) {
  const fetcher = useCallback((signal: AbortSignal) => getOpportunities(skill === undefined ? {} : { skill }, signal), [skill]);
  return useApiQuery(fetcher);
}
