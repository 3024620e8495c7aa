import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type Location } from '@/lib/api';

/** GET /api/locations?country=: company locations of a country (for opportunities at a location). */
export function getLocations(country: string, signal?: AbortSignal): Promise<Location[]> {
  return unwrap(api.GET('/api/locations', { params: { query: { country } }, signal }));
}

export function useLocations(country: string) {
  const fetcher = useCallback((signal: AbortSignal) => getLocations(country, signal), [country]);
  return useApiQuery(fetcher);
}
