import { useEffect } from 'react';
import { donate } from '@/features/giving/api/useDonate';
import { pledge } from '@/features/sponsorship/api/usePledge';
import type { DonationRequest, PledgeRequest } from '@/lib/api';
import { outbox, type OutboxEntry } from '@/lib/offline';

/** Sends a queued pledge through its feature's own request, with the entry's Idempotency-Key. */
function send(entry: OutboxEntry): Promise<unknown> {
  switch (entry.kind) {
    case 'donation':
      return donate(entry.key, entry.input as DonationRequest);
    case 'sponsorship-pledge':
      return pledge(entry.key, entry.input as { code: string; body: PledgeRequest });
  }
}

const RETRY_MS = 30_000;

/**
 * Sends the signed-in person's queued pledges: on sign-in, as soon as the connection returns, and every 30 s while
 * online (a connection the browser believed it had may have failed the last attempt).
 */
export function useSendQueuedPledges(owner: string | undefined): void {
  useEffect(() => {
    if (owner === undefined) return undefined; // still signing in
    const flush = () => {
      if (navigator.onLine) void outbox.flush(owner, send);
    };
    flush();
    window.addEventListener('online', flush);
    const timer = window.setInterval(flush, RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      window.clearInterval(timer);
    };
  }, [owner]);
}
