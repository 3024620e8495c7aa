import { api, unwrap, useApiMutation, type Competition, type CompetitionRequest } from '@/lib/api';

/** POST /api/competitions (leads, admins): 201 with the competition. */
export function createCompetition(body: CompetitionRequest): Promise<Competition> {
  return unwrap(api.POST('/api/competitions', { body }));
}

export function useCreateCompetition() {
  return useApiMutation(createCompetition);
}
