import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type Location } from '@/lib/api';

/** GET /api/locations?country=XX: the locations of one country. */
export function getLocations(country: string, signal?: AbortSignal): Promise<Location[]> {
  if (country === '') return Promise.resolve([]);
  return unwrap(api.GET('/api/locations', { params: { query: { country } }, signal }));
}

export function useLocations(country: string) {
  const fetcher = useCallback((signal: AbortSignal) => getLocations(country, signal), [country]);
  return useApiQuery(fetcher);
}
