import { createContext, useContext, type ReactNode } from 'react';
import type { Me, QueryState, Role } from '../api';

/** `reload()` starts over (loading); `refresh()` reads /api/me again in the background, keeping the person shown. */
export type CurrentUserState = QueryState<Me> & { reload: () => void; refresh: () => void };

const CurrentUserContext = createContext<CurrentUserState | null>(null);

/**
 * Shares the signed-in person (GET /api/me, loaded once by the app shell) with every page: their roles (which
 * pages they see) and currency (what they give in).
 */
export function CurrentUserProvider({ value, children }: { value: CurrentUserState; children: ReactNode }) {
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): CurrentUserState {
  const value = useContext(CurrentUserContext);
  if (!value) throw new Error('useCurrentUser() must be used inside <CurrentUserProvider>');
  return value;
}

/** The person once loaded, else undefined. */
export function useMeIfLoaded(): Me | undefined {
  const state = useCurrentUser();
  return state.status === 'success' ? state.data : undefined;
}

export function hasAnyRole(me: Pick<Me, 'roles'> | undefined, roles: readonly Role[] | undefined): boolean {
  if (!roles || roles.length === 0) return true;
  return !!me && me.roles.some((role) => roles.includes(role));
}

/** The currency a person gives in: their country's (absent for people outside the company directory). */
export function currencyOf(me: Me | undefined): string | undefined {
  return me?.currency ?? me?.country?.currency;
}
