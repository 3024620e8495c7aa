import { useMemo } from 'react';
import { noToken, useEventStream, type ScreenBoard } from '@/lib/api';

/** GET /api/screens/{token}/stream (public, no login): the screen's board now, then whenever it changes. */
export function screenStreamUrl(token: string): string {
  return `/api/screens/${encodeURIComponent(token)}/stream`;
}

/** A canteen screen's board, live, read anonymously (no Authorization header: the link is the key). */
export function useScreenStream(token: string) {
  const url = useMemo(() => screenStreamUrl(token), [token]);
  return useEventStream<ScreenBoard>(url, noToken);
}
