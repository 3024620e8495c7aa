import { useCallback } from 'react';
import { api, unwrap, type PledgeRequest, type SponsorshipPledge } from '@/lib/api';
import { useOfflineSubmit, type OutboxSummary } from '@/lib/offline';

/** POST /api/activities/{code}/pledges with its Idempotency-Key. */
export function pledge(key: string, { code, body }: { code: string; body: PledgeRequest }): Promise<SponsorshipPledge> {
  return unwrap(
    api.POST('/api/activities/{code}/pledges', { params: { path: { code }, header: { 'Idempotency-Key': key } }, body }),
  );
}

/**
 * One key per pledge; a retry of the same pledge resends its key (see lib/api/idempotency). Without a connection
 * the pledge is queued on the phone and sent with that key when the connection returns (lib/offline).
 */
export function usePledge(code: string) {
  const state = useOfflineSubmit('sponsorship-pledge', pledge);
  const { submit } = state;
  const submitPledge = useCallback((body: PledgeRequest, summary: OutboxSummary) => submit({ code, body }, summary), [submit, code]);
  return { ...state, submit: submitPledge };
}
