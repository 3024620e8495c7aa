import { api, unwrap, useApiQuery, type Ngo } from '@/lib/api';

/** GET /api/ngos: partner NGOs (for free-form hours and posting) with their project posts (grant policy). */
export function getNgos(signal?: AbortSignal): Promise<Ngo[]> {
  return unwrap(api.GET('/api/ngos', { signal }));
}

export function useNgos() {
  return useApiQuery(getNgos);
}
