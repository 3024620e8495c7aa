import { api, unwrap, useIdempotentSubmit, type Contribution, type DonationRequest } from '@/lib/api';

/** POST /api/donations with its Idempotency-Key: a pledge to a project post, in the ledger. */
export function donate(key: string, body: DonationRequest): Promise<Contribution> {
  return unwrap(api.POST('/api/donations', { params: { header: { 'Idempotency-Key': key } }, body }));
}

/** One key per gift; a retry of the same gift resends its key (see lib/api/idempotency). */
export function useDonate() {
  return useIdempotentSubmit(donate);
}
