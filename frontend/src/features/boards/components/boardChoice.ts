import { isMoneyMetric } from '@/components/boardValue';
import type { BoardLevel, BoardMetric, BoardRanking, Me } from '@/lib/api';
import type { BoardChoice } from '../api/boardQuery';

export const LEVELS: readonly BoardLevel[] = ['DEPARTMENT', 'LOCATION', 'COUNTRY', 'PERSON'];
export const METRICS: readonly BoardMetric[] = ['MONEY_PLEDGED', 'MONEY_COLLECTED', 'PARTICIPATION', 'SHIRTS_PRINTED', 'VOLUNTEER_HOURS'];
export const RANKINGS: readonly BoardRanking[] = ['TOTAL', 'PER_EMPLOYEE'];
export const PERIODS: readonly BoardChoice['period'][] = ['MONTH', 'YEAR', 'ALL'];

/** What /boards shows without parameters (the API's defaults too): this month's pledges by department. */
export const DEFAULT_CHOICE: BoardChoice = { level: 'DEPARTMENT', metric: 'MONEY_PLEDGED', ranking: 'TOTAL', period: 'MONTH' };

function pick<V extends string>(value: string | null, allowed: readonly V[], fallback: V): V {
  return allowed.find((v) => v === value) ?? fallback;
}

/**
 * A choice the API accepts. People are ranked only by money, and only in total (each is one person, so "per
 * employee" would be the same): a non-money metric chosen on the people board (`previous` was already PERSON)
 * moves the level to DEPARTMENT; otherwise (PERSON just chosen, or read from the address) the metric moves to
 * MONEY_PLEDGED.
 */
export function compatibleChoice(next: BoardChoice, previous?: BoardChoice): BoardChoice {
  if (next.level !== 'PERSON') return next;
  if (!isMoneyMetric(next.metric)) {
    if (previous?.level === 'PERSON') return { ...next, level: 'DEPARTMENT' };
    return { ...next, metric: 'MONEY_PLEDGED', ranking: 'TOTAL' };
  }
  return next.ranking === 'TOTAL' ? next : { ...next, ranking: 'TOTAL' };
}

/** The choice kept in the address (?level=LOCATION&…), so it survives a reload and can be shared; unknown values fall back. */
export function choiceFromParams(params: URLSearchParams): BoardChoice {
  return compatibleChoice({
    level: pick(params.get('level'), LEVELS, DEFAULT_CHOICE.level),
    metric: pick(params.get('metric'), METRICS, DEFAULT_CHOICE.metric),
    ranking: pick(params.get('ranking'), RANKINGS, DEFAULT_CHOICE.ranking),
    period: pick(params.get('period'), PERIODS, DEFAULT_CHOICE.period),
  });
}

/** Only what differs from the default goes into the address. */
export function paramsFromChoice(choice: BoardChoice): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['level', 'metric', 'ranking', 'period'] as const) {
    if (choice[name] !== DEFAULT_CHOICE[name]) params.set(name, choice[name]);
  }
  return params;
}

/**
 * The id my own department, location or country has on a board of `level` (rows' ids are strings). Undefined on
 * the people board: /api/me does not carry my employee id, so there only the `mine` flag of a read finds me.
 */
export function myIdFor(level: BoardLevel, me: Me | undefined): string | undefined {
  if (!me) return undefined;
  switch (level) {
    case 'DEPARTMENT':
      return me.department ? String(me.department.id) : undefined;
    case 'LOCATION':
      return me.location ? String(me.location.id) : undefined;
    case 'COUNTRY':
      return me.country?.code;
    case 'PERSON':
      return undefined;
  }
}

/**
 * Whether I can have a place on a board of `level` at all: in the directory for departments, locations and
 * countries; on the people board only once I chose to be shown by name.
 */
export function canHavePlace(level: BoardLevel, me: Me | undefined): boolean {
  if (level === 'PERSON') return me?.shownOnBoards === true;
  return myIdFor(level, me) !== undefined;
}

/**
 * The id of my own row on a board of `level`: from /api/me, or on the people board `personId`, learnt from the
 * row a read flagged `mine` (my employee id, the same on every people board).
 */
export function ownRowId(level: BoardLevel, me: Me | undefined, personId: string | undefined): string | undefined {
  return level === 'PERSON' ? personId : myIdFor(level, me);
}
