import { api, unwrap, useApiMutation, type ErasureRequest, type ErasureRequestBody } from '@/lib/api';

/** POST /api/me/erasure-requests (requestErasure): ask for the erasure of my personal data (409 if one is open). */
export function requestErasure(body: ErasureRequestBody): Promise<ErasureRequest> {
  return unwrap(api.POST('/api/me/erasure-requests', { body }));
}

export function useRequestErasure() {
  return useApiMutation(requestErasure);
}
