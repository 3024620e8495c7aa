import { api, unwrap, useApiMutation, type Screen, type ScreenRequest } from '@/lib/api';

/** POST /api/screens: a read-only canteen-screen link to one board. */
export function createScreen(body: ScreenRequest): Promise<Screen> {
  return unwrap(api.POST('/api/screens', { body }));
}

export function useCreateScreen() {
  return useApiMutation(createScreen);
}
