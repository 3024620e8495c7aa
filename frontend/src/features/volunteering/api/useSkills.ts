import { api, unwrap, useApiQuery, type Ref } from '@/lib/api';

/** GET /api/volunteering/skills: the shared skill list. */
export function getSkills(signal?: AbortSignal): Promise<Ref[]> {
  return unwrap(api.GET('/api/volunteering/skills', { signal }));
}

export function useSkills() {
  return useApiQuery(getSkills);
}
