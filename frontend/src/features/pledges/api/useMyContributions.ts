import { api, unwrap, useApiQuery, type Contribution } from '@/lib/api';

/** GET /api/contributions/mine: my pledges and gifts, newest first. */
export function getMyContributions(signal?: AbortSignal): Promise<Contribution[]> {
  return unwrap(api.GET('/api/contributions/mine', { signal }));
}

export function useMyContributions() {
  return useApiQuery(getMyContributions);
}
