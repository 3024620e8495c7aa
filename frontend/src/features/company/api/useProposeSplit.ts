import { api, unwrap, useApiMutation, type CorporateDonation, type CorporateSplitRequest } from '@/lib/api';

/** POST /api/corporate-donations/{year}/splits: NGO staff propose a split that sums exactly to the donation. */
export function proposeSplit({ year, body }: { year: number; body: CorporateSplitRequest }): Promise<CorporateDonation> {
  return unwrap(api.POST('/api/corporate-donations/{year}/splits', { params: { path: { year } }, body }));
}

export function useProposeSplit() {
  return useApiMutation(proposeSplit);
}
