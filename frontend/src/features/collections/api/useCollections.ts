import { api, unwrap, useApiQuery, type DepartmentCollection } from '@/lib/api';

/** GET /api/collections (admins): the newest collections, to confirm or cancel. */
export function getCollections(signal?: AbortSignal): Promise<DepartmentCollection[]> {
  return unwrap(api.GET('/api/collections', { params: { query: { limit: 100 } }, signal }));
}

export function useCollections() {
  return useApiQuery(getCollections);
}
