import { ApiError, setTokenProvider } from '../api';
import { i18n, i18nReady } from '../i18n';
import { AuthBootError, askKeycloak } from './signIn';

export { AuthBootError } from './signIn';
export type { AuthStage } from './signIn';

export interface AuthSession {
  /** Who is signed in: the token's subject (stable for a person, not personal data in itself). */
  subject: string;
  /** A valid access token, refreshed first when it expires within 30 s. */
  getToken: () => Promise<string | undefined>;
  logout: () => Promise<void>;
}

const MIN_TOKEN_VALIDITY_S = 30;

/** Never settles: the page is navigating away (to Keycloak's sign-in form). */
const leaving = new Promise<never>(() => undefined);

async function boot(): Promise<AuthSession> {
  // started by main.tsx already, while this part of the app was still being fetched
  const { keycloak, authenticated, answers } = await askKeycloak();
  if (!authenticated) {
    try {
      await answers;
      // Signing in is started here so that Keycloak's login page opens in the app's language (Keycloak names
      // Norwegian Bokmål "no").
      await i18nReady;
      await keycloak.login({ locale: i18n.language === 'nb' ? 'no' : i18n.language });
    } catch (error) {
      throw new AuthBootError('keycloak', error);
    }
    return await leaving;
  }

  const getToken = async (): Promise<string | undefined> => {
    try {
      await keycloak.updateToken(MIN_TOKEN_VALIDITY_S);
    } catch (error) {
      // No answer from Keycloak (fetch rejects with a TypeError, e.g. offline): keep the page, so that nothing typed
      // is lost and a pledge can wait for the connection; the call fails as a network error.
      if (error instanceof TypeError) throw ApiError.network(error);
      // Keycloak refused the refresh token (gone or expired): sign in again (this navigates away).
      void keycloak.login();
      throw new Error('Session expired');
    }
    return keycloak.token;
  };

  setTokenProvider(getToken);

  return {
    subject: keycloak.subject ?? '',
    getToken,
    logout: () => keycloak.logout({ redirectUri: `${window.location.origin}/` }),
  };
}

let started: Promise<AuthSession> | undefined;

/**
 * Signs in once per page load (safe to call again, e.g. under React StrictMode, or early from main.tsx). Until it is
 * done, every API call waits for it (the pages render meanwhile, and ask for their data at once), then carries the token.
 */
export function startAuth(): Promise<AuthSession> {
  if (!started) {
    const session = boot();
    started = session;
    setTokenProvider(async () => (await session).getToken());
  }
  return started;
}
