import { useCallback, useRef, useState } from 'react';
import { ApiError } from './errors';
import { useMounted } from './useMounted';

export type MutationState<T> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : ApiError.network(error);
}

/**
 * State around a call that changes something and has no Idempotency-Key (cancel, close, create a batch…).
 * `run(input)` resolves with the result, or undefined when it failed (the error is then in the state).
 * While a call is under way, further runs are ignored (a double tap sends one request).
 */
export function useApiMutation<I, T>(mutate: (input: I) => Promise<T>) {
  const [state, setState] = useState<MutationState<T>>({ status: 'idle' });
  const busy = useRef(false);
  const mounted = useMounted();

  const run = useCallback(
    async (input: I): Promise<T | undefined> => {
      if (busy.current) return undefined;
      busy.current = true;
      setState({ status: 'pending' });
      try {
        const data = await mutate(input);
        if (mounted.current) setState({ status: 'success', data });
        return data;
      } catch (error) {
        if (mounted.current) setState({ status: 'error', error: toApiError(error) });
        return undefined;
      } finally {
        busy.current = false;
      }
    },
    [mutate],
  );

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { ...state, run, reset };
}
