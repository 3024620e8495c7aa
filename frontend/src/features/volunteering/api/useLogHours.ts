import { api, unwrap, useApiMutation, type HourLog, type HourRequest } from '@/lib/api';

/** POST /api/volunteering/hours: hours for an opportunity or a partner NGO, submitted for approval. */
export function logHours(body: HourRequest): Promise<HourLog> {
  return unwrap(api.POST('/api/volunteering/hours', { body }));
}

export function useLogHours() {
  return useApiMutation(logHours);
}
