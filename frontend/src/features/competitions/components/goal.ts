import { isMoneyMetric } from '@/components/boardValue';
import type { BoardMetric, BoardRanking } from '@/lib/api';
import { MAX_AMOUNT_MINOR, parseMoneyInput, type Parsed } from '@/lib/money';

/** What a competition's goal is measured in: money (minor units), a count of people, or a share (basis points). */
export type GoalUnit = 'MONEY' | 'COUNT' | 'PERCENT';

/** Money metrics are money; participation and shirts printed count (people, shirts), or per employee a share. */
export function goalUnit(metric: BoardMetric, ranking: BoardRanking): GoalUnit {
  if (isMoneyMetric(metric)) return 'MONEY';
  return ranking === 'PER_EMPLOYEE' ? 'PERCENT' : 'COUNT';
}

/** Which label the goal field has (competitions.form.goal.*): what is counted matters for counts and shares. */
export function goalLabel(metric: BoardMetric, ranking: BoardRanking): GoalUnit | 'SHIRTS_COUNT' | 'SHIRTS_PERCENT' {
  const unit = goalUnit(metric, ranking);
  if (metric !== 'SHIRTS_PRINTED' || unit === 'MONEY') return unit;
  return unit === 'COUNT' ? 'SHIRTS_COUNT' : 'SHIRTS_PERCENT';
}

/** The largest goal in basis points: 100 % of employees for a share of people; shirts per employee have no such limit. */
function largestShare(metric: BoardMetric | undefined): number {
  return metric === 'SHIRTS_PRINTED' ? MAX_AMOUNT_MINOR : 10_000;
}

/**
 * The typed goal → the contract's number: money "1000,50" → 100050 (minor units), a count "25" → 25, a share
 * "12,5" (%) → 1250 (basis points, at most 100 % unless `metric` is shirts printed). Empty means no goal (undefined).
 */
export function parseGoal(text: string, unit: GoalUnit, metric?: BoardMetric): Parsed<number | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  switch (unit) {
    case 'MONEY':
      return parseMoneyInput(text);
    case 'COUNT':
      return parseMoneyInput(text, 0);
    case 'PERCENT':
      return parseMoneyInput(text, 2, largestShare(metric));
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
