import { api, unwrap, useApiMutation, type Activity, type ActivityRequest } from '@/lib/api';

/** POST /api/activities: publish an activity; the answer has its share path (/s/CODE). */
export function createActivity(body: ActivityRequest): Promise<Activity> {
  return unwrap(api.POST('/api/activities', { body }));
}

export function useCreateActivity() {
  return useApiMutation(createActivity);
}
