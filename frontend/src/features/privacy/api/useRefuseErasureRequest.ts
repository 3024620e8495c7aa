import { api, unwrap, useApiMutation, type ErasureRequest } from '@/lib/api';

/** POST /api/erasure-requests/{id}/refuse with a reason (admins). */
export function refuseErasureRequest({ id, reason }: { id: number; reason: string }): Promise<ErasureRequest> {
  return unwrap(api.POST('/api/erasure-requests/{id}/refuse', { params: { path: { id } }, body: { reason } }));
}

export function useRefuseErasureRequest() {
  return useApiMutation(refuseErasureRequest);
}
