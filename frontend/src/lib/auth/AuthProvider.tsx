import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { AuthBootError, startAuth, type AuthSession } from './keycloak';

const AuthContext = createContext<AuthSession | null>(null);

type BootState = { status: 'loading' } | { status: 'ready'; session: AuthSession } | { status: 'error'; error: AuthBootError };

export interface AuthProviderProps {
  /** Shown while the config is fetched and Keycloak signs the person in. */
  loading: ReactNode;
  /** Shown when the config or Keycloak cannot be reached. */
  renderError: (error: AuthBootError) => ReactNode;
  children: ReactNode;
}

/** Renders `children` only once the person is signed in. */
export function AuthProvider({ loading, renderError, children }: AuthProviderProps) {
  const [state, setState] = useState<BootState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    startAuth().then(
      // a transition: React renders the whole app in short slices, so the phone keeps answering taps meanwhile
      (session) => active && startTransition(() => setState({ status: 'ready', session })),
      (error: unknown) =>
        active &&
        setState({
          status: 'error',
          error: error instanceof AuthBootError ? error : new AuthBootError('keycloak', error),
        }),
    );
    return () => {
      active = false;
    };
  }, []);

  if (state.status === 'loading') return loading;
  if (state.status === 'error') return renderError(state.error);
  return <AuthContext.Provider value={state.session}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuth() must be used inside <AuthProvider>');
  return session;
}
