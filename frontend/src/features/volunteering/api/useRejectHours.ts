import { api, unwrap, useApiMutation, type HourLog } from '@/lib/api';

/** POST /api/volunteering/hours/{id}/reject with a reason: final. */
export function rejectHours({ id, reason }: { id: number; reason: string }): Promise<HourLog> {
  return unwrap(api.POST('/api/volunteering/hours/{id}/reject', { params: { path: { id } }, body: { reason } }));
}

export function useRejectHours() {
  return useApiMutation(rejectHours);
}
