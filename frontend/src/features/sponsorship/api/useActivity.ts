import { useCallback } from 'react';
import { api, unwrap, useApiQuery, type Activity } from '@/lib/api';

/** GET /api/activities/{code}: the sponsorship page of a share code. */
export function getActivity(code: string, signal?: AbortSignal): Promise<Activity> {
  return unwrap(api.GET('/api/activities/{code}', { params: { path: { code } }, signal }));
}

export function useActivity(code: string) {
  const fetcher = useCallback((signal: AbortSignal) => getActivity(code, signal), [code]);
  return useApiQuery(fetcher);
}
