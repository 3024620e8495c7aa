import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './errors';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : ApiError.network(error);
}

/**
 * Runs `fetcher` on mount (and on `reload()`), aborting it on unmount.
 * `fetcher` must be stable (a module-level function or a memoised callback).
 */
export function useApiQuery<T>(fetcher: (signal: AbortSignal) => Promise<T>): QueryState<T> & { reload: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetcher(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [fetcher, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
