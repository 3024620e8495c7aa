import { createApiClient, type TokenProvider } from './client';

export { ApiError, isApiError, parseProblem } from './errors';
export type { ApiErrorInit, ApiErrorKind } from './errors';
export { unwrap, createApiClient } from './client';
export type { ApiClient, TokenProvider } from './client';
export { useApiQuery } from './useApiQuery';
export type { QueryState } from './useApiQuery';
export { useApiMutation } from './useApiMutation';
export type { MutationState } from './useApiMutation';
export { useIdempotentSubmit, IdempotentSubmitter, sendWithKey, isRetriable } from './idempotency';
export type { IdempotentSend, IdempotencyOptions, SubmitState } from './idempotency';
export { createSseParser } from './sse';
export type { SseEvent, SseParser } from './sse';
export { watchJson, defaultBackoff } from './watchJson';
export type { StreamStatus, WatchJsonOptions } from './watchJson';
export { useEventStream } from './useEventStream';
export type { EventStreamState } from './useEventStream';
export { apiUrl } from './url';
export type { GetQuery } from './url';
export type * from './types';

let tokenProvider: TokenProvider | undefined;

/** Called once by the auth layer after sign-in, so every call of {@link api} carries a fresh token. */
export function setTokenProvider(provider: TokenProvider | undefined): void {
  tokenProvider = provider;
}

/**
 * The signed-in person's access token (refreshed first when it is about to expire), or undefined before sign-in.
 * The same provider {@link api} uses; for requests the client cannot make, such as reading an event stream.
 */
export function getAccessToken(): Promise<string | undefined> {
  return tokenProvider ? tokenProvider() : Promise.resolve(undefined);
}

/**
 * The token provider of public endpoints (e.g. a canteen screen's stream): never a token, so no
 * `Authorization` header is sent, whether or not anyone is signed in. Use with useEventStream / watchJson.
 */
export const noToken: TokenProvider = () => Promise.resolve(undefined);

/** The API client for signed-in calls: sends `Authorization: Bearer <token>`. */
export const api = createApiClient({ getToken: getAccessToken });

/** The API client for public calls made before sign-in (e.g. GET /api/config): never sends a token. */
export const publicApi = createApiClient();
