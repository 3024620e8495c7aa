import { api, unwrap, useApiMutation, type ErasureRequest } from '@/lib/api';

/** POST /api/me/erasure-requests/{id}/withdraw (withdrawErasureRequest): withdraw my open request. */
export function withdrawErasureRequest(id: number): Promise<ErasureRequest> {
  return unwrap(api.POST('/api/me/erasure-requests/{id}/withdraw', { params: { path: { id } } }));
}

export function useWithdrawErasureRequest() {
  return useApiMutation(withdrawErasureRequest);
}
