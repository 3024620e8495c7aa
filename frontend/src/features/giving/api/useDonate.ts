import { api, unwrap, type Contribution, type DonationRequest } from '@/lib/api';
import { useOfflineSubmit } from '@/lib/offline';

/** POST /api/donations with its Idempotency-Key: a pledge to a project post, in the ledger. */
export function donate(key: string, body: DonationRequest): Promise<Contribution> {
  return unwrap(api.POST('/api/donations', { params: { header: { 'Idempotency-Key': key } }, body }));
}

/**
 * One key per gift; a retry of the same gift resends its key (see lib/api/idempotency). Without a connection the
 * gift is queued on the phone and sent with that key when the connection returns (lib/offline).
 */
export function useDonate() {
  return useOfflineSubmit('donation', donate);
}
