import { useCallback } from 'react';
import { api, unwrap, useApiQuery } from '@/lib/api';
import type { ShirtOrder } from './types';

/** GET /api/shirt-campaigns/{id}/orders (admins): every order of a campaign. */
export function getCampaignOrders(id: number, signal?: AbortSignal): Promise<ShirtOrder[]> {
  return unwrap(api.GET('/api/shirt-campaigns/{id}/orders', { params: { path: { id } }, signal }));
}

export function useCampaignOrders(id: number) {
  const fetcher = useCallback((signal: AbortSignal) => getCampaignOrders(id, signal), [id]);
  return useApiQuery(fetcher);
}
