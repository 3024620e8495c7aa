import { api, unwrap, useApiMutation, type GrantPolicy, type GrantPolicyRequest } from '@/lib/api';

/** PUT /api/volunteering/grant-policies/{countryCode} (admins). */
export function setGrantPolicy({ countryCode, body }: { countryCode: string; body: GrantPolicyRequest }): Promise<GrantPolicy> {
  return unwrap(api.PUT('/api/volunteering/grant-policies/{countryCode}', { params: { path: { countryCode } }, body }));
}

export function useSetGrantPolicy() {
  return useApiMutation(setGrantPolicy);
}
