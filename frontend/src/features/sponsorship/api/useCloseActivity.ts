import { useCallback } from 'react';
import { api, unwrap, useApiMutation, type Activity } from '@/lib/api';

/** POST /api/activities/{code}/close: no result will come; per-unit pledges lapse, fixed ones stand. */
export function closeActivity({ code, reason }: { code: string; reason: string }): Promise<Activity> {
  return unwrap(api.POST('/api/activities/{code}/close', { params: { path: { code } }, body: { reason } }));
}

export function useCloseActivity(code: string) {
  const state = useApiMutation(closeActivity);
  const { run } = state;
  const close = useCallback((reason: string) => run({ code, reason }), [run, code]);
  return { ...state, run: close };
}
