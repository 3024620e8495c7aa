import { api, unwrap, useApiQuery, type GrantPolicy } from '@/lib/api';

/** GET /api/volunteering/grant-policies (admins): the grant per approved hour, per country. */
export function getGrantPolicies(signal?: AbortSignal): Promise<GrantPolicy[]> {
  return unwrap(api.GET('/api/volunteering/grant-policies', { signal }));
}

export function useGrantPolicies() {
  return useApiQuery(getGrantPolicies);
}
