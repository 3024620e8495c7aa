import { api, unwrap, useApiQuery } from '@/lib/api';
import type { ShirtCampaign } from './types';

/** GET /api/shirt-campaigns: every campaign, latest deadline first. */
export function getShirtCampaigns(signal?: AbortSignal): Promise<ShirtCampaign[]> {
  return unwrap(api.GET('/api/shirt-campaigns', { signal }));
}

export function useShirtCampaigns() {
  return useApiQuery(getShirtCampaigns);
}
