import { api, unwrap, useApiQuery, type Screen } from '@/lib/api';

/** GET /api/screens: my canteen-screen links (admins: all). */
export function getScreens(signal?: AbortSignal): Promise<Screen[]> {
  return unwrap(api.GET('/api/screens', { signal }));
}

export function useScreens() {
  return useApiQuery(getScreens);
}
