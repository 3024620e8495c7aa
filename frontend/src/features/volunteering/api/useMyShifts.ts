import { api, unwrap, useApiQuery, type MyShift } from '@/lib/api';

/** GET /api/volunteering/my-shifts: my confirmed and waiting shifts. */
export function getMyShifts(signal?: AbortSignal): Promise<MyShift[]> {
  return unwrap(api.GET('/api/volunteering/my-shifts', { signal }));
}

export function useMyShifts() {
  return useApiQuery(getMyShifts);
}
