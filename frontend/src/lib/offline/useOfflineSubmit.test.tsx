// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { outbox } from './phoneOutbox';
import { useOfflineSubmit, type OfflineSubmitState } from './useOfflineSubmit';

vi.mock('../auth', () => ({ useAuth: () => ({ subject: 'subject-emma' }) }));

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

type Gift = { amountMinor: number };
const summary = { amountMinor: 10000, currency: 'DKK', to: 'Kirurgisk uddannelse' };

let root: Root;
let hook: { submit: (input: Gift, s: typeof summary) => Promise<unknown>; state: OfflineSubmitState<string> };

function Form({ send }: { send: (key: string, input: Gift) => Promise<string> }) {
  const { submit, ...state } = useOfflineSubmit('donation', send);
  hook = { submit, state: state as OfflineSubmitState<string> };
  return null;
}

function render(send: (key: string, input: Gift) => Promise<string>) {
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Form send={send} />));
}

/** Submits, letting the resends' waits (1 s, 2 s, 4 s, 4 s) pass. */
async function submit(input: Gift) {
  await act(async () => {
    const done = hook.submit(input, summary);
    await vi.advanceTimersByTimeAsync(20_000);
    await done;
  });
}

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
});

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  outbox.reload();
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useOfflineSubmit: a pledge made without a connection', () => {
  it('is queued at once when the phone is offline, and nothing is sent', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const send = vi.fn<(key: string, input: Gift) => Promise<string>>();
    render(send);

    await submit({ amountMinor: 10000 });

    expect(send).not.toHaveBeenCalled();
    expect(hook.state.status).toBe('queued');
    expect(outbox.entries()).toHaveLength(1);
    expect(outbox.entries()[0]).toMatchObject({ kind: 'donation', owner: 'subject-emma', status: 'waiting', input: { amountMinor: 10000 }, summary });
  });

  it('is queued under the very key its attempts carried when none got an answer', async () => {
    const send = vi.fn(async (_key: string, _input: Gift): Promise<string> => {
      throw ApiError.network(new TypeError('Failed to fetch'));
    });
    render(send);

    await submit({ amountMinor: 10000 });

    const keys = new Set(send.mock.calls.map(([key]) => key));
    expect(send.mock.calls.length).toBeGreaterThan(1);
    expect(keys.size).toBe(1);
    expect(hook.state.status).toBe('queued');
    expect(outbox.entries().map((entry) => entry.key)).toEqual([...keys]);
  });

  it('is not queued when the server answered: a refusal is shown on the form', async () => {
    render(async () => {
      throw new ApiError({ kind: 'problem', status: 422, title: 'Project post closed' });
    });

    await submit({ amountMinor: 10000 });

    expect(hook.state.status).toBe('error');
    expect(outbox.entries()).toEqual([]);
  });

  it('is simply sent when there is a connection', async () => {
    render(async (key) => `created with ${key}`);

    await submit({ amountMinor: 10000 });

    expect(hook.state).toMatchObject({ status: 'success' });
    expect(outbox.entries()).toEqual([]);
  });
});
