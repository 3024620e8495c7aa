import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { AuthBootError, startAuth, type AuthSession } from './keycloak';

/** Signing in, as the app sees it: who, once known, and how to sign out (at any time). */
export interface Auth {
  /** The signed-in person's subject; undefined while signing in is still under way. */
  subject: string | undefined;
  logout: () => Promise<void>;
}

const logoutWhenSignedIn = async () => (await startAuth()).logout();

const AuthContext = createContext<Auth | null>(null);

type BootState = { status: 'signing-in' } | { status: 'ready'; session: AuthSession } | { status: 'error'; error: AuthBootError };

export interface AuthProviderProps {
  /** Shown when the config or Keycloak cannot be reached. */
  renderError: (error: AuthBootError) => ReactNode;
  children: ReactNode;
}

/**
 * Renders `children` at once, while the person is signed in: the page and its layout paint before Keycloak has
 * answered, and every API call waits for the token (lib/api). Replaced by `renderError` when signing in fails.
 */
export function AuthProvider({ renderError, children }: AuthProviderProps) {
  const [state, setState] = useState<BootState>({ status: 'signing-in' });

  useEffect(() => {
    let active = true;
    startAuth().then(
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

  if (state.status === 'error') return renderError(state.error);
  const value: Auth = state.status === 'ready' ? { subject: state.session.subject, logout: state.session.logout } : signingIn;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

const signingIn: Auth = { subject: undefined, logout: logoutWhenSignedIn };

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth() must be used inside <AuthProvider>');
  return auth;
}
