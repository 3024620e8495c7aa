import { useEffect, useState } from 'react';
import { api, unwrap, type Board, type BoardRow } from '@/lib/api';
import type { BoardChoice } from './boardQuery';

/** How often the caller's own place is read again while it is below the live top (its changes are not streamed). */
const REFRESH_MS = 30_000;

/** GET /api/boards (getBoard) with limit 1: the leader, plus the caller's own place when it is lower. */
export function getBoardTop(choice: BoardChoice, signal?: AbortSignal): Promise<Board> {
  return unwrap(api.GET('/api/boards', { params: { query: { ...choice, limit: 1 } }, signal }));
}

/**
 * The caller's own place on the chosen board, read with GET /api/boards while `enabled` (their place is not
 * among the streamed rows): again whenever `refreshKey` changes (the live board moved) and every 30 s.
 * Undefined while unknown, for people without a place (e.g. not in the company directory) or if it failed.
 */
export function useMyPlace({ level, metric, ranking, period }: BoardChoice, enabled: boolean, refreshKey: unknown): BoardRow | undefined {
  const key = `${level}/${metric}/${ranking}/${period}`;
  const [state, setState] = useState<{ key: string; row?: BoardRow }>();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [enabled, key]);

  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    getBoardTop({ level, metric, ranking, period }, controller.signal).then(
      (board) => {
        if (!controller.signal.aborted) setState({ key, row: board.rows.find((row) => row.mine) });
      },
      () => {
        // the place is extra information: keep what we had
      },
    );
    return () => controller.abort();
  }, [enabled, key, level, metric, ranking, period, refreshKey, tick]);

  return state?.key === key ? state.row : undefined;
}
