import { useMemo } from 'react';
import { apiUrl, getAccessToken, useEventStream, type Board } from '@/lib/api';
import { BOARD_LIMIT, type BoardChoice } from './boardQuery';

/** GET /api/boards/stream (watchBoard): the board now, then again whenever a place changes. */
export function boardStreamUrl({ level, metric, ranking, period }: BoardChoice): string {
  return apiUrl('/api/boards/stream', { level, metric, ranking, period, limit: BOARD_LIMIT });
}

/**
 * The chosen board, live. Note: the stream is the same for everyone, so its rows never say `mine` and do not
 * include the caller's own place below the top; see {@link useMyPlace} for that.
 */
export function useBoardStream({ level, metric, ranking, period }: BoardChoice) {
  const url = useMemo(() => boardStreamUrl({ level, metric, ranking, period }), [level, metric, ranking, period]);
  return useEventStream<Board>(url, getAccessToken);
}
