import { useCallback, useEffect } from 'react';
import { api, unwrap, useApiQuery, type Board, type BoardLevel } from '@/lib/api';

/** How often the competition's board is read again (it has no stream of its own). */
export const COMPETITION_BOARD_POLL_MS = 5_000;
export const COMPETITION_BOARD_LIMIT = 20;

/** GET /api/competitions/{id}/board: the competition's board over its days so far. */
export function getCompetitionBoard(id: number, level: BoardLevel, signal?: AbortSignal): Promise<Board> {
  return unwrap(api.GET('/api/competitions/{id}/board', { params: { path: { id }, query: { level, limit: COMPETITION_BOARD_LIMIT } }, signal }));
}

/** The board, read again in the background every 5 s while `poll` (and the page is visible). */
export function useCompetitionBoard(id: number, level: BoardLevel, poll: boolean) {
  const fetcher = useCallback((signal: AbortSignal) => getCompetitionBoard(id, level, signal), [id, level]);
  const query = useApiQuery(fetcher);
  const { refresh } = query;
  useEffect(() => {
    if (!poll) return undefined;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, COMPETITION_BOARD_POLL_MS);
    return () => clearInterval(timer);
  }, [poll, refresh]);
  return query;
}
