import { useCallback, useState } from 'react';
import { ApiError } from './errors';
import { useMounted } from './useMounted';

/**
 * Money POSTs (donations, sponsorship pledges, activity results) carry an `Idempotency-Key`: the server runs a
 * key once and answers a repeat with the stored response. So the client must
 * - use ONE key per submission, and resend that same key whenever the submission is retried
 *   (the connection dropped, or 409 "a request with this key is still being processed");
 * - use a NEW key only for a new, different submission.
 *
 * {@link IdempotentSubmitter} holds that rule; {@link useIdempotentSubmit} wraps it for React forms.
 */

/** Sends one submission with the given key (e.g. `(key, body) => unwrap(api.POST(..., { header: key }))`). */
export type IdempotentSend<I, T> = (key: string, input: I) => Promise<T>;

export interface IdempotencyOptions {
  /** How many times to resend the same key after a retriable failure (default 4). */
  retries?: number;
  /** Wait before the first resend in ms (default 1000); doubled after each, at most 4 s. */
  delayMs?: number;
  /** Creates a key (default crypto.randomUUID). */
  newKey?: () => string;
  /** Waits (injectable for tests). */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Problem type of the server's 409 about the key itself: the request with this key is still running. */
export const REQUEST_IN_PROGRESS = 'urn:kollekt:problem:request-in-progress';

/**
 * Whether resending the same key may succeed: no answer at all (network), a gateway hiccup, or the server's
 * 409 of type {@link REQUEST_IN_PROGRESS}. A business 409 such as "this activity takes no more pledges" has no
 * such type and is final.
 */
export function isRetriable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'network') return true;
  if (error.status === 502 || error.status === 503 || error.status === 504) return true;
  return error.status === 409 && error.type === REQUEST_IN_PROGRESS;
}

/** Sends with one key, resending the same key after retriable failures. */
export async function sendWithKey<I, T>(
  key: string,
  input: I,
  send: IdempotentSend<I, T>,
  options: IdempotencyOptions = {},
): Promise<T> {
  const retries = options.retries ?? 4;
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.delayMs ?? 1000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(key, input);
    } catch (error) {
      if (attempt >= retries || !isRetriable(error)) throw error;
      await sleep(delay);
      delay = Math.min(delay * 2, 4000);
    }
  }
}

/** A stable text for "the same submission": JSON with sorted object keys. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function randomKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * One form's submissions. `submit(input)`:
 * - while a submission is under way, returns that same promise (a double tap sends nothing new);
 * - after a failure, submitting the same input again reuses its key (the user's "Try again");
 * - otherwise (first submission, changed input, or after a success) takes a new key.
 */
export class IdempotentSubmitter<I, T> {
  private last: { key: string; fingerprint: string; settled: 'pending' | 'failed' | 'succeeded' } | undefined;
  private inFlight: Promise<T> | undefined;

  constructor(
    private readonly send: IdempotentSend<I, T>,
    private readonly options: IdempotencyOptions = {},
  ) {}

  /** The key of the latest submission, if any. */
  get currentKey(): string | undefined {
    return this.last?.key;
  }

  submit(input: I): Promise<T> {
    if (this.inFlight) return this.inFlight;
    const print = fingerprint(input);
    const reuse = this.last && this.last.settled === 'failed' && this.last.fingerprint === print;
    const key = reuse && this.last ? this.last.key : (this.options.newKey ?? randomKey)();
    const entry = { key, fingerprint: print, settled: 'pending' as 'pending' | 'failed' | 'succeeded' };
    this.last = entry;
    const promise = sendWithKey(key, input, this.send, this.options).then(
      (result) => {
        entry.settled = 'succeeded';
        this.inFlight = undefined;
        return result;
      },
      (error: unknown) => {
        entry.settled = 'failed';
        this.inFlight = undefined;
        throw error;
      },
    );
    this.inFlight = promise;
    return promise;
  }

  /** Forget the last submission: the next one gets a new key whatever its input. */
  reset(): void {
    if (!this.inFlight) this.last = undefined;
  }
}

export type SubmitState<T> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : ApiError.network(error);
}

/**
 * React state around an {@link IdempotentSubmitter}: `submit(input)` resolves with the result, or with
 * undefined when it failed (the error is then in the state, to show beside the form).
 */
export function useIdempotentSubmit<I, T>(send: IdempotentSend<I, T>, options?: IdempotencyOptions) {
  const [submitter] = useState(() => new IdempotentSubmitter<I, T>(send, options));
  const [state, setState] = useState<SubmitState<T>>({ status: 'idle' });
  const mounted = useMounted();

  const submit = useCallback(
    async (input: I): Promise<T | undefined> => {
      setState({ status: 'pending' });
      try {
        const data = await submitter.submit(input);
        if (mounted.current) setState({ status: 'success', data });
        return data;
      } catch (error) {
        if (mounted.current) setState({ status: 'error', error: toApiError(error) });
        return undefined;
      }
    },
    [submitter],
  );

  const reset = useCallback(() => {
    submitter.reset();
    setState({ status: 'idle' });
  }, [submitter]);

  return { ...state, submit, reset };
}
