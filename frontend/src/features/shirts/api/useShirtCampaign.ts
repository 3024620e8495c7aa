import { useCallback } from 'react';
import { api, unwrap, useApiQuery } from '@/lib/api';
import type { ShirtCampaign } from './types';

/** GET /api/shirt-campaigns/{id}: one campaign with sizes, stock left and prices. */
export function getShirtCampaign(id: number, signal?: AbortSignal): Promise<ShirtCampaign> {
  return unwrap(api.GET('/api/shirt-campaigns/{id}', { params: { path: { id } }, signal }));
}

export function useShirtCampaign(id: number) {
  const fetcher = useCallback((signal: AbortSignal) => getShirtCampaign(id, signal), [id]);
  return useApiQuery(fetcher);
}
