import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiError, parseProblem } from './errors';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

/** Returns a bearer token to send, or undefined to send the request without one. */
export type TokenProvider = () => Promise<string | undefined>;

export interface ApiClientOptions {
  /** Where the API lives; '' (same origin as the app) by default. */
  baseUrl?: string;
  getToken?: TokenProvider;
  fetch?: typeof globalThis.fetch;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A client typed from the contract (`paths` generated from ../openapi.yaml).
 * Adds `Authorization: Bearer …` when `getToken` yields a token, and turns fetch
 * failures (no response) into an {@link ApiError} of kind `network`.
 * Use {@link unwrap} on each call to get the data or a thrown {@link ApiError}.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    fetch: options.fetch,
    headers: { Accept: 'application/json, application/problem+json' },
  });

  const middleware: Middleware = {
    async onRequest({ request }) {
      if (!options.getToken) return undefined;
      const token = await options.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    onError({ error }) {
      if (isAbort(error) || error instanceof ApiError) return error as Error;
      return ApiError.network(error);
    },
  };
  client.use(middleware);
  return client;
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Resolves with the response data of a successful call; rejects with an {@link ApiError}
 * (carrying the problem+json title, detail and field errors) when the server answered with an error.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw parseProblem(response.status, response.statusText, response.headers.get('Content-Type'), error);
  }
  return data as T;
}
