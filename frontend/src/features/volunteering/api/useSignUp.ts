import { api, unwrap, useApiMutation, type MyShift } from '@/lib/api';

/** POST /api/volunteering/shifts/{shiftId}/signup: a place, or the waiting list. */
export function signUp(shiftId: number): Promise<MyShift> {
  return unwrap(api.POST('/api/volunteering/shifts/{shiftId}/signup', { params: { path: { shiftId } } }));
}

export function useSignUp() {
  return useApiMutation(signUp);
}
