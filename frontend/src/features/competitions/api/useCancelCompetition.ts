import { api, unwrap, useApiMutation, type Competition } from '@/lib/api';

/** POST /api/competitions/{id}/cancel with a reason. */
export function cancelCompetition({ id, reason }: { id: number; reason: string }): Promise<Competition> {
  return unwrap(api.POST('/api/competitions/{id}/cancel', { params: { path: { id } }, body: { reason } }));
}

export function useCancelCompetition() {
  return useApiMutation(cancelCompetition);
}
