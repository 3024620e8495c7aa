import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { fingerprint, IdempotentSubmitter, isRetriable, REQUEST_IN_PROGRESS, sendWithKey } from './idempotency';

const noWait = () => Promise.resolve();

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

const networkError = () => ApiError.network(new TypeError('Failed to fetch'));
const stillProcessing = () =>
  new ApiError({
    kind: 'problem',
    status: 409,
    title: 'Conflict',
    type: REQUEST_IN_PROGRESS,
    detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
  });
const activityClosed = () =>
  new ApiError({ kind: 'problem', status: 409, title: 'Conflict', detail: 'This activity is closed; it takes no more pledges.' });
const invalid = () => new ApiError({ kind: 'problem', status: 400, title: 'Invalid request' });

describe('isRetriable', () => {
  it('retries lost connections, gateway errors and the key-is-busy 409, nothing else', () => {
    expect(isRetriable(networkError())).toBe(true);
    expect(isRetriable(stillProcessing())).toBe(true);
    expect(isRetriable(new ApiError({ kind: 'http', status: 503, title: 'Service Unavailable' }))).toBe(true);
    expect(isRetriable(activityClosed())).toBe(false);
    expect(isRetriable(invalid())).toBe(false);
    expect(isRetriable(new Error('boom'))).toBe(false);
  });
});

describe('sendWithKey', () => {
  it('resends the same key after a network error and a 409 "still processing", waiting about a second', async () => {
    const sent: string[] = [];
    const sleep = vi.fn(noWait);
    const send = vi.fn(async (key: string) => {
      sent.push(key);
      if (sent.length === 1) throw networkError();
      if (sent.length === 2) throw stillProcessing();
      return 'created';
    });

    await expect(sendWithKey('k1', { amountMinor: 100 }, send, { sleep })).resolves.toBe('created');
    expect(sent).toEqual(['k1', 'k1', 'k1']);
    expect(sleep).toHaveBeenNthCalledWith(1, 1000);
  });

  it('gives up after the retries and rethrows the last error', async () => {
    const send = vi.fn(async () => {
      throw stillProcessing();
    });
    await expect(sendWithKey('k1', {}, send, { sleep: noWait, retries: 2 })).rejects.toMatchObject({ status: 409 });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('does not resend a final answer', async () => {
    const send = vi.fn(async () => {
      throw activityClosed();
    });
    await expect(sendWithKey('k1', {}, send, { sleep: noWait })).rejects.toMatchObject({ status: 409 });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('IdempotentSubmitter', () => {
  it('reuses the same key on every retry of one submission', async () => {
    const sent: string[] = [];
    const submitter = new IdempotentSubmitter(
      async (key: string) => {
        sent.push(key);
        if (sent.length < 3) throw networkError();
        return { id: 1 };
      },
      { newKey: keys(), sleep: noWait },
    );

    await expect(submitter.submit({ amountMinor: 10000 })).resolves.toEqual({ id: 1 });
    expect(sent).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('reuses the key when the user tries the same failed submission again', async () => {
    const sent: string[] = [];
    let fail = true;
    const submitter = new IdempotentSubmitter(
      async (key: string) => {
        sent.push(key);
        if (fail) throw networkError();
        return 'ok';
      },
      { newKey: keys(), sleep: noWait, retries: 1 },
    );

    await expect(submitter.submit({ amountMinor: 10000, message: 'Heja' })).rejects.toBeInstanceOf(ApiError);
    fail = false;
    // same input, keys in another order: still the same submission
    await expect(submitter.submit({ message: 'Heja', amountMinor: 10000 })).resolves.toBe('ok');
    expect(sent).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('uses a new key for a new submission: after a success, or with different input', async () => {
    const sent: string[] = [];
    let failNext = false;
    const submitter = new IdempotentSubmitter(
      async (key: string) => {
        sent.push(key);
        if (failNext) {
          failNext = false;
          throw invalid();
        }
        return 'ok';
      },
      { newKey: keys(), sleep: noWait },
    );

    await submitter.submit({ amountMinor: 10000 });
    await submitter.submit({ amountMinor: 10000 }); // gave again, deliberately: a new pledge
    failNext = true;
    await submitter.submit({ amountMinor: 5000 }).catch(() => undefined);
    await submitter.submit({ amountMinor: 7500 }); // corrected after a failure: a new body, a new key
    expect(sent).toEqual(['key-1', 'key-2', 'key-3', 'key-4']);
  });

  it('sends a double tap once, with one key', async () => {
    const sent: string[] = [];
    let finish: (value: string) => void = () => {};
    const submitter = new IdempotentSubmitter(
      (key: string) => {
        sent.push(key);
        return new Promise<string>((resolve) => {
          finish = resolve;
        });
      },
      { newKey: keys(), sleep: noWait },
    );

    const first = submitter.submit({ amountMinor: 10000 });
    const second = submitter.submit({ amountMinor: 10000 });
    expect(second).toBe(first);
    finish('created');
    await expect(Promise.all([first, second])).resolves.toEqual(['created', 'created']);
    expect(sent).toEqual(['key-1']);
  });

  it('takes a new key after reset()', async () => {
    const sent: string[] = [];
    const submitter = new IdempotentSubmitter(
      async (key: string) => {
        sent.push(key);
        throw invalid();
      },
      { newKey: keys(), sleep: noWait },
    );
    await submitter.submit({ a: 1 }).catch(() => undefined);
    submitter.reset();
    await submitter.submit({ a: 1 }).catch(() => undefined);
    expect(sent).toEqual(['key-1', 'key-2']);
  });

  it('uses crypto.randomUUID by default', async () => {
    const sent: string[] = [];
    const submitter = new IdempotentSubmitter(async (key: string) => {
      sent.push(key);
      return 'ok';
    });
    await submitter.submit({});
    expect(sent[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('fingerprint', () => {
  it('ignores key order but not values', () => {
    expect(fingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});
