import type Keycloak from 'keycloak-js';
import type { OpenIdProviderMetadata } from 'keycloak-js';
import type { ClientConfig } from '../api/types';

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

/** Keycloak's answer to the silent sign-in; `answers` settles once Keycloak is known to answer at all (or not). */
export interface KeycloakAnswer {
  keycloak: Keycloak;
  authenticated: boolean;
  answers: Promise<void>;
}

const CONFIG_TIMEOUT_MS = 15_000;
const KEYCLOAK_TIMEOUT_MS = 15_000;

/** GET /api/config (preloaded by index.html): public, sent without a token, tells where to sign in. */
async function loadClientConfig(): Promise<ClientConfig> {
  const response = await fetch('/api/config', { signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`GET /api/config answered ${response.status}`);
  return (await response.json()) as ClientConfig;
}

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

async function ask(): Promise<KeycloakAnswer> {
  // keycloak-js (preloaded by index.html) is fetched while the config is
  const keycloakLoad = import('keycloak-js');
  keycloakLoad.catch(() => undefined); // a failure is reported below, once the config is in
  let config: ClientConfig;
  try {
    config = await loadClientConfig();
  } catch (error) {
    throw new AuthBootError('config', error);
  }
  const answers = keycloakAnswers(config);
  answers.catch(() => undefined); // reported by whoever waits for it

  try {
    const { default: KeycloakClient } = await keycloakLoad;
    const keycloak = new KeycloakClient({ clientId: config.clientId, oidcProvider: keycloakEndpoints(config) });
    // keycloak-js keeps no token across page loads. 'check-sso' with a silent page asks Keycloak from a hidden frame
    // whether the person is still signed in there (its session cookie): a returning person gets tokens without the
    // whole app going to Keycloak and loading again. Where a browser withholds Keycloak's cookie from frames, the
    // frame answers "not signed in", and the app then finds the session by a redirect (keycloak.ts).
    const init = keycloak.init({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      pkceMethod: 'S256',
      checkLoginIframe: false,
    });
    // whichever comes first: the frame's answer, or Keycloak not answering at all
    const authenticated = await Promise.race([init, answers.then(() => init)]);
    return { keycloak, authenticated, answers };
  } catch (error) {
    throw new AuthBootError('keycloak', error);
  }
}

let asked: Promise<KeycloakAnswer> | undefined;

/**
 * Asks Keycloak, once per page load, whether the person is signed in (safe to call again). The entry script (main.tsx)
 * starts it before the rest of the app has even arrived; this module is in that small first script, so it stays apart
 * from React and the app's other code.
 */
export function askKeycloak(): Promise<KeycloakAnswer> {
  asked ??= ask();
  return asked;
}
