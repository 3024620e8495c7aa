import { api, unwrap, useApiQuery, type CorporateDonation } from '@/lib/api';

/** GET /api/corporate-donations: every year's donation with its split proposals, newest year first. */
export function getCorporateDonations(signal?: AbortSignal): Promise<CorporateDonation[]> {
  return unwrap(api.GET('/api/corporate-donations', { signal }));
}

export function useCorporateDonations() {
  return useApiQuery(getCorporateDonations);
}
