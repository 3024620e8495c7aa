import { describe, expect, it, vi } from 'vitest';
import { noToken } from './index';
import { watchJson } from './watchJson';

function streamResponse(text: string): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('anonymous streams (noToken)', () => {
  it('sends no Authorization header', async () => {
    const controller = new AbortController();
    const requests: Request[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(input, init));
      if (requests.length > 1) {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      }
      return streamResponse('data: {"title":"Kantinen"}\n\n');
    });
    const received: unknown[] = [];
    await watchJson({
      url: 'http://kollekt.test/api/screens/abc/stream',
      signal: controller.signal,
      fetch: fetch as unknown as typeof globalThis.fetch,
      getToken: noToken,
      onMessage: (value) => received.push(value),
      backoff: () => 0,
    });
    expect(received).toEqual([{ title: 'Kantinen' }]);
    expect(requests[0]?.headers.get('Authorization')).toBeNull();
    expect(requests[0]?.headers.get('Accept')).toBe('text/event-stream');
  });

  it('gives up on an unknown or revoked link (404) instead of retrying', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ title: 'Not Found', status: 404 }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    await expect(
      watchJson({
        url: 'http://kollekt.test/api/screens/abc/stream',
        signal: new AbortController().signal,
        fetch: fetch as unknown as typeof globalThis.fetch,
        getToken: noToken,
        onMessage: () => undefined,
        backoff: () => 0,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
