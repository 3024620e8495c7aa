import { api, unwrap, useApiMutation } from '@/lib/api';
import type { ShirtOrder, ShirtOrderRequest } from './types';

/** PUT /api/shirt-orders/{id}: new sizes and quantities, before the deadline and before printing. */
export function changeShirtOrder({ id, body }: { id: number; body: ShirtOrderRequest }): Promise<ShirtOrder> {
  return unwrap(api.PUT('/api/shirt-orders/{id}', { params: { path: { id } }, body }));
}

export function useChangeShirtOrder() {
  return useApiMutation(changeShirtOrder);
}
