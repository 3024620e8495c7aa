import { api, unwrap, useApiMutation, type MatchRule } from '@/lib/api';

/** POST /api/match-rules/{id}/end: the rule matches nothing more. */
export function endMatchRule(id: number): Promise<MatchRule> {
  return unwrap(api.POST('/api/match-rules/{id}/end', { params: { path: { id } } }));
}

export function useEndMatchRule() {
  return useApiMutation(endMatchRule);
}
