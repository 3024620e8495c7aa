import { api, unwrap, useApiMutation, type Screen } from '@/lib/api';

/** POST /api/screens with a competitionId: a canteen-screen link to this competition's board. */
export function createCompetitionScreen({ competitionId, title }: { competitionId: number; title: string }): Promise<Screen> {
  return unwrap(api.POST('/api/screens', { body: { competitionId, title } }));
}

export function useCreateCompetitionScreen() {
  return useApiMutation(createCompetitionScreen);
}
