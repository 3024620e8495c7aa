import { api, unwrap, useApiMutation, type Me, type MyPreferences } from '@/lib/api';

/** PUT /api/me/preferences (updateMyPreferences): whether I appear by name on leaderboards; answers the updated me. */
export function updateMyPreferences(preferences: MyPreferences): Promise<Me> {
  return unwrap(api.PUT('/api/me/preferences', { body: preferences }));
}

export function useUpdateMyPreferences() {
  return useApiMutation(updateMyPreferences);
}
