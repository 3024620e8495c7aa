import { api, unwrap, useApiMutation, type DepartmentCollection } from '@/lib/api';

/** POST /api/collections/{id}/confirm (admins): the money arrived. */
export function confirmCollection(id: number): Promise<DepartmentCollection> {
  return unwrap(api.POST('/api/collections/{id}/confirm', { params: { path: { id } } }));
}

export function useConfirmCollection() {
  return useApiMutation(confirmCollection);
}
