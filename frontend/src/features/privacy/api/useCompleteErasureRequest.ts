import { api, unwrap, useApiMutation, type ErasureRequest } from '@/lib/api';

/** POST /api/erasure-requests/{id}/complete (admins): erase the person's personal data; totals stay. */
export function completeErasureRequest(id: number): Promise<ErasureRequest> {
  return unwrap(api.POST('/api/erasure-requests/{id}/complete', { params: { path: { id } } }));
}

export function useCompleteErasureRequest() {
  return useApiMutation(completeErasureRequest);
}
