import { api, unwrap, useApiMutation, type HourLog } from '@/lib/api';

/** POST /api/volunteering/hours/{id}/approve: final; the grant enters the ledger when the policy is on. */
export function approveHours(id: number): Promise<HourLog> {
  return unwrap(api.POST('/api/volunteering/hours/{id}/approve', { params: { path: { id } } }));
}

export function useApproveHours() {
  return useApiMutation(approveHours);
}
