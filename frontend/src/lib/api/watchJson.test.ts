import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { defaultBackoff, watchJson, type StreamStatus } from './watchJson';

const encoder = new TextEncoder();

/** A streaming response whose body yields `chunks` (bytes, so a character may be cut in two) and then ends. */
function streamResponse(chunks: (string | Uint8Array)[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

function problem(status: number, title: string) {
  return new Response(JSON.stringify({ title, status }), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

describe('watchJson', () => {
  it('sends a fresh token on every connect, parses JSON events across reads, and reconnects when the stream ends', async () => {
    const controller = new AbortController();
    const bytes = encoder.encode('data: {"name":"Anæstesi"}\n\n');
    const cut = bytes.indexOf(0xc3) + 1; // in the middle of "æ"
    const answers = [
      () => streamResponse([bytes.slice(0, cut), bytes.slice(cut)]),
      () => problem(503, 'Service Unavailable'),
      () => streamResponse(['data: {"name":"IT"}\n\n', 'data: not json\n\n', 'data: {"name":"HR"}\n\n']),
    ];
    const requests: Request[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(input, init));
      const answer = answers[requests.length - 1];
      if (!answer) {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      }
      return answer();
    });
    let n = 0;
    const received: unknown[] = [];
    const statuses: [StreamStatus, number | undefined][] = [];
    const waits: number[] = [];

    await watchJson<{ name: string }>({
      url: 'http://kollekt.test/api/boards/stream?level=DEPARTMENT',
      signal: controller.signal,
      fetch: fetch as unknown as typeof globalThis.fetch,
      getToken: async () => `token-${++n}`,
      onMessage: (value) => received.push(value),
      onStatus: (status, error) => statuses.push([status, error?.status]),
      backoff: (attempt) => {
        waits.push(attempt);
        return 0;
      },
    });

    expect(received).toEqual([{ name: 'Anæstesi' }, { name: 'IT' }, { name: 'HR' }]);
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer token-1', 'Bearer token-2', 'Bearer token-3', 'Bearer token-4']);
    expect(requests[0]?.headers.get('Accept')).toBe('text/event-stream');
    expect(statuses).toEqual([
      ['open', undefined],
      ['reconnecting', undefined],
      ['connecting', undefined],
      ['reconnecting', 503],
      ['connecting', undefined],
      ['open', undefined],
      ['reconnecting', undefined],
      ['connecting', undefined],
    ]);
    // the backoff grows while nothing arrives and starts over after an event
    expect(waits).toEqual([0, 1, 0]);
  });

  it('passes on an event only when its data differs from the one before (a heartbeat or an unchanged board is skipped)', async () => {
    const controller = new AbortController();
    const answers = [
      () => streamResponse(['data: {"n":1}\n\n', 'data: {"n":1}\n\n', 'data: {"n":2}\n\n', 'data: {"n":2}\n\n']),
      () => streamResponse(['data: {"n":2}\n\n', 'data: {"n":1}\n\n']),
    ];
    let calls = 0;
    const fetch = vi.fn(async () => {
      const answer = answers[calls++];
      if (!answer) {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      }
      return answer();
    });
    const received: unknown[] = [];
    await watchJson<{ n: number }>({
      url: 'http://kollekt.test/api/boards/stream',
      signal: controller.signal,
      fetch: fetch as unknown as typeof globalThis.fetch,
      onMessage: (value) => received.push(value),
      backoff: () => 0,
    });
    expect(received).toEqual([{ n: 1 }, { n: 2 }, { n: 1 }]);
  });

  it('retries a 401 with a new token but gives up on a 403', async () => {
    const answers = [problem(401, 'Unauthorized'), problem(403, 'Forbidden')];
    const fetch = vi.fn(async () => answers.shift() ?? problem(500, 'unexpected'));
    const error = await watchJson({
      url: '/api/boards/stream',
      signal: new AbortController().signal,
      fetch: fetch as unknown as typeof globalThis.fetch,
      getToken: async () => 't',
      onMessage: () => {},
      backoff: () => 0,
    }).catch((e: unknown) => e);

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    expect((error as ApiError).title).toBe('Forbidden');
  });

  it('stops at once when aborted while waiting to reconnect', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const statuses: string[] = [];
    const done = watchJson({
      url: '/api/boards/stream',
      signal: controller.signal,
      fetch: fetch as unknown as typeof globalThis.fetch,
      onMessage: () => {},
      onStatus: (status, error) => statuses.push(`${status}${error ? `:${error.kind}` : ''}`),
      backoff: () => 60_000,
    });
    await vi.waitFor(() => expect(statuses).toEqual(['reconnecting:network']));
    controller.abort();
    await expect(done).resolves.toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('defaultBackoff', () => {
  it('doubles from 1 s up to 30 s, with up to a quarter of jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((a) => defaultBackoff(a, () => 0))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(defaultBackoff(0, () => 1)).toBe(750);
  });
});
