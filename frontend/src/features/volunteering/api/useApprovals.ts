import { api, unwrap, useApiQuery, type HourLog } from '@/lib/api';

/** GET /api/volunteering/approvals: submitted hours I may decide on. */
export function getApprovals(signal?: AbortSignal): Promise<HourLog[]> {
  return unwrap(api.GET('/api/volunteering/approvals', { signal }));
}

export function useApprovals() {
  return useApiQuery(getApprovals);
}
