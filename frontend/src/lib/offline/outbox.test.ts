import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { REQUEST_IN_PROGRESS } from '../api/idempotency';
import { Outbox, OUTBOX_STORAGE_KEY, type NewOutboxEntry, type OutboxEntry } from './outbox';

/** A phone's localStorage. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const EMMA = 'subject-emma';
const gift = (key: string, owner = EMMA): NewOutboxEntry => ({
  key,
  kind: 'donation',
  input: { projectPostId: 3, amountMinor: 10000, anonymous: false },
  owner,
  summary: { amountMinor: 10000, currency: 'DKK', to: 'Kirurgisk uddannelse' },
});

const noConnection = () => ApiError.network(new TypeError('Failed to fetch'));
const problem = (status: number, title: string, detail?: string) => new ApiError({ kind: 'problem', status, title, detail });

/** The server of the Idempotency-Key contract: one recorded pledge per key, a repeat answered as the first time. */
function server() {
  const recorded = new Map<string, unknown>();
  const sentKeys: string[] = [];
  let online = false;
  let refuseWith: ApiError | undefined;
  return {
    recorded,
    sentKeys,
    goOnline: () => void (online = true),
    goOffline: () => void (online = false),
    refuse: (error: ApiError) => void (refuseWith = error),
    send: async (entry: OutboxEntry) => {
      if (!online) throw noConnection();
      sentKeys.push(entry.key);
      if (refuseWith) throw refuseWith;
      if (!recorded.has(entry.key)) recorded.set(entry.key, entry.input);
      return recorded.get(entry.key);
    },
  };
}

const clock = () => {
  let minutes = 0;
  return () => new Date(Date.UTC(2026, 7, 27, 10, minutes++));
};

describe('the outbox: pledges made without a connection', () => {
  it('keeps a pledge on the phone, waiting, across a restart of the app', () => {
    const storage = memoryStorage();
    new Outbox(storage, clock()).add(gift('key-1'));

    const reopened = new Outbox(storage).entries();
    expect(reopened).toHaveLength(1);
    expect(reopened[0]).toMatchObject({ key: 'key-1', status: 'waiting', owner: EMMA, queuedAt: '2026-08-27T10:00:00.000Z' });
    expect(reopened[0]?.summary).toEqual({ amountMinor: 10000, currency: 'DKK', to: 'Kirurgisk uddannelse' });
  });

  it('queues the same submission once, however often it is added', () => {
    const outbox = new Outbox(memoryStorage());
    outbox.add(gift('key-1'));
    outbox.add(gift('key-1'));
    expect(outbox.entries()).toHaveLength(1);
  });

  it('stays waiting while there is no connection, then is sent with its own key and marked sent', async () => {
    const outbox = new Outbox(memoryStorage(), clock());
    const api = server();
    outbox.add(gift('key-1'));

    await outbox.flush(EMMA, api.send);
    expect(outbox.entries()[0]?.status).toBe('waiting');

    api.goOnline();
    await outbox.flush(EMMA, api.send);
    expect(api.sentKeys).toEqual(['key-1']);
    expect(outbox.entries()[0]).toMatchObject({ status: 'sent', sentAt: '2026-08-27T10:01:00.000Z' });
  });

  it('resends with the same key, so a pledge that did reach the server is never recorded twice', async () => {
    const storage = memoryStorage();
    const api = server();
    api.goOnline();
    // the first send reached the server, but the app was closed before it heard the answer
    new Outbox(storage).add(gift('key-1'));
    await api.send({ ...gift('key-1'), queuedAt: '', status: 'waiting' });

    const reopened = new Outbox(storage);
    await reopened.flush(EMMA, api.send);
    await reopened.flush(EMMA, api.send);

    expect(api.sentKeys).toEqual(['key-1', 'key-1']);
    expect(api.recorded.size).toBe(1);
    expect(reopened.entries()[0]?.status).toBe('sent');
  });

  it('sends nothing twice when two flushes start at once (the connection returns while a timer fires)', async () => {
    const outbox = new Outbox(memoryStorage());
    const api = server();
    api.goOnline();
    outbox.add(gift('key-1'));
    outbox.add(gift('key-2'));

    await Promise.all([outbox.flush(EMMA, api.send), outbox.flush(EMMA, api.send)]);
    expect(api.sentKeys).toEqual(['key-1', 'key-2']);
  });

  it('keeps waiting after "still being processed" or a gateway error, and sends the same key later', async () => {
    const outbox = new Outbox(memoryStorage());
    const api = server();
    api.goOnline();
    outbox.add(gift('key-1'));

    api.refuse(new ApiError({ kind: 'problem', status: 409, title: 'In progress', type: REQUEST_IN_PROGRESS }));
    await outbox.flush(EMMA, api.send);
    expect(outbox.entries()[0]?.status).toBe('waiting');
    api.refuse(new ApiError({ kind: 'http', status: 503, title: 'Service Unavailable' }));
    await outbox.flush(EMMA, api.send);
    expect(outbox.entries()[0]?.status).toBe('waiting');

    expect(api.sentKeys).toEqual(['key-1', 'key-1']);
  });

  it('marks a pledge the server refuses (4xx problem) as failed, keeps the problem to show, and never sends it again', async () => {
    const outbox = new Outbox(memoryStorage());
    const api = server();
    api.goOnline();
    outbox.add(gift('key-1'));
    api.refuse(problem(422, 'Project post closed', 'Kirurgisk uddannelse takes no more gifts'));

    await outbox.flush(EMMA, api.send);
    await outbox.flush(EMMA, api.send);

    expect(api.sentKeys).toEqual(['key-1']);
    expect(outbox.entries()[0]).toMatchObject({
      status: 'failed',
      problem: { kind: 'problem', status: 422, title: 'Project post closed', detail: 'Kirurgisk uddannelse takes no more gifts' },
    });
  });

  it('goes on with the next pledge after a refused one, and stops at the first that gets no answer', async () => {
    const outbox = new Outbox(memoryStorage());
    const sent: string[] = [];
    outbox.add(gift('refused'));
    outbox.add(gift('unanswered'));
    outbox.add(gift('later'));

    await outbox.flush(EMMA, async (entry) => {
      sent.push(entry.key);
      throw entry.key === 'refused' ? problem(400, 'Invalid') : noConnection();
    });

    expect(sent).toEqual(['refused', 'unanswered']);
    expect(outbox.entries().map((entry) => entry.status)).toEqual(['failed', 'waiting', 'waiting']);
  });

  it('sends only the signed-in person’s pledges', async () => {
    const outbox = new Outbox(memoryStorage());
    const api = server();
    api.goOnline();
    outbox.add(gift('emma', EMMA));
    outbox.add(gift('lars', 'subject-lars'));

    await outbox.flush(EMMA, api.send);
    expect(api.sentKeys).toEqual(['emma']);
    expect(outbox.entries().find((entry) => entry.key === 'lars')?.status).toBe('waiting');
  });

  it('forgets a sent or failed pledge when dismissed, never a waiting one', async () => {
    const outbox = new Outbox(memoryStorage());
    const api = server();
    outbox.add(gift('key-1'));
    outbox.dismiss('key-1');
    expect(outbox.entries()).toHaveLength(1);

    api.goOnline();
    await outbox.flush(EMMA, api.send);
    outbox.dismiss('key-1');
    expect(outbox.entries()).toEqual([]);
  });

  it('tells its listeners about every change, and reads another tab’s changes on reload', () => {
    const storage = memoryStorage();
    const outbox = new Outbox(storage);
    let changes = 0;
    outbox.subscribe(() => changes++);
    outbox.add(gift('key-1'));
    expect(changes).toBe(1);

    new Outbox(storage).add(gift('key-2')); // another tab
    outbox.reload();
    expect(changes).toBe(2);
    expect(outbox.entries().map((entry) => entry.key)).toEqual(['key-1', 'key-2']);
  });

  it('starts empty from missing or unreadable storage', () => {
    const storage = memoryStorage();
    expect(new Outbox(storage).entries()).toEqual([]);
    storage.setItem(OUTBOX_STORAGE_KEY, '{not json');
    expect(new Outbox(storage).entries()).toEqual([]);
    expect(new Outbox(undefined).entries()).toEqual([]);
  });
});
