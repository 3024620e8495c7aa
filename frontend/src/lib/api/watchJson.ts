import type { TokenProvider } from './client';
import { ApiError, parseProblem } from './errors';
import { createSseParser } from './sse';

/** Where a watched stream stands: opening, open (events flow), or waiting to reconnect after it ended or failed. */
export type StreamStatus = 'connecting' | 'open' | 'reconnecting';

export interface WatchJsonOptions<T> {
  /** Address of a `text/event-stream` endpoint whose `data:` is one JSON document per event. */
  url: string;
  /** Stops watching (and the current request) when aborted, e.g. on unmount. */
  signal: AbortSignal;
  onMessage: (value: T) => void;
  /** Status changes; `error` says why the stream is reconnecting (absent when it simply ended). */
  onStatus?: (status: StreamStatus, error?: ApiError) => void;
  /** Called before every (re)connect: a fresh bearer token (refreshed first if about to expire). */
  getToken?: TokenProvider;
  fetch?: typeof globalThis.fetch;
  /** Wait before reconnect number `attempt` (0, 1, 2…; back to 0 after an event arrived). */
  backoff?: (attempt: number) => number;
}

const MAX_BACKOFF_MS = 30_000;

/** 1 s, 2 s, 4 s … up to 30 s, each with up to a quarter off at random (so clients do not reconnect in step). */
export function defaultBackoff(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(attempt, 10));
  return Math.round(base * (1 - random() * 0.25));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** 401 (the next attempt refreshes the token), time-outs, rate limits and server errors are worth retrying. */
function isTransient(status: number): boolean {
  return status === 401 || status === 408 || status === 429 || status >= 500;
}

/**
 * Watches a server-sent event stream of JSON documents with fetch (EventSource cannot send a bearer token):
 * sends `Authorization: Bearer …` from `getToken`, parses `data:` lines, and reconnects with backoff when the
 * stream ends or fails. Resolves when `signal` is aborted; rejects with an {@link ApiError} only when the
 * server refuses the request for good (e.g. 400 or 403), since asking again would not help.
 * Events whose data is not JSON are skipped, and so is an event repeating the data of the one before it (a heartbeat,
 * or a board that did not change), so that nothing is parsed or rendered again for it.
 */
export async function watchJson<T>(options: WatchJsonOptions<T>): Promise<void> {
  const { url, signal, onMessage, onStatus, getToken } = options;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const backoff = options.backoff ?? ((attempt: number) => defaultBackoff(attempt));
  let attempt = 0;
  let serverRetryMs: number | undefined;
  let previousData: string | undefined;

  while (!signal.aborted) {
    let reason: ApiError | undefined;
    try {
      const token = getToken ? await getToken() : undefined;
      if (signal.aborted) return;
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetchFn(url, { headers, signal, cache: 'no-store' });

      if (!response.ok) {
        const contentType = response.headers.get('Content-Type');
        const body = await response.text().catch(() => undefined);
        const error = parseProblem(response.status, response.statusText, contentType, body);
        if (!isTransient(response.status)) throw error;
        reason = error;
      } else if (!response.body) {
        reason = new ApiError({ kind: 'http', status: response.status, title: 'The stream has no body' });
      } else {
        onStatus?.('open');
        const parser = createSseParser(
          (event) => {
            if (event.data === previousData) {
              attempt = 0;
              return;
            }
            let value: T;
            try {
              value = JSON.parse(event.data) as T;
            } catch {
              return;
            }
            attempt = 0;
            previousData = event.data;
            onMessage(value);
          },
          (ms) => {
            serverRetryMs = ms;
          },
        );
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            parser.push(value);
          }
        } finally {
          parser.end();
          reader.releaseLock();
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof ApiError && error.kind !== 'network') {
        if (!isTransient(error.status)) throw error;
        reason = error;
      } else {
        reason = error instanceof ApiError ? error : ApiError.network(error);
      }
    }
    if (signal.aborted) return;
    onStatus?.('reconnecting', reason);
    await sleep(Math.max(backoff(attempt), serverRetryMs ?? 0), signal);
    attempt += 1;
    if (!signal.aborted) onStatus?.('connecting');
  }
}
