import { useCallback } from 'react';
import { api, unwrap, useApiQuery } from '@/lib/api';
import type { ShirtCampaignSummary } from './types';

/** GET /api/shirt-campaigns/{id}/summary (NGO, admins): shirts, prices owed and donations, apart. */
export function getShirtSummary(id: number, signal?: AbortSignal): Promise<ShirtCampaignSummary> {
  return unwrap(api.GET('/api/shirt-campaigns/{id}/summary', { params: { path: { id } }, signal }));
}

export function useShirtSummary(id: number) {
  const fetcher = useCallback((signal: AbortSignal) => getShirtSummary(id, signal), [id]);
  return useApiQuery(fetcher);
}
