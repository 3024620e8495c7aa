import { useCallback } from 'react';
import { api, unwrap, useIdempotentSubmit, type Activity } from '@/lib/api';

/** POST /api/activities/{code}/result with its Idempotency-Key (owner; on or after the activity's day). */
export function reportResult(key: string, { code, result }: { code: string; result: number }): Promise<Activity> {
  return unwrap(
    api.POST('/api/activities/{code}/result', {
      params: { path: { code }, header: { 'Idempotency-Key': key } },
      body: { result },
    }),
  );
}

export function useReportResult(code: string) {
  const state = useIdempotentSubmit(reportResult);
  const { submit } = state;
  const submitResult = useCallback((result: number) => submit({ code, result }), [submit, code]);
  return { ...state, submit: submitResult };
}
