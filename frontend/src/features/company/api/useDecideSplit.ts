import { api, unwrap, useApiMutation, type CorporateDonation } from '@/lib/api';

export interface Decision {
  year: number;
  splitId: number;
  approve: boolean;
  comment?: string;
}

/** POST .../splits/{splitId}/approve or /return: an admin decides on a proposed split. */
export function decideSplit({ year, splitId, approve, comment }: Decision): Promise<CorporateDonation> {
  const params = { path: { year, splitId } };
  const body = { comment };
  return unwrap(
    approve
      ? api.POST('/api/corporate-donations/{year}/splits/{splitId}/approve', { params, body })
      : api.POST('/api/corporate-donations/{year}/splits/{splitId}/return', { params, body }),
  );
}

export function useDecideSplit() {
  return useApiMutation(decideSplit);
}
