export { CurrentUserProvider, useCurrentUser, useMeIfLoaded, hasAnyRole, currencyOf } from './CurrentUser';
export type { CurrentUserState } from './CurrentUser';
