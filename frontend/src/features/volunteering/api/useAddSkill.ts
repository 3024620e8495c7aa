import { api, unwrap, useApiMutation, type Ref } from '@/lib/api';

/** POST /api/volunteering/skills (NGO staff, admins): a new skill on the shared list. */
export function addSkill(name: string): Promise<Ref> {
  return unwrap(api.POST('/api/volunteering/skills', { body: { name } }));
}

export function useAddSkill() {
  return useApiMutation(addSkill);
}
