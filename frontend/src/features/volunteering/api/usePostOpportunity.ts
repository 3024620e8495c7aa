import { api, unwrap, useApiMutation, type Opportunity, type OpportunityRequest } from '@/lib/api';

/** POST /api/volunteering/opportunities (NGO staff, admins). */
export function postOpportunity(body: OpportunityRequest): Promise<Opportunity> {
  return unwrap(api.POST('/api/volunteering/opportunities', { body }));
}

export function usePostOpportunity() {
  return useApiMutation(postOpportunity);
}
