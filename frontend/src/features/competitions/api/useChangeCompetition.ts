import { api, unwrap, useApiMutation, type Competition, type CompetitionChange } from '@/lib/api';

/** PATCH /api/competitions/{id}: the description or the end (extend, or bring forward to today) while scheduled or running. */
export function changeCompetition({ id, body }: { id: number; body: CompetitionChange }): Promise<Competition> {
  return unwrap(api.PATCH('/api/competitions/{id}', { params: { path: { id } }, body }));
}

export function useChangeCompetition() {
  return useApiMutation(changeCompetition);
}
