import { useCallback, useRef, useState } from 'react';
import { ApiError, useIdempotentSubmit, type IdempotentSend, type SubmitState } from '../api';
import { startAuth, useAuth } from '../auth';
import type { OutboxEntry, OutboxKind, OutboxSummary } from './outbox';
import { outbox } from './phoneOutbox';

export type OfflineSubmitState<T> = SubmitState<T> | { status: 'queued'; entry: OutboxEntry };

/**
 * useIdempotentSubmit for a pledge that may be made without a connection. When the browser is offline, or when
 * every attempt got no answer at all, the submission is queued in the outbox (see outbox.ts) under the key it was,
 * or would have been, sent with, and the state becomes `queued`; the app sends it when the connection returns,
 * with that same key. Any answer from the server (a 4xx, a 5xx) is shown as before, not queued.
 */
export function useOfflineSubmit<I, T>(kind: OutboxKind, send: IdempotentSend<I, T>) {
  const { subject } = useAuth();
  const attempt = useRef<{ key?: string; error?: unknown }>({});
  const tracked = useCallback<IdempotentSend<I, T>>(
    async (key, input) => {
      attempt.current = { key };
      try {
        return await send(key, input);
      } catch (error) {
        attempt.current = { key, error };
        throw error;
      }
    },
    [send],
  );
  const { submit: sendNow, reset: resetSubmission, ...submitted } = useIdempotentSubmit(tracked);
  const [queued, setQueued] = useState<OutboxEntry>();

  const queue = useCallback(
    async (key: string, input: I, summary: OutboxSummary) => {
      // queued for the signed-in person (a pledge is only sent once signed in, so that is already done, or fails)
      const owner = subject ?? (await startAuth()).subject;
      outbox.add({ key, kind, input, owner, summary });
      setQueued(outbox.entries().find((entry) => entry.key === key));
      resetSubmission(); // the next pledge is a new one, with a new key
    },
    [kind, subject, resetSubmission],
  );

  const submit = useCallback(
    async (input: I, summary: OutboxSummary): Promise<T | undefined> => {
      if (navigator.onLine === false) {
        await queue(crypto.randomUUID(), input, summary);
        return undefined;
      }
      attempt.current = {};
      const result = await sendNow(input);
      const { key, error } = attempt.current;
      if (result === undefined && key && error instanceof ApiError && error.kind === 'network') await queue(key, input, summary);
      return result;
    },
    [queue, sendNow],
  );

  const reset = useCallback(() => {
    setQueued(undefined);
    resetSubmission();
  }, [resetSubmission]);

  const state: OfflineSubmitState<T> = queued ? { status: 'queued', entry: queued } : submitted;
  return { ...state, submit, reset };
}
