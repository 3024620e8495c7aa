import { describe, expect, it } from 'vitest';
import type { Board, BoardRow, Me } from '@/lib/api';
import { canHavePlace, choiceFromParams, compatibleChoice, DEFAULT_CHOICE, myIdFor, ownRowId, paramsFromChoice } from './boardChoice';
import { rowsToShow } from '@/components/BoardList';

const row = (rank: number, id: string, extra: Partial<BoardRow> = {}): BoardRow => ({
  rank,
  id,
  name: `Dept ${id}`,
  value: 1000 - rank,
  total: 1000 - rank,
  headcount: 10,
  mine: false,
  ...extra,
});

const board = (rows: BoardRow[]): Board => ({
  level: 'DEPARTMENT',
  metric: 'MONEY_PLEDGED',
  ranking: 'TOTAL',
  from: '2026-11-01',
  to: '2026-11-22',
  valueUnit: 'MINOR',
  currency: 'DKK',
  computedAt: '2026-11-22T12:00:00Z',
  entries: 2003,
  rows,
});

describe('the board choice in the address', () => {
  it('defaults to this month’s pledges by department and ignores unknown values', () => {
    expect(choiceFromParams(new URLSearchParams())).toEqual(DEFAULT_CHOICE);
    expect(choiceFromParams(new URLSearchParams('level=COUNTRY&metric=nope&period=CUSTOM&ranking=PER_EMPLOYEE'))).toEqual({
      ...DEFAULT_CHOICE,
      level: 'COUNTRY',
      ranking: 'PER_EMPLOYEE',
    });
  });

  it('writes only what differs from the default', () => {
    expect(paramsFromChoice(DEFAULT_CHOICE).toString()).toBe('');
    expect(paramsFromChoice({ ...DEFAULT_CHOICE, metric: 'PARTICIPATION', period: 'ALL' }).toString()).toBe('metric=PARTICIPATION&period=ALL');
  });

  it('finds my id on each level', () => {
    const me = {
      department: { id: 2, name: 'Anæstesi' },
      location: { id: 1, name: 'Aarhus' },
      country: { code: 'DK', name: 'Danmark', currency: 'DKK' },
    } as Me;
    expect(myIdFor('DEPARTMENT', me)).toBe('2');
    expect(myIdFor('LOCATION', me)).toBe('1');
    expect(myIdFor('COUNTRY', me)).toBe('DK');
    expect(myIdFor('DEPARTMENT', { roles: ['ngo'] } as unknown as Me)).toBeUndefined();
    // /api/me has no employee id: on the people board my row is the one a read flags `mine`
    expect(myIdFor('PERSON', me)).toBeUndefined();
    expect(ownRowId('PERSON', me, '31')).toBe('31');
    expect(ownRowId('PERSON', me, undefined)).toBeUndefined();
    expect(ownRowId('DEPARTMENT', me, '31')).toBe('2');
  });

  it('gives me a place on the people board only once I chose to be shown', () => {
    const me = { department: { id: 2, name: 'Anæstesi' }, shownOnBoards: false } as Me;
    expect(canHavePlace('PERSON', me)).toBe(false);
    expect(canHavePlace('PERSON', { ...me, shownOnBoards: true })).toBe(true);
    expect(canHavePlace('DEPARTMENT', me)).toBe(true);
    expect(canHavePlace('PERSON', undefined)).toBe(false);
    expect(canHavePlace('COUNTRY', { roles: ['ngo'] } as unknown as Me)).toBe(false);
  });

  it('reads people boards from the address only with money, in total', () => {
    expect(choiceFromParams(new URLSearchParams('level=PERSON&metric=MONEY_COLLECTED'))).toEqual({
      ...DEFAULT_CHOICE,
      level: 'PERSON',
      metric: 'MONEY_COLLECTED',
    });
    expect(choiceFromParams(new URLSearchParams('level=PERSON&metric=PARTICIPATION&ranking=PER_EMPLOYEE&period=YEAR'))).toEqual({
      level: 'PERSON',
      metric: 'MONEY_PLEDGED',
      ranking: 'TOTAL',
      period: 'YEAR',
    });
    expect(choiceFromParams(new URLSearchParams('metric=SHIRTS_PRINTED'))).toEqual({ ...DEFAULT_CHOICE, metric: 'SHIRTS_PRINTED' });
    expect(choiceFromParams(new URLSearchParams('metric=VOLUNTEER_HOURS&ranking=PER_EMPLOYEE'))).toEqual({
      ...DEFAULT_CHOICE,
      metric: 'VOLUNTEER_HOURS',
      ranking: 'PER_EMPLOYEE',
    });
    expect(choiceFromParams(new URLSearchParams('level=PERSON&metric=VOLUNTEER_HOURS'))).toEqual({ ...DEFAULT_CHOICE, level: 'PERSON' });
  });
});

describe('compatibleChoice', () => {
  const people = { ...DEFAULT_CHOICE, level: 'PERSON' as const, metric: 'MONEY_COLLECTED' as const };

  it('moves to departments when a non-money metric is chosen on the people board', () => {
    expect(compatibleChoice({ ...people, metric: 'SHIRTS_PRINTED' }, people)).toEqual({ ...people, level: 'DEPARTMENT', metric: 'SHIRTS_PRINTED' });
    expect(compatibleChoice({ ...people, metric: 'PARTICIPATION' }, people).level).toBe('DEPARTMENT');
    expect(compatibleChoice({ ...people, metric: 'VOLUNTEER_HOURS' }, people)).toEqual({ ...people, level: 'DEPARTMENT', metric: 'VOLUNTEER_HOURS' });
  });

  it('moves to money pledged when people are chosen on a non-money metric', () => {
    const shirts = { ...DEFAULT_CHOICE, level: 'LOCATION' as const, metric: 'SHIRTS_PRINTED' as const, ranking: 'PER_EMPLOYEE' as const };
    expect(compatibleChoice({ ...shirts, level: 'PERSON' }, shirts)).toEqual({ ...shirts, level: 'PERSON', metric: 'MONEY_PLEDGED', ranking: 'TOTAL' });
    const hours = { ...shirts, metric: 'VOLUNTEER_HOURS' as const };
    expect(compatibleChoice({ ...hours, level: 'PERSON' }, hours)).toEqual({ ...hours, level: 'PERSON', metric: 'MONEY_PLEDGED', ranking: 'TOTAL' });
  });

  it('keeps a money metric on the people board, ranking in total', () => {
    const perEmployee = { ...DEFAULT_CHOICE, metric: 'MONEY_COLLECTED' as const, ranking: 'PER_EMPLOYEE' as const };
    expect(compatibleChoice({ ...perEmployee, level: 'PERSON' }, perEmployee)).toEqual(people);
    expect(compatibleChoice({ ...people, period: 'ALL' }, people)).toEqual({ ...people, period: 'ALL' });
  });

  it('leaves every other board alone', () => {
    const shirts = { ...DEFAULT_CHOICE, metric: 'SHIRTS_PRINTED' as const, ranking: 'PER_EMPLOYEE' as const };
    expect(compatibleChoice(shirts, DEFAULT_CHOICE)).toBe(shirts);
    expect(compatibleChoice({ ...people, level: 'COUNTRY' }, people)).toEqual({ ...people, level: 'COUNTRY' });
  });
});

describe('rowsToShow', () => {
  it('marks my place by id, since the live stream does not', () => {
    const rows = rowsToShow(board([row(1, '7'), row(2, '2')]), '2', undefined);
    expect(rows.map((r) => [r.id, r.own, r.detached])).toEqual([
      ['7', false, false],
      ['2', true, false],
    ]);
  });

  it('appends my place below the top, apart from it', () => {
    const rows = rowsToShow(board([row(1, '7'), row(2, '8')]), '2', row(245, '2', { mine: true }));
    expect(rows.map((r) => [r.id, r.rank, r.own, r.detached])).toEqual([
      ['7', 1, false, false],
      ['8', 2, false, false],
      ['2', 245, true, true],
    ]);
  });

  it('does not append my place when its id is already in the top, even before it is recognised as mine', () => {
    const rows = rowsToShow(board([row(1, '31'), row(2, '17')]), undefined, row(2, '17', { mine: true }));
    expect(rows.map((r) => r.id)).toEqual(['31', '17']);
  });

  it('does not append my place when it is already in the top', () => {
    const rows = rowsToShow(board([row(1, '2'), row(2, '8')]), '2', row(3, '2', { mine: true }));
    expect(rows).toHaveLength(2);
  });
});
