import { ApiError, setTokenProvider, type ClientConfig } from '../api';
import { i18n, i18nReady } from '../i18n';
import { loadClientConfig } from './config';
import type { OpenIdProviderMetadata } from 'keycloak-js';

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
 * Keycloak's OpenID configuration (its endpoints), within a time limit. It is also how the app learns that Keycloak
 * answers at all before anyone is sent there to sign in, who would otherwise land on the browser's own error page.
 */
async function loadOidcProvider(config: ClientConfig): Promise<OpenIdProviderMetadata> {
  const response = await fetch(`${realmUrl(config)}/.well-known/openid-configuration`, {
    cache: 'no-store',
    credentials: 'omit',
    signal: AbortSignal.timeout(KEYCLOAK_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Keycloak answered ${response.status} for its OpenID configuration`);
  return (await response.json()) as OpenIdProviderMetadata;
}

async function boot(): Promise<AuthSession> {
  // keycloak-js is fetched while the config and then Keycloak's endpoints are: it is needed only once they are in, and
  // stays out of the app's first download (scripts/check-bundle-size.mjs)
  const configLoad = loadClientConfig();
  const [config, keycloakModule, provider] = await Promise.allSettled([configLoad, import('keycloak-js'), configLoad.then(loadOidcProvider)]);
  if (config.status === 'rejected') throw new AuthBootError('config', config.reason);
  if (keycloakModule.status === 'rejected') throw new AuthBootError('keycloak', keycloakModule.reason);
  if (provider.status === 'rejected') throw new AuthBootError('keycloak', provider.reason);

  const Keycloak = keycloakModule.value.default;
  const keycloak = new Keycloak({ clientId: config.value.clientId, oidcProvider: provider.value });
  try {
    // keycloak-js keeps no token across page loads. 'check-sso' with a silent page asks Keycloak from a hidden frame
    // whether the person is still signed in there (its session cookie): a returning person gets tokens without the
    // whole app going to Keycloak and loading again. Given the endpoints (standard OpenID Connect) rather than the
    // realm, keycloak-js skips its probe of third-party cookies (two more frames, one after the other): where a browser
    // withholds Keycloak's cookie from frames, the frame answers "not signed in", and login() below then finds the
    // session by a redirect, as before.
    const authenticated = await keycloak.init({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      pkceMethod: 'S256',
      checkLoginIframe: false,
    });
    if (!authenticated) {
      // Signing in is started here so that Keycloak's login page opens in the app's language (Keycloak names
      // Norwegian Bokmål "no").
      await i18nReady;
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

/** Signs in once per page load (safe to call again, e.g. under React StrictMode, or early from main.tsx). */
export function startAuth(): Promise<AuthSession> {
  started ??= boot();
  return started;
}
