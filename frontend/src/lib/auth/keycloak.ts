import { ApiError, setTokenProvider, type ClientConfig } from '../api';
import { i18n, i18nReady } from '../i18n';
import { loadClientConfig } from './config';
import type Keycloak from 'keycloak-js';
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
 * Keycloak's endpoints, from its realm's address: the paths every Keycloak serves (the ones keycloak-js itself builds
 * from a realm). Given them as an OpenID provider, keycloak-js fetches no discovery document and skips its probe of
 * third-party cookies (two more frames, one after the other), so the silent sign-in starts at once.
 */
export function keycloakEndpoints(config: ClientConfig): OpenIdProviderMetadata {
  const protocol = `${realmUrl(config)}/protocol/openid-connect`;
  return {
    authorization_endpoint: `${protocol}/auth`,
    token_endpoint: `${protocol}/token`,
    end_session_endpoint: `${protocol}/logout`,
    userinfo_endpoint: `${protocol}/userinfo`,
    check_session_iframe: `${protocol}/login-status-iframe.html`,
  };
}

/**
 * Whether Keycloak answers (its discovery document, within a time limit), asked beside the silent sign-in rather than
 * before it: the silent frame never answers when Keycloak is down, and nobody is sent to a Keycloak that does not
 * answer, who would otherwise land on the browser's own error page.
 */
async function keycloakAnswers(config: ClientConfig): Promise<void> {
  const response = await fetch(`${realmUrl(config)}/.well-known/openid-configuration`, {
    cache: 'no-store',
    credentials: 'omit',
    signal: AbortSignal.timeout(KEYCLOAK_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Keycloak answered ${response.status} for its OpenID configuration`);
  await response.arrayBuffer(); // read to its end: left unread, the request would stay open until the time limit
}

/** Never settles: the page is navigating away (to Keycloak's sign-in form). */
const leaving = new Promise<never>(() => undefined);

async function boot(): Promise<AuthSession> {
  // keycloak-js is fetched while the config is: it stays out of the app's first download (scripts/check-bundle-size.mjs)
  const keycloakLoad = import('keycloak-js');
  keycloakLoad.catch(() => undefined); // a failure is reported below, once the config is in
  let config: ClientConfig;
  try {
    config = await loadClientConfig();
  } catch (error) {
    throw new AuthBootError('config', error);
  }
  const answers = keycloakAnswers(config);
  answers.catch(() => undefined); // reported below

  let keycloak: Keycloak;
  try {
    const { default: KeycloakClient } = await keycloakLoad;
    keycloak = new KeycloakClient({ clientId: config.clientId, oidcProvider: keycloakEndpoints(config) });
    // keycloak-js keeps no token across page loads. 'check-sso' with a silent page asks Keycloak from a hidden frame
    // whether the person is still signed in there (its session cookie): a returning person gets tokens without the
    // whole app going to Keycloak and loading again. Where a browser withholds Keycloak's cookie from frames, the
    // frame answers "not signed in", and login() below then finds the session by a redirect, as before.
    const init = keycloak.init({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      pkceMethod: 'S256',
      checkLoginIframe: false,
    });
    // whichever comes first: the frame's answer, or Keycloak not answering at all
    const authenticated = await Promise.race([init, answers.then(() => init)]);
    if (!authenticated) {
      await answers;
      // Signing in is started here so that Keycloak's login page opens in the app's language (Keycloak names
      // Norwegian Bokmål "no").
      await i18nReady;
      await keycloak.login({ locale: i18n.language === 'nb' ? 'no' : i18n.language });
      return await leaving;
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
