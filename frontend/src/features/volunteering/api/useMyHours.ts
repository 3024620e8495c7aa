import { api, unwrap, useApiQuery, type HourLog } from '@/lib/api';

/** GET /api/volunteering/my-hours: my logged hours, newest day first. */
export function getMyHours(signal?: AbortSignal): Promise<HourLog[]> {
  return unwrap(api.GET('/api/volunteering/my-hours', { signal }));
}

export function useMyHours() {
  return useApiQuery(getMyHours);
}
