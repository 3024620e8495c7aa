// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api';
import { i18n, i18nReady, loadLanguage } from '@/lib/i18n';
import { hasAnyRole } from '@/lib/session';
import { appRoutes } from '../routes';
import { AppNav } from './AppNav';

declare global {
  // tells React that act() is in use
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const ADMIN: Role[] = ['employee', 'admin'];
const adminItems = appRoutes.filter((route) => route.nav !== false && !route.public && hasAnyRole({ roles: ADMIN }, route.roles));

let root: Root | undefined;
let container: HTMLElement;

beforeAll(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  await i18nReady;
  await loadLanguage('da'); // only the browser's language is loaded as the app starts
  await i18n.changeLanguage('da'); // jsdom's browser asks for English
});

afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

/** Renders the navigation of an admin at `path`, with a button outside it to move the focus to. */
function renderNav(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <AppNav items={adminItems} roles={ADMIN} />
            <button type="button">outside</button>
          </>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    ),
  );
  const nav = container.querySelector('nav')!;
  const more = nav.querySelector<HTMLButtonElement>('button[aria-controls]')!;
  const sheet = document.getElementById(more.getAttribute('aria-controls')!)!;
  return { router, nav, more, sheet, outside: container.querySelector<HTMLButtonElement>('nav ~ button')! };
}

const isOpen = (sheet: HTMLElement) => sheet.classList.contains('nav__sheet--open');
const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('AppNav on a phone', () => {
  it('shows four pages and a closed "More" in the bar, the other six in its sheet', () => {
    const { nav, more, sheet } = renderNav('/');
    const barItems = [...nav.querySelectorAll(':scope > ul > li')];
    expect(barItems).toHaveLength(5);
    expect(barItems.slice(0, 4).map((li) => li.textContent)).toEqual(['Hjem', 'Admin', 'Totaler', 'T-shirts']);
    expect(more.textContent).toBe('Mere');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(isOpen(sheet)).toBe(false);
    expect([...sheet.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Giv',
      'Sponsorater',
      'Tavler',
      'Konkurrencer',
      'Frivillig',
      'Mine bidrag',
    ]);
  });

  it('opens with the focus on its first page, and Escape closes it with the focus back on "More"', () => {
    const { more, sheet } = renderNav('/');
    act(() => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(isOpen(sheet)).toBe(true);
    expect(document.activeElement).toBe(sheet.querySelector('a'));

    press(document.activeElement!, 'Escape');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(isOpen(sheet)).toBe(false);
    expect(document.activeElement).toBe(more);
  });

  it('closes when a page is chosen, and goes there', async () => {
    const { router, more, sheet } = renderNav('/');
    act(() => more.click());
    const boards = [...sheet.querySelectorAll('a')].find((a) => a.textContent === 'Tavler')!;
    await act(async () => boards.click());
    expect(router.state.location.pathname).toBe('/boards');
    expect(isOpen(sheet)).toBe(false);
    expect(boards.getAttribute('aria-current')).toBe('page');
  });

  it('closes when the focus or a tap goes elsewhere', () => {
    const { more, sheet, outside } = renderNav('/');
    act(() => more.click());
    act(() => outside.focus());
    expect(isOpen(sheet)).toBe(false);

    act(() => more.click());
    expect(isOpen(sheet)).toBe(true);
    act(() => {
      outside.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    });
    expect(isOpen(sheet)).toBe(false);
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks the current page in the sheet, and "More" as holding it', () => {
    const { more, sheet } = renderNav('/volunteering/hours');
    const current = sheet.querySelectorAll('[aria-current="page"]');
    expect([...current].map((a) => a.textContent)).toEqual(['Frivillig']);
    expect(more.classList.contains('active')).toBe(true);
  });

  it('marks a page in the bar as current, and then not "More"', () => {
    const { nav, more } = renderNav('/reports');
    expect([...nav.querySelectorAll('[aria-current="page"]')].map((a) => a.textContent)).toEqual(['Totaler']);
    expect(more.classList.contains('active')).toBe(false);
  });
});
