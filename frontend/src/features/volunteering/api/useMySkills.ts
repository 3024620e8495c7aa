import { api, unwrap, useApiQuery, type Ref } from '@/lib/api';

/** GET /api/volunteering/my-skills: my skills profile. */
export function getMySkills(signal?: AbortSignal): Promise<Ref[]> {
  return unwrap(api.GET('/api/volunteering/my-skills', { signal }));
}

export function useMySkills() {
  return useApiQuery(getMySkills);
}
