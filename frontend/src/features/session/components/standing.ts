import type { CompetitionStanding } from '@/lib/api';

/** What a competition line on the home screen says beside my department's place. */
export type StandingNote = 'level' | 'leading' | 'won' | 'leader' | 'winner';

/**
 * Nothing counted yet: everyone is level; first place (also shared): my department leads or won; otherwise the
 * leader (the winner once the competition ended) by name and value.
 */
export function standingNote({ competition, mine, leader }: CompetitionStanding): StandingNote {
  const ended = competition.status === 'ENDED';
  if (leader.value === 0) return 'level';
  if (mine.rank === 1) return ended ? 'won' : 'leading';
  return ended ? 'winner' : 'leader';
}
