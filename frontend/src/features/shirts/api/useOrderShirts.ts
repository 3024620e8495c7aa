import { api, unwrap, useApiMutation } from '@/lib/api';
import type { ShirtOrder, ShirtOrderRequest } from './types';

/** POST /api/shirt-campaigns/{id}/orders: 201 with the order; 409 past the deadline or when a size ran out. */
export function orderShirts({ campaignId, body }: { campaignId: number; body: ShirtOrderRequest }): Promise<ShirtOrder> {
  return unwrap(api.POST('/api/shirt-campaigns/{id}/orders', { params: { path: { id: campaignId } }, body }));
}

export function useOrderShirts() {
  return useApiMutation(orderShirts);
}
