import { api, unwrap, useApiMutation, type Competition, type CompetitionRequest } from '@/lib/api';

/** PUT /api/competitions/{id}: change everything, only before it starts (409 after). */
export function updateCompetition({ id, body }: { id: number; body: CompetitionRequest }): Promise<Competition> {
  return unwrap(api.PUT('/api/competitions/{id}', { params: { path: { id } }, body }));
}

export function useUpdateCompetition() {
  return useApiMutation(updateCompetition);
}
