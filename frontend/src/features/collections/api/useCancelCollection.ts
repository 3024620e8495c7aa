import { api, unwrap, useApiMutation, type DepartmentCollection } from '@/lib/api';

/** POST /api/collections/{id}/cancel with a reason (admins): the money did not arrive. */
export function cancelCollection({ id, reason }: { id: number; reason: string }): Promise<DepartmentCollection> {
  return unwrap(api.POST('/api/collections/{id}/cancel', { params: { path: { id } }, body: { reason } }));
}

export function useCancelCollection() {
  return useApiMutation(cancelCollection);
}
