import { api, unwrap, useApiMutation, type MatchRule, type MatchRuleRequest } from '@/lib/api';

/** POST /api/match-rules: an admin sets a new matching rule. */
export function createMatchRule(body: MatchRuleRequest): Promise<MatchRule> {
  return unwrap(api.POST('/api/match-rules', { body }));
}

export function useCreateMatchRule() {
  return useApiMutation(createMatchRule);
}
