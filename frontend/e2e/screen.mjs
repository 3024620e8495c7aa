#!/usr/bin/env node
// End-to-end check of a canteen screen: open a screen link at 1920 × 1080 WITHOUT logging in, and see the board
// live. The page must never send us to the Keycloak login. axe checks the screen (lib.mjs, Journey).
//
//   BASE_URL       app address (default http://localhost:8080)
//   SCREEN_PATH    the screen's path, e.g. /screen/3f9c…                          (required)
//   SCREENSHOTS_DIR where the numbered screenshots go (default e2e/screenshots/screen)
//   CHROMIUM_PATH  browser binary (default /usr/bin/chromium)
//
// The kiosk page shows data-testid="screen-title", rows with data-testid="board-row", and data-testid="board-live"
// with data-state="live" while the public stream is connected.
//
// Exits 0 and prints "e2e screen: ok" on success. On failure prints the reason, saves a screenshot to
// e2e/failure-screen.png and exits 1. The browser may only talk to BASE_URL and to services on this machine.
import { fileURLToPath } from 'node:url';
import { env, firstVisible, Journey, openPhone, reportFailure, step, assertNoCspViolations } from './lib.mjs';

const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure-screen.png', import.meta.url));

const BASE_URL = env('BASE_URL', 'http://localhost:8080');
const SCREEN_PATH = env('SCREEN_PATH');
const CHROMIUM_PATH = env('CHROMIUM_PATH', '/usr/bin/chromium');

function fail(reason) {
  console.error(`e2e screen: FAILED: ${reason}`);
  process.exit(1);
}

if (!SCREEN_PATH || !SCREEN_PATH.startsWith('/')) fail('set SCREEN_PATH to a screen link path, e.g. /screen/3f9c…');

const { browser, page, pageErrors, blocked, baseOrigin } = await openPhone({ baseUrl: BASE_URL, chromiumPath: CHROMIUM_PATH, fail });
// A canteen screen, not a phone.
await page.setViewportSize({ width: 1920, height: 1080 });
const journey = new Journey('screen', page);
const url = new URL(SCREEN_PATH, BASE_URL).toString();
const LIVE = '[data-testid=board-live]';

// Any visit to another origin (Keycloak) or to a login page is a failure.
const loginVisits = [];
page.on('framenavigated', (frame) => {
  if (frame !== page.mainFrame()) return;
  const at = frame.url();
  if (at.startsWith('about:')) return;
  const parsed = new URL(at);
  if (parsed.origin !== baseOrigin || /\/protocol\/openid-connect\/|\/realms\//.test(parsed.pathname)) loginVisits.push(at);
});

function assertNoLogin() {
  if (loginVisits.length > 0) throw new Error(`the screen sent us to a login page: ${loginVisits[0]}`);
}

let exitCode = 0;
try {
  await step(`open ${url}`, () => page.goto(url, { waitUntil: 'domcontentloaded' }));

  const first = await step('see the screen title (or a message)', () =>
    firstVisible({
      title: page.locator('[data-testid=screen-title]'),
      gone: page.locator('[data-testid=screen-gone]'),
      'login form (#username)': page.locator('#username'),
    }),
  );
  assertNoLogin();
  if (first === 'login form (#username)') throw new Error(`the screen showed a login form at ${page.url()}`);
  if (first === 'gone') throw new Error(`the screen says the link is revoked or unknown: "${(await page.locator('[data-testid=screen-gone]').innerText()).replace(/\s+/g, ' ')}"`);
  const title = (await page.locator('[data-testid=screen-title]').innerText()).trim();
  if (title === '') throw new Error('the screen title is empty');

  await step('see at least one row of the board', () => page.locator('[data-testid=board-row]').first().waitFor({ state: 'visible' }));

  await step('see the board say it is live', async () => {
    try {
      await page.locator(`${LIVE}[data-state=live]`).waitFor({ state: 'visible' });
    } catch {
      const state = await page.locator(LIVE).getAttribute('data-state').catch(() => null);
      const text = (await page.locator(LIVE).innerText().catch(() => '')).trim();
      throw new Error(`${LIVE} never said live (data-state=${state}, "${text}")`);
    }
  });

  // Stay a moment: a page that signs in later (a late redirect) must fail too.
  await page.waitForTimeout(1500);
  assertNoLogin();
  if (new URL(page.url()).pathname !== new URL(url).pathname) throw new Error(`the screen moved to ${page.url()}`);

  const rows = await page.locator('[data-testid=board-row]').count();
  const liveText = (await page.locator(LIVE).innerText()).trim();
  await journey.screen('canteen-screen');
  journey.assertAccessible();
  assertNoCspViolations(pageErrors);
  console.log(`e2e screen: ok ("${title}", ${rows} rows, "${liveText}", no login, at ${SCREEN_PATH}; ${journey.summary()})`);
} catch (error) {
  exitCode = 1;
  await reportFailure({ name: 'screen', error, page, pageErrors, blocked, screenshot: FAILURE_SCREENSHOT });
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
