import { describe, expect, it } from 'vitest';
import type { BoardRow, Competition, CompetitionStanding } from '@/lib/api';
import { standingNote } from './standing';

const row = (id: string, rank: number, value: number): BoardRow => ({ id, rank, name: `Dept ${id}`, value, total: value, headcount: 10, mine: false });

const standing = (status: Competition['status'], mine: BoardRow, leader: BoardRow): CompetitionStanding => ({
  competition: { id: 1, name: 'Julekamp', status } as Competition,
  valueUnit: 'MINOR',
  currency: 'DKK',
  entries: 5,
  mine: { ...mine, mine: true },
  leader,
});

describe('standingNote', () => {
  it('names the leader while it runs, the winner once it ended, when that is not my department', () => {
    expect(standingNote(standing('RUNNING', row('2', 3, 500), row('7', 1, 900)))).toBe('leader');
    expect(standingNote(standing('ENDED', row('2', 3, 500), row('7', 1, 900)))).toBe('winner');
  });

  it('celebrates my department in first place, also when it shares it', () => {
    const mine = row('2', 1, 900);
    expect(standingNote(standing('RUNNING', mine, mine))).toBe('leading');
    expect(standingNote(standing('ENDED', mine, mine))).toBe('won');
    expect(standingNote(standing('RUNNING', mine, row('7', 1, 900)))).toBe('leading');
  });

  it('says everyone is level while nothing has counted', () => {
    expect(standingNote(standing('RUNNING', row('2', 1, 0), row('7', 1, 0)))).toBe('level');
    expect(standingNote(standing('ENDED', row('2', 1, 0), row('2', 1, 0)))).toBe('level');
  });
});
