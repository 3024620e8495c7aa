import { api, unwrap, useApiMutation, type CorporateDonation } from '@/lib/api';

/** POST /api/corporate-donations/{year}/paid: the approved parts become collected. */
export function markPaid(year: number): Promise<CorporateDonation> {
  return unwrap(api.POST('/api/corporate-donations/{year}/paid', { params: { path: { year } } }));
}

export function useMarkPaid() {
  return useApiMutation(markPaid);
}
