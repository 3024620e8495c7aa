import type { BoardLevel, BoardMetric, BoardRanking, Me } from '@/lib/api';
import type { BoardChoice } from '../api/boardQuery';

export const LEVELS: readonly BoardLevel[] = ['DEPARTMENT', 'LOCATION', 'COUNTRY'];
export const METRICS: readonly BoardMetric[] = ['MONEY_PLEDGED', 'MONEY_COLLECTED', 'PARTICIPATION'];
export const RANKINGS: readonly BoardRanking[] = ['TOTAL', 'PER_EMPLOYEE'];
export const PERIODS: readonly BoardChoice['period'][] = ['MONTH', 'YEAR', 'ALL'];

/** What /boards shows without parameters (the API's defaults too): this month's pledges by department. */
export const DEFAULT_CHOICE: BoardChoice = { level: 'DEPARTMENT', metric: 'MONEY_PLEDGED', ranking: 'TOTAL', period: 'MONTH' };

function pick<V extends string>(value: string | null, allowed: readonly V[], fallback: V): V {
  return allowed.find((v) => v === value) ?? fallback;
}

/** The choice kept in the address (?level=LOCATION&…), so it survives a reload and can be shared; unknown values fall back. */
export function choiceFromParams(params: URLSearchParams): BoardChoice {
  return {
    level: pick(params.get('level'), LEVELS, DEFAULT_CHOICE.level),
    metric: pick(params.get('metric'), METRICS, DEFAULT_CHOICE.metric),
    ranking: pick(params.get('ranking'), RANKINGS, DEFAULT_CHOICE.ranking),
    period: pick(params.get('period'), PERIODS, DEFAULT_CHOICE.period),
  };
}

/** Only what differs from the default goes into the address. */
export function paramsFromChoice(choice: BoardChoice): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['level', 'metric', 'ranking', 'period'] as const) {
    if (choice[name] !== DEFAULT_CHOICE[name]) params.set(name, choice[name]);
  }
  return params;
}

/** The id my own department, location or country has on a board of `level` (rows' ids are strings). */
export function myIdFor(level: BoardLevel, me: Me | undefined): string | undefined {
  if (!me) return undefined;
  switch (level) {
    case 'DEPARTMENT':
      return me.department ? String(me.department.id) : undefined;
    case 'LOCATION':
      return me.location ? String(me.location.id) : undefined;
    case 'COUNTRY':
      return me.country?.code;
  }
}
