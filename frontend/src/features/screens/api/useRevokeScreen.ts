import { api, unwrap, useApiMutation, type Screen } from '@/lib/api';

/** POST /api/screens/{id}/revoke: the link shows nothing from now on. */
export function revokeScreen(id: number): Promise<Screen> {
  return unwrap(api.POST('/api/screens/{id}/revoke', { params: { path: { id } } }));
}

export function useRevokeScreen() {
  return useApiMutation(revokeScreen);
}
