import { api, unwrap, useApiQuery, type MatchRule } from '@/lib/api';

/** GET /api/match-rules: matching rules, newest first, with the budget used. */
export function getMatchRules(signal?: AbortSignal): Promise<MatchRule[]> {
  return unwrap(api.GET('/api/match-rules', { signal }));
}

export function useMatchRules() {
  return useApiQuery(getMatchRules);
}
