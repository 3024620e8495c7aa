import { ApiError, setTokenProvider, type ClientConfig } from '../api';
import { i18n } from '../i18n';
import { loadClientConfig } from './config';

/** Which step of signing in failed. */
export type AuthStage = 'config' | 'keycloak';

export class AuthBootError extends Error {
  readonly stage: AuthStage;
  constructor(stage: AuthStage, cause: unknown) {
    super(`${stage}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'AuthBootError';
    this.stage = stage;
  }
}

export interface AuthSession {
  /** Who is signed in: the token's subject (stable for a person, not personal data in itself). */
  subject: string;
  /** A valid access token, refreshed first when it expires within 30 s. */
  getToken: () => Promise<string | undefined>;
  logout: () => Promise<void>;
}

const KEYCLOAK_TIMEOUT_MS = 15_000;
const MIN_TOKEN_VALIDITY_S = 30;

function realmUrl(config: ClientConfig): string {
  return `${config.keycloakUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(config.realm)}`;
}

/**
 * keycloak-js with onLoad 'login-required' sends the browser to Keycloak straight away; if Keycloak
 * is down the person would land on the browser's own error page. So first check that Keycloak
 * answers at all (an opaque no-cors request: it fails only when nothing answers).
 */
async function assertReachable(config: ClientConfig): Promise<void> {
  await fetch(`${realmUrl(config)}/.well-known/openid-configuration`, {
    mode: 'no-cors',
    cache: 'no-store',
    credentials: 'omit',
    signal: AbortSignal.timeout(KEYCLOAK_TIMEOUT_MS),
  });
}

async function boot(): Promise<AuthSession> {
  // keycloak-js is fetched while the config is: it is needed only once the config is in, and stays out of the
  // app's first download (scripts/check-bundle-size.mjs)
  const [config, keycloakModule] = await Promise.allSettled([loadClientConfig(), import('keycloak-js')]);
  if (config.status === 'rejected') throw new AuthBootError('config', config.reason);
  if (keycloakModule.status === 'rejected') throw new AuthBootError('keycloak', keycloakModule.reason);

  const Keycloak = keycloakModule.value.default;
  const keycloak = new Keycloak({ url: config.value.keycloakUrl, realm: config.value.realm, clientId: config.value.clientId });
  try {
    await assertReachable(config.value);
    // No onLoad: init only completes a returning redirect. Signing in is started here so that
    // Keycloak's login page opens in the app's language.
    const authenticated = await keycloak.init({ pkceMethod: 'S256', checkLoginIframe: false });
    if (!authenticated) {
      // Keycloak names Norwegian Bokmål "no"
      await keycloak.login({ locale: i18n.language === 'nb' ? 'no' : i18n.language });
    }
  } catch (error) {
    throw new AuthBootError('keycloak', error);
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

/** Signs in once per page load (safe to call twice, e.g. under React StrictMode). */
export function startAuth(): Promise<AuthSession> {
  started ??= boot();
  return started;
}
