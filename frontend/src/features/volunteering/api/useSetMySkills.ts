import { api, unwrap, useApiMutation, type Ref } from '@/lib/api';

/** PUT /api/volunteering/my-skills: replaces my skills profile. */
export function setMySkills(skillIds: number[]): Promise<Ref[]> {
  return unwrap(api.PUT('/api/volunteering/my-skills', { body: { skillIds } }));
}

export function useSetMySkills() {
  return useApiMutation(setMySkills);
}
