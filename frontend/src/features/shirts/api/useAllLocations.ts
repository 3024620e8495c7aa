import { api, unwrap, useApiQuery, type Location } from '@/lib/api';

/** GET /api/countries, then GET /api/locations?country=XX for each: every location, for delivery addresses. */
export async function getAllLocations(signal?: AbortSignal): Promise<Location[]> {
  const countries = await unwrap(api.GET('/api/countries', { signal }));
  const perCountry = await Promise.all(
    countries.map((country) => unwrap(api.GET('/api/locations', { params: { query: { country: country.code } }, signal }))),
  );
  return perCountry.flat();
}

export function useAllLocations() {
  return useApiQuery(getAllLocations);
}
