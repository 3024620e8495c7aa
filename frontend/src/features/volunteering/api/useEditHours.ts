import { api, unwrap, useApiMutation, type HourLog, type HourRequest } from '@/lib/api';

/** PUT /api/volunteering/hours/{id}: changes my hours while they await approval. */
export function editHours({ id, body }: { id: number; body: HourRequest }): Promise<HourLog> {
  return unwrap(api.PUT('/api/volunteering/hours/{id}', { params: { path: { id } }, body }));
}

export function useEditHours() {
  return useApiMutation(editHours);
}
