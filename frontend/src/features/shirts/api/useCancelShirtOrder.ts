import { api, unwrap, useApiMutation } from '@/lib/api';
import type { ShirtOrder } from './types';

/** POST /api/shirt-orders/{id}/cancel: before the deadline and before printing. */
export function cancelShirtOrder(id: number): Promise<ShirtOrder> {
  return unwrap(api.POST('/api/shirt-orders/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelShirtOrder() {
  return useApiMutation(cancelShirtOrder);
}
