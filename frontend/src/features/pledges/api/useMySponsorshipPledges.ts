import { api, unwrap, useApiQuery, type SponsorshipPledge } from '@/lib/api';

/** GET /api/sponsorship-pledges/mine: my sponsorship pledges and their status. */
export function getMySponsorshipPledges(signal?: AbortSignal): Promise<SponsorshipPledge[]> {
  return unwrap(api.GET('/api/sponsorship-pledges/mine', { signal }));
}

export function useMySponsorshipPledges() {
  return useApiQuery(getMySponsorshipPledges);
}
