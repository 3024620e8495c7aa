import { api, unwrap, useApiQuery, type Ngo } from '@/lib/api';

/** GET /api/ngos: the partner NGOs and their project posts (where a campaign's donations go). */
export function getNgos(signal?: AbortSignal): Promise<Ngo[]> {
  return unwrap(api.GET('/api/ngos', { signal }));
}

export function useNgos() {
  return useApiQuery(getNgos);
}
