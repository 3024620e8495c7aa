import { useSyncExternalStore } from 'react';
import { Outbox, OUTBOX_STORAGE_KEY, type OutboxEntry } from './outbox';

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked: the queue lasts while the page is open
  }
}

/** This phone's queue of pledges made offline (one per browser, shared by its tabs through localStorage). */
export const outbox = new Outbox(browserStorage());

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === OUTBOX_STORAGE_KEY) outbox.reload();
  });
}

/** The queue's entries, re-rendering when they change (here or in another tab). */
export function useOutboxEntries(): readonly OutboxEntry[] {
  return useSyncExternalStore(outbox.subscribe, outbox.entries);
}
