import { publicApi, unwrap, type ClientConfig } from '../api';

const CONFIG_TIMEOUT_MS = 15_000;

/** GET /api/config: public, sent without a token, tells where to sign in. */
export function loadClientConfig(): Promise<ClientConfig> {
  return unwrap(publicApi.GET('/api/config', { signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS) }));
}
