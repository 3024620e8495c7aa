import { useCallback } from 'react';
import { api, unwrap, useIdempotentSubmit, type PledgeRequest, type SponsorshipPledge } from '@/lib/api';

/** POST /api/activities/{code}/pledges with its Idempotency-Key. */
export function pledge(key: string, { code, body }: { code: string; body: PledgeRequest }): Promise<SponsorshipPledge> {
  return unwrap(
    api.POST('/api/activities/{code}/pledges', { params: { path: { code }, header: { 'Idempotency-Key': key } }, body }),
  );
}

/** One key per pledge; a retry of the same pledge resends its key (see lib/api/idempotency). */
export function usePledge(code: string) {
  const state = useIdempotentSubmit(pledge);
  const { submit } = state;
  const submitPledge = useCallback((body: PledgeRequest) => submit({ code, body }), [submit, code]);
  return { ...state, submit: submitPledge };
}
