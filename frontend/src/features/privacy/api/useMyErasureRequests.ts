import { api, unwrap, useApiQuery, type ErasureRequest } from '@/lib/api';

/** GET /api/me/erasure-requests (listMyErasureRequests): my erasure requests, newest first. */
export function getMyErasureRequests(signal?: AbortSignal): Promise<ErasureRequest[]> {
  return unwrap(api.GET('/api/me/erasure-requests', { signal }));
}

export function useMyErasureRequests() {
  return useApiQuery(getMyErasureRequests);
}
