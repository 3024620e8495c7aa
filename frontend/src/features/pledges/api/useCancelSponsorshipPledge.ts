import { api, unwrap, useApiMutation, type SponsorshipPledge } from '@/lib/api';

/** POST /api/sponsorship-pledges/{id}/cancel: cancel my sponsorship pledge until it is collected. */
export function cancelSponsorshipPledge({ id, reason }: { id: number; reason?: string }): Promise<SponsorshipPledge> {
  return unwrap(api.POST('/api/sponsorship-pledges/{id}/cancel', { params: { path: { id } }, body: { reason } }));
}

export function useCancelSponsorshipPledge() {
  return useApiMutation(cancelSponsorshipPledge);
}
