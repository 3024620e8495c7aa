import { api, unwrap, useApiQuery } from '@/lib/api';
import type { ShirtOrder } from './types';

/** GET /api/shirt-orders/mine: my orders in every campaign, newest first. */
export function getMyShirtOrders(signal?: AbortSignal): Promise<ShirtOrder[]> {
  return unwrap(api.GET('/api/shirt-orders/mine', { signal }));
}

export function useMyShirtOrders() {
  return useApiQuery(getMyShirtOrders);
}
