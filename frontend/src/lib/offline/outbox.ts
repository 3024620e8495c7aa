import { ApiError, isRetriable, type ApiErrorInit, type Unit } from '../api';

/** The money POSTs a phone may make without a connection. */
export type OutboxKind = 'donation' | 'sponsorship-pledge';

/** What a queued pledge is, to show it: "100 kr. to Surgical training", "10 kr./km to Emma". */
export interface OutboxSummary {
  amountMinor: number;
  currency: string;
  /** The project post or the colleague it goes to. */
  to: string;
  /** A per-unit pledge's unit; the amount is then per unit. */
  unit?: Exclude<Unit, 'NONE'>;
}

export type OutboxProblem = Pick<ApiErrorInit, 'kind' | 'status' | 'title' | 'detail' | 'type' | 'fieldErrors'>;

export interface OutboxEntry {
  /** The Idempotency-Key: every send of this entry carries it, so the server records it once. */
  key: string;
  kind: OutboxKind;
  /** What the kind's send function takes (the request body, and the activity code for a sponsorship pledge). */
  input: unknown;
  /** The signed-in person who made it (token subject); only they send it. */
  owner: string;
  summary: OutboxSummary;
  queuedAt: string;
  status: 'waiting' | 'sent' | 'failed';
  sentAt?: string;
  /** Why the server refused it (status `failed`). */
  problem?: OutboxProblem;
}

export type NewOutboxEntry = Pick<OutboxEntry, 'key' | 'kind' | 'input' | 'owner' | 'summary'>;

/** Sends one entry with its own key (`entry.key`); rejects with an ApiError when it fails. */
export type OutboxSend = (entry: OutboxEntry) => Promise<unknown>;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export const OUTBOX_STORAGE_KEY = 'kollekt.outbox';

/**
 * Pledges made on a phone without a connection, kept in the browser's storage (so they survive closing the app)
 * until they are sent. `flush` sends the waiting ones with their own Idempotency-Key, never a new one, so a pledge
 * whose first attempt did reach the server is answered with what it recorded then and is never doubled.
 * A send that gets no answer (or "still being processed", or a gateway error), or that fails before it is made (e.g.
 * while signing in again), leaves the entry waiting for the next flush; any other refusal (a 4xx problem) marks it
 * failed with the problem, to show, and it is not sent again.
 * Sent and failed entries stay, to show, until dismissed.
 */
export class Outbox {
  private cached: readonly OutboxEntry[] | undefined;
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly store: Store | undefined,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every entry, oldest first (a stable array until the next change: usable with useSyncExternalStore). */
  readonly entries = (): readonly OutboxEntry[] => {
    this.cached ??= this.read();
    return this.cached;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Queues a submission; queuing the same key again changes nothing (a double tap, a second attempt). */
  add(entry: NewOutboxEntry): void {
    if (this.entries().some((existing) => existing.key === entry.key)) return;
    this.write([...this.entries(), { ...entry, queuedAt: this.now().toISOString(), status: 'waiting' }]);
  }

  /** Forgets a sent or failed entry once its owner has seen it; a waiting one stays. */
  dismiss(key: string): void {
    this.write(this.entries().filter((entry) => entry.key !== key || entry.status === 'waiting'));
  }

  /**
   * Sends `owner`'s waiting entries one by one, oldest first, and stops at the first that gets no answer (the
   * connection is gone again). While a flush runs, another call joins it rather than sending twice.
   */
  flush(owner: string, send: OutboxSend): Promise<void> {
    this.flushing ??= this.sendWaiting(owner, send).finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** Reads the storage again (another tab of the app changed it). */
  reload(): void {
    this.cached = undefined;
    this.notify();
  }

  private async sendWaiting(owner: string, send: OutboxSend): Promise<void> {
    for (const entry of this.entries().filter((candidate) => candidate.owner === owner && candidate.status === 'waiting')) {
      try {
        await send(entry);
        this.update(entry.key, { status: 'sent', sentAt: this.now().toISOString() });
      } catch (error) {
        if (!(error instanceof ApiError) || isRetriable(error)) return;
        const { kind, status, title, detail, type, fieldErrors } = error;
        this.update(entry.key, { status: 'failed', problem: { kind, status, title, detail, type, fieldErrors } });
      }
    }
  }

  private update(key: string, change: Partial<OutboxEntry>): void {
    this.write(this.entries().map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));
  }

  private read(): OutboxEntry[] {
    try {
      const stored: unknown = JSON.parse(this.store?.getItem(OUTBOX_STORAGE_KEY) ?? '[]');
      return Array.isArray(stored) ? (stored as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  }

  private write(entries: OutboxEntry[]): void {
    this.cached = entries;
    try {
      this.store?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(entries));
    } catch {
      // storage full or unavailable (private mode): the queue then lasts while this page is open
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
