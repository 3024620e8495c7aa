import type { BoardLevel, BoardMetric, BoardPeriod, BoardRanking } from '@/lib/api';

/** The board the person chose: the switches of the boards page. */
export interface BoardChoice {
  level: BoardLevel;
  metric: BoardMetric;
  ranking: BoardRanking;
  period: Exclude<BoardPeriod, 'CUSTOM'>;
}

/** How many places the page shows (the contract's default). Every watcher of a board uses the same number. */
export const BOARD_LIMIT = 20;
