import { api, unwrap, useApiMutation } from '@/lib/api';
import type { ShirtCampaign, ShirtCampaignRequest } from './types';

/** POST /api/shirt-campaigns (admins): 201 with the campaign. */
export function createShirtCampaign(body: ShirtCampaignRequest): Promise<ShirtCampaign> {
  return unwrap(api.POST('/api/shirt-campaigns', { body }));
}

export function useCreateShirtCampaign() {
  return useApiMutation(createShirtCampaign);
}
