import { startTransition, useCallback, useEffect, useState } from 'react';
import type { TokenProvider } from './client';
import { ApiError } from './errors';
import { watchJson, type StreamStatus } from './watchJson';

export interface EventStreamState<T> {
  /** The latest document, kept while reconnecting and while a new `url` has not sent its first one yet. */
  data?: T;
  /** True when `data` came from an earlier `url` (e.g. the previous filter choice). */
  stale: boolean;
  /**
   * `live`: connected and the first event of this url has arrived; `connecting`: opening; `reconnecting`: the
   * stream ended or failed and is retried with backoff; `failed`: the server refused it for good (see `error`).
   */
  status: 'connecting' | 'live' | 'reconnecting' | 'failed';
  /** Why the stream is reconnecting or failed. */
  error?: ApiError;
  /** Reconnects now (skipping any backoff wait), also after `failed`. */
  retry: () => void;
}

/** Hidden longer than this, the page reconnects when shown again. */
const RESTART_AFTER_HIDDEN_MS = 30_000;

type Inner<T> = { url?: string; data?: T; dataUrl?: string; status: EventStreamState<T>['status']; error?: ApiError };

/**
 * Watches a JSON server-sent event stream (see {@link watchJson}) while the component is mounted and `url` is
 * set; reconnects with backoff, and at once when the device comes back online or the page is shown again after
 * more than 30 s in the background; stops on unmount or when `url` changes (the previous stream is aborted).
 * `getToken` must be stable.
 */
export function useEventStream<T>(url: string | undefined, getToken: TokenProvider): EventStreamState<T> {
  const [state, setState] = useState<Inner<T>>({ status: 'connecting' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!url) return undefined;
    const controller = new AbortController();
    const { signal } = controller;
    setState((current) => ({ ...current, url, status: 'connecting', error: undefined }));

    watchJson<T>({
      url,
      signal,
      getToken,
      onMessage: (data) => {
        // rendered as a transition, like a query's answer (useApiQuery)
        if (!signal.aborted) startTransition(() => setState({ url, data, dataUrl: url, status: 'live' }));
      },
      onStatus: (status: StreamStatus, error?: ApiError) => {
        if (signal.aborted) return;
        setState((current) => ({
          ...current,
          url,
          // "open" becomes "live" with the first event, so the list is never called live before it is current
          status: status === 'open' ? (current.dataUrl === url ? 'live' : 'connecting') : status,
          error: status === 'reconnecting' ? error : undefined,
        }));
      },
    }).catch((error: unknown) => {
      if (signal.aborted) return;
      setState((current) => ({
        ...current,
        url,
        status: 'failed',
        error: error instanceof ApiError ? error : ApiError.network(error),
      }));
    });

    // A stream without keep-alives cannot tell a dead connection from a quiet board: start over when the
    // device comes back online, or when the page is shown again after a while (phones drop idle connections).
    const restart = () => setAttempt((n) => n + 1);
    let hiddenAt: number | undefined;
    const visibility = () => {
      if (document.visibilityState === 'hidden') hiddenAt = Date.now();
      else if (hiddenAt !== undefined && Date.now() - hiddenAt > RESTART_AFTER_HIDDEN_MS) restart();
    };
    window.addEventListener('online', restart);
    document.addEventListener('visibilitychange', visibility);
    return () => {
      window.removeEventListener('online', restart);
      document.removeEventListener('visibilitychange', visibility);
      controller.abort();
    };
  }, [url, getToken, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.url === url;
  return {
    data: state.data,
    stale: state.data !== undefined && state.dataUrl !== url,
    status: current ? state.status : 'connecting',
    error: current ? state.error : undefined,
    retry,
  };
}
