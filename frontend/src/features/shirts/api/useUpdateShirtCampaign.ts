import { api, unwrap, useApiMutation } from '@/lib/api';
import type { ShirtCampaign, ShirtCampaignRequest } from './types';

/** PUT /api/shirt-campaigns/{id} (admins): 409 when a limit would drop below what is ordered. */
export function updateShirtCampaign({ id, body }: { id: number; body: ShirtCampaignRequest }): Promise<ShirtCampaign> {
  return unwrap(api.PUT('/api/shirt-campaigns/{id}', { params: { path: { id } }, body }));
}

export function useUpdateShirtCampaign() {
  return useApiMutation(updateShirtCampaign);
}
