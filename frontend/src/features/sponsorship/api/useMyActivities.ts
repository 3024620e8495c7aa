import { api, unwrap, useApiQuery, type Activity } from '@/lib/api';

/** GET /api/activities/mine: the activities I published. */
export function getMyActivities(signal?: AbortSignal): Promise<Activity[]> {
  return unwrap(api.GET('/api/activities/mine', { signal }));
}

export function useMyActivities() {
  return useApiQuery(getMyActivities);
}
