import { createApiClient, type TokenProvider } from './client';

export { ApiError, isApiError, parseProblem } from './errors';
export type { ApiErrorKind } from './errors';
export { unwrap, createApiClient } from './client';
export type { ApiClient, TokenProvider } from './client';
export { useApiQuery } from './useApiQuery';
export type { QueryState } from './useApiQuery';
export { useApiMutation } from './useApiMutation';
export type { MutationState } from './useApiMutation';
export { useIdempotentSubmit, IdempotentSubmitter, sendWithKey, isRetriable } from './idempotency';
export type { IdempotentSend, IdempotencyOptions, SubmitState } from './idempotency';
export type * from './types';

let tokenProvider: TokenProvider | undefined;

/** Called once by the auth layer after sign-in, so every call of {@link api} carries a fresh token. */
export function setTokenProvider(provider: TokenProvider | undefined): void {
  tokenProvider = provider;
}

/** The API client for signed-in calls: sends `Authorization: Bearer <token>`. */
export const api = createApiClient({ getToken: () => (tokenProvider ? tokenProvider() : Promise.resolve(undefined)) });

/** The API client for public calls made before sign-in (e.g. GET /api/config): never sends a token. */
export const publicApi = createApiClient();
