import { api, unwrap, useApiQuery, type Country } from '@/lib/api';

/** GET /api/countries: the countries (for choosing participants). */
export function getCountries(signal?: AbortSignal): Promise<Country[]> {
  return unwrap(api.GET('/api/countries', { signal }));
}

export function useCountries() {
  return useApiQuery(getCountries);
}
