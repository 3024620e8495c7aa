import { api, unwrap, useApiMutation, type Contribution } from '@/lib/api';

/** POST /api/contributions/{id}/cancel: cancel my pledge while it is not collected (409 otherwise). */
export function cancelContribution({ id, reason }: { id: number; reason?: string }): Promise<Contribution> {
  return unwrap(api.POST('/api/contributions/{id}/cancel', { params: { path: { id } }, body: { reason } }));
}

export function useCancelContribution() {
  return useApiMutation(cancelContribution);
}
