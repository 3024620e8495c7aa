// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErasureRequest } from '@/lib/api';
import { i18n, i18nReady, loadLanguage } from '@/lib/i18n';
import { AdminErasurePage } from './AdminErasurePage';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const listed: { data: ErasureRequest[] } = { data: [] };
const complete = vi.fn(async (id: number) => ({ id }));

vi.mock('../api/useErasureRequests', () => ({
  useErasureRequests: () => ({ status: 'success', data: listed.data, refresh: vi.fn(), reload: vi.fn() }),
}));
vi.mock('../api/useCompleteErasureRequest', () => ({
  useCompleteErasureRequest: () => ({ status: 'idle', run: complete, reset: vi.fn() }),
}));
vi.mock('../api/useRefuseErasureRequest', () => ({
  useRefuseErasureRequest: () => ({ status: 'idle', run: vi.fn(), reset: vi.fn() }),
}));

const open: ErasureRequest = {
  id: 7,
  employeeId: 42,
  name: 'Erin Sletning',
  employeeNumber: 'DP-ERIN',
  department: { id: 3, name: 'Databeskyttelse' },
  status: 'OPEN',
  requestedAt: '2026-11-20T09:00:00Z',
  pledgesToSettle: 0,
  pledgesAwaitingResult: 0,
};

let root: Root | undefined;
let container: HTMLElement;

beforeAll(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has <dialog> without showModal/close
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
  await i18nReady;
  await loadLanguage('da'); // only the browser's language is loaded as the app starts
  await i18n.changeLanguage('da');
});

afterEach(() => {
  act(() => root?.unmount());
  container.remove();
  complete.mockClear();
});

function render(requests: ErasureRequest[]) {
  listed.data = requests;
  const router = createMemoryRouter([{ path: '*', element: <AdminErasurePage /> }], {
    initialEntries: ['/admin/erasure-requests'],
  });
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    ),
  );
  return (id: number) => container.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
}

const button = (item: HTMLElement, text: string) =>
  [...item.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement | undefined;

describe('AdminErasurePage', () => {
  it('says what is left to settle and does not let the admin complete the request until it is', () => {
    const item = render([{ ...open, pledgesToSettle: 2, pledgesAwaitingResult: 1 }])(7);
    expect(item.textContent).toContain('Erin Sletning');
    expect(item.textContent).toContain('DP-ERIN · Databeskyttelse');
    expect(item.textContent).toContain('2 tilsagn skal betales eller annulleres, før sletningen kan gennemføres.');
    expect(item.textContent).toContain('1 sponsortilsagn pr. enhed venter på et resultat og skal annulleres først.');
    expect(button(item, 'Gennemfør sletning')?.disabled).toBe(true);
    expect(item.querySelector('summary')?.textContent).toBe('Afvis anmodningen');
  });

  it('completes a request only after the admin confirms it in the dialog', async () => {
    const item = render([open])(7);
    act(() => button(item, 'Gennemfør sletning')!.click());
    const dialog = [...item.querySelectorAll('dialog')].find((d) => d.open)!;
    expect(dialog.textContent).toContain('Slet personoplysningerne om Erin Sletning?');
    expect(complete).not.toHaveBeenCalled();
    await act(async () => button(dialog, 'Gennemfør sletning')!.click());
    expect(complete).toHaveBeenCalledWith(7);
  });

  it('shows a decided request with its status and without actions', () => {
    const item = render([{ ...open, status: 'COMPLETED', name: '[erased]', decidedAt: '2026-11-21T10:00:00Z',
      pledgesToSettle: undefined, pledgesAwaitingResult: undefined }])(7);
    expect(item.querySelector('.chip')?.textContent).toBe('Slettet');
    expect(item.querySelectorAll('button')).toHaveLength(0);
  });
});
