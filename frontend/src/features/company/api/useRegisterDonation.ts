import { api, unwrap, useApiMutation, type CorporateDonation, type CorporateDonationRequest } from '@/lib/api';

/** POST /api/corporate-donations: an admin registers the company's donation for a year. */
export function registerDonation(body: CorporateDonationRequest): Promise<CorporateDonation> {
  return unwrap(api.POST('/api/corporate-donations', { body }));
}

export function useRegisterDonation() {
  return useApiMutation(registerDonation);
}
