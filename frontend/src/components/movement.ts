import type { TFunction } from 'i18next';

export type MovementDirection = 'up' | 'down' | 'same' | 'unknown';

export interface MovementText {
  direction: MovementDirection;
  /** What is shown: "▲2", "▼1" or "–" (read out as `label` instead). */
  symbol: string;
  /** The same for screen readers, e.g. "Up 2 places since yesterday". */
  label: string;
}

/**
 * How a place on a leaderboard moved since yesterday (places gained; negative: lost; absent: no board
 * yesterday to compare with, e.g. on the first day of a month).
 */
export function movementText(movement: number | undefined | null, t: TFunction): MovementText {
  if (movement === undefined || movement === null) {
    return { direction: 'unknown', symbol: '–', label: t('movement.unknown') };
  }
  if (movement > 0) return { direction: 'up', symbol: `▲${movement}`, label: t('movement.up', { count: movement }) };
  if (movement < 0) return { direction: 'down', symbol: `▼${-movement}`, label: t('movement.down', { count: -movement }) };
  return { direction: 'same', symbol: '–', label: t('movement.same') };
}
