import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type Department } from '@/lib/api';

/** GET /api/locations/{id}/departments: the departments at a location, with their leads. */
export function getDepartments(locationId: number | undefined, signal?: AbortSignal): Promise<Department[]> {
  if (locationId === undefined) return Promise.resolve([]);
  return unwrap(api.GET('/api/locations/{locationId}/departments', { params: { path: { locationId } }, signal }));
}

export function useDepartments(locationId: number | undefined) {
  const fetcher = useCallback((signal: AbortSignal) => getDepartments(locationId, signal), [locationId]);
  return useApiQuery(fetcher);
}
