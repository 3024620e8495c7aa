import { describe, expect, it } from 'vitest';
import type { Board, BoardRow, Me } from '@/lib/api';
import { choiceFromParams, DEFAULT_CHOICE, myIdFor, paramsFromChoice } from './boardChoice';
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

  it('does not append my place when it is already in the top', () => {
    const rows = rowsToShow(board([row(1, '2'), row(2, '8')]), '2', row(3, '2', { mine: true }));
    expect(rows).toHaveLength(2);
  });
});
