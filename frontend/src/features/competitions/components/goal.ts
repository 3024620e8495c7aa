import type { BoardMetric, BoardRanking } from '@/lib/api';
import { parseMoneyInput, type Parsed } from '@/lib/money';

/** What a competition's goal is measured in: money (minor units), a count of people, or a share (basis points). */
export type GoalUnit = 'MONEY' | 'COUNT' | 'PERCENT';

export function goalUnit(metric: BoardMetric, ranking: BoardRanking): GoalUnit {
  if (metric !== 'PARTICIPATION') return 'MONEY';
  return ranking === 'PER_EMPLOYEE' ? 'PERCENT' : 'COUNT';
}

/**
 * The typed goal → the contract's number: money "1000,50" → 100050 (minor units), a count "25" → 25, a share
 * "12,5" (%) → 1250 (basis points, at most 100 %). Empty means no goal (undefined).
 */
export function parseGoal(text: string, unit: GoalUnit): Parsed<number | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  switch (unit) {
    case 'MONEY':
      return parseMoneyInput(text);
    case 'COUNT':
      return parseMoneyInput(text, 0);
    case 'PERCENT':
      return parseMoneyInput(text, 2, 10_000);
  }
}

/** The contract's goal → the text of the goal field (inverse of {@link parseGoal}, with a "." decimal point). */
export function goalToInput(goal: number | undefined, unit: GoalUnit, decimal = ','): string {
  if (goal === undefined) return '';
  if (unit === 'COUNT') return String(goal);
  const whole = Math.trunc(goal / 100);
  const fraction = goal % 100;
  return fraction === 0 ? String(whole) : `${whole}${decimal}${String(fraction).padStart(2, '0')}`;
}
