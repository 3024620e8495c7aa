export { AuthProvider, useAuth } from './AuthProvider';
export type { Auth, AuthProviderProps } from './AuthProvider';
export { AuthBootError, startAuth } from './keycloak';
export type { AuthSession, AuthStage } from './keycloak';
