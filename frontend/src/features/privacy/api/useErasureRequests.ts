import { api, unwrap, useApiQuery, type ErasureRequest } from '@/lib/api';

/** GET /api/erasure-requests (admins): every open request, oldest first, then the most recently decided. */
export function getErasureRequests(signal?: AbortSignal): Promise<ErasureRequest[]> {
  return unwrap(api.GET('/api/erasure-requests', { signal }));
}

export function useErasureRequests() {
  return useApiQuery(getErasureRequests);
}
