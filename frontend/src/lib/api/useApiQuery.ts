import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
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
 *
 * `reload()` starts over (shows loading); `refresh()` fetches again in the background and keeps showing the
 * current data until the new data is there (`refreshing` is true meanwhile; a failed refresh keeps the data).
 * The answer is rendered as a transition: in short slices, so that a long list does not hold up the phone's taps.
 */
export function useApiQuery<T>(
  fetcher: (signal: AbortSignal) => Promise<T>,
): QueryState<T> & { reload: () => void; refresh: () => void; refreshing: boolean } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [refreshing, setRefreshing] = useState(false);
  const background = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    const quietly = background.current;
    background.current = false;
    if (!quietly) setState({ status: 'loading' });
    fetcher(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        startTransition(() => {
          setState({ status: 'success', data });
          setRefreshing(false);
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setRefreshing(false);
        setState((current) => (quietly && current.status === 'success' ? current : { status: 'error', error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [fetcher, attempt]);

  const reload = useCallback(() => {
    background.current = false;
    setAttempt((n) => n + 1);
  }, []);
  const refresh = useCallback(() => {
    background.current = true;
    setRefreshing(true);
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, reload, refresh, refreshing };
}
