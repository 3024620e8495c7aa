import { isMoneyMetric } from '@/components/boardValue';
import type { BoardMetric, BoardRanking, BoardValueUnit } from '@/lib/api';
import { MAX_AMOUNT_MINOR, parseMoneyInput, type Parsed } from '@/lib/money';

/**
 * What a competition's goal is measured in: money (minor units), a count of people, a share (basis points), or
 * volunteer hours (typed as hours, sent as minutes).
 */
export type GoalUnit = 'MONEY' | 'COUNT' | 'PERCENT' | 'HOURS';

/** How a saved goal is shown: in the unit a board of the same metric and ranking has (minutes shown as hours). */
export const GOAL_VALUE_UNIT: Readonly<Record<GoalUnit, BoardValueUnit>> = {
  MONEY: 'MINOR',
  COUNT: 'COUNT',
  PERCENT: 'BASIS_POINTS',
  HOURS: 'MINUTES',
};

/**
 * Money metrics are money; volunteer hours are hours (in total and per employee); participation and shirts printed
 * count (people, shirts), or per employee a share.
 */
export function goalUnit(metric: BoardMetric, ranking: BoardRanking): GoalUnit {
  if (isMoneyMetric(metric)) return 'MONEY';
  if (metric === 'VOLUNTEER_HOURS') return 'HOURS';
  return ranking === 'PER_EMPLOYEE' ? 'PERCENT' : 'COUNT';
}

/** Which label the goal field has (competitions.form.goal.*): what is counted matters for counts, shares and hours. */
export function goalLabel(
  metric: BoardMetric,
  ranking: BoardRanking,
): GoalUnit | 'SHIRTS_COUNT' | 'SHIRTS_PERCENT' | 'HOURS_PER_EMPLOYEE' {
  const unit = goalUnit(metric, ranking);
  if (unit === 'HOURS') return ranking === 'PER_EMPLOYEE' ? 'HOURS_PER_EMPLOYEE' : 'HOURS';
  if (metric !== 'SHIRTS_PRINTED' || unit === 'MONEY') return unit;
  return unit === 'COUNT' ? 'SHIRTS_COUNT' : 'SHIRTS_PERCENT';
}

/** The largest goal in basis points: 100 % of employees for a share of people; shirts per employee have no such limit. */
function largestShare(metric: BoardMetric | undefined): number {
  return metric === 'SHIRTS_PRINTED' ? MAX_AMOUNT_MINOR : 10_000;
}

/** Hours typed with up to two decimals ("12,5") → whole minutes (750); "0,01" is still one minute. */
function parseHours(text: string): Parsed<number> {
  const hundredths = parseMoneyInput(text, 2);
  return hundredths.ok ? { ok: true, value: Math.max(1, Math.round((hundredths.value * 60) / 100)) } : hundredths;
}

/**
 * The typed goal → the contract's number: money "1000,50" → 100050 (minor units), a count "25" → 25, a share
 * "12,5" (%) → 1250 (basis points, at most 100 % unless `metric` is shirts printed), hours "12,5" → 750 (minutes).
 * Empty means no goal (undefined).
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
    case 'HOURS':
      return parseHours(text);
  }
}

/**
 * The contract's goal → the text of the goal field (inverse of {@link parseGoal}, with a "." decimal point): minutes
 * become hours with at most two decimals and no trailing zero (750 → "12,5", 80 → "1,33").
 */
export function goalToInput(goal: number | undefined, unit: GoalUnit, decimal = ','): string {
  if (goal === undefined) return '';
  if (unit === 'COUNT') return String(goal);
  const hundredths = unit === 'HOURS' ? Math.round((goal * 100) / 60) : goal;
  const whole = Math.trunc(hundredths / 100);
  const fraction = hundredths % 100;
  if (fraction === 0) return String(whole);
  const digits = String(fraction).padStart(2, '0');
  return `${whole}${decimal}${unit === 'HOURS' ? digits.replace(/0$/, '') : digits}`;
}
