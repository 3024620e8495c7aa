import { api, unwrap, useApiQuery, type Me } from '@/lib/api';

/** GET /api/me: the signed-in person and where they belong. */
export function getMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(api.GET('/api/me', { signal }));
}

export function useMe() {
  return useApiQuery(getMe);
}
