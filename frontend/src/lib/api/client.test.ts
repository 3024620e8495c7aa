import { describe, expect, it, vi } from 'vitest';
import { createApiClient, unwrap } from './client';
import { ApiError } from './errors';
import type { Me } from './types';

const BASE = 'http://kollekt.test';

const me: Me = {
  subject: 'abc',
  name: 'Emma Hansen',
  roles: ['employee'],
  leads: [],
  department: { id: 1, name: 'Finance' },
};

function json(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** A fake fetch that records requests and answers with `respond`. */
function fakeFetch(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    return respond(request);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

describe('api client', () => {
  it('sends a fresh bearer token on every call and returns the data', async () => {
    let n = 0;
    const getToken = vi.fn(async () => `token-${++n}`);
    const { fetch, requests } = fakeFetch(() => json(me));
    const client = createApiClient({ baseUrl: BASE, fetch, getToken });

    await expect(unwrap(client.GET('/api/me'))).resolves.toEqual(me);
    await unwrap(client.GET('/api/me'));

    expect(getToken).toHaveBeenCalledTimes(2);
    expect(requests.map((r) => r.url)).toEqual([`${BASE}/api/me`, `${BASE}/api/me`]);
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('sends no Authorization header without a token provider (public calls)', async () => {
    const { fetch, requests } = fakeFetch(() =>
      json({ keycloakUrl: 'http://localhost:8180', realm: 'kollekt', clientId: 'kollekt-app' }),
    );
    const client = createApiClient({ baseUrl: BASE, fetch });

    const config = await unwrap(client.GET('/api/config'));

    expect(config.realm).toBe('kollekt');
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('rejects with a typed ApiError built from a problem+json answer', async () => {
    const { fetch } = fakeFetch(() =>
      json(
        { title: 'Unauthorized', status: 401, detail: 'No valid bearer token', errors: [{ field: 'token', message: 'expired' }] },
        401,
        'application/problem+json',
      ),
    );
    const client = createApiClient({ baseUrl: BASE, fetch, getToken: async () => 'expired' });

    const error = await unwrap(client.GET('/api/me')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.kind).toBe('problem');
    expect(apiError.status).toBe(401);
    expect(apiError.title).toBe('Unauthorized');
    expect(apiError.detail).toBe('No valid bearer token');
    expect(apiError.errorsFor('token')).toEqual(['expired']);
  });

  it('rejects with an http ApiError when the error is not a problem document', async () => {
    const { fetch } = fakeFetch(
      () => new Response('<h1>Oops</h1>', { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': 'text/html' } }),
    );
    const client = createApiClient({ baseUrl: BASE, fetch });

    const error = (await unwrap(client.GET('/api/me')).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('http');
    expect(error.status).toBe(503);
    expect(error.title).toBe('Service Unavailable');
  });

  it('rejects with a network ApiError when nothing answers', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const client = createApiClient({ baseUrl: BASE, fetch });

    const error = (await unwrap(client.GET('/api/me')).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
    expect(error.detail).toBe('Failed to fetch');
  });

  it('does not call the server when the token cannot be refreshed', async () => {
    const { fetch, requests } = fakeFetch(() => json(me));
    const client = createApiClient({
      baseUrl: BASE,
      fetch,
      getToken: async () => {
        throw new Error('Session expired');
      },
    });

    await expect(unwrap(client.GET('/api/me'))).rejects.toThrow('Session expired');
    expect(requests).toHaveLength(0);
  });
});
