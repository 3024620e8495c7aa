import { api, unwrap, useApiMutation, type MyShift } from '@/lib/api';

/** POST /api/volunteering/shifts/{shiftId}/withdraw: the first in the waiting list gets the place. */
export function withdraw(shiftId: number): Promise<MyShift> {
  return unwrap(api.POST('/api/volunteering/shifts/{shiftId}/withdraw', { params: { path: { shiftId } } }));
}

export function useWithdraw() {
  return useApiMutation(withdraw);
}
