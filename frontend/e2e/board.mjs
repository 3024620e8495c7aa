#!/usr/bin/env node
// End-to-end check of the live leaderboard on a phone: open /boards, log in on Keycloak, see the board and
// its "Live" indicator, then see one place's total change without a reload while someone else pledges
// (the test harness makes that pledge meanwhile). axe checks the login form and the board, before and after the change
// (lib.mjs, Journey).
//
//   BASE_URL       app address (default http://localhost:8080)
//   WATCH_ID       data-id of the board row to watch, e.g. a department id "2"     (required)
//   E2E_USER       Keycloak user (default nora)
//   E2E_PASSWORD   password (default demo)
//   CHANGE_TIMEOUT how long to wait for the total to change, in seconds (default 20)
//   SCREENSHOTS_DIR where the numbered screenshots go (default e2e/screenshots/board)
//   CHROMIUM_PATH  browser binary (default /usr/bin/chromium)
//
// /boards opens on this month's money pledged by department. Each row has data-testid="board-row",
// data-id and data-total (raw minor units); data-testid="board-live" has data-state="live" while the stream
// is connected. A row below the top that the pledge lifts into the top counts as changed when it appears.
//
// Exits 0 and prints "e2e board: ok" on success. On failure prints the reason, saves a screenshot to
// e2e/failure-board.png and exits 1. Like the other scripts, the browser may only talk to BASE_URL and to
// services on this machine.
import { fileURLToPath } from 'node:url';
import { env, Journey, logInThroughKeycloak, openPhone, reportFailure, step, assertNoCspViolations } from './lib.mjs';

const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure-board.png', import.meta.url));

const BASE_URL = env('BASE_URL', 'http://localhost:8080');
const WATCH_ID = env('WATCH_ID');
const USER = env('E2E_USER', 'nora');
const PASSWORD = env('E2E_PASSWORD', 'demo');
const CHANGE_TIMEOUT_S = Number(env('CHANGE_TIMEOUT', '20'));
const CHROMIUM_PATH = env('CHROMIUM_PATH', '/usr/bin/chromium');

function fail(reason) {
  console.error(`e2e board: FAILED: ${reason}`);
  process.exit(1);
}

if (!WATCH_ID) fail('set WATCH_ID to the data-id of the board row to watch (e.g. a department id)');
if (!Number.isFinite(CHANGE_TIMEOUT_S) || CHANGE_TIMEOUT_S <= 0) fail(`CHANGE_TIMEOUT must be a number of seconds (got "${env('CHANGE_TIMEOUT')}")`);

const { browser, page, pageErrors, blocked } = await openPhone({ baseUrl: BASE_URL, chromiumPath: CHROMIUM_PATH, fail });
const journey = new Journey('board', page);
const url = new URL('/boards', BASE_URL).toString();
const LIVE = '[data-testid=board-live]';
const watched = page.locator(`[data-testid=board-row][data-id="${WATCH_ID.replace(/["\\]/g, '\\$&')}"]`);

/** The watched row's total (raw minor units) and rank, or null when it is not on the board. */
async function watchedRow() {
  if ((await watched.count()) === 0) return null;
  const total = await watched.first().getAttribute('data-total');
  if (total === null || !/^-?\d+$/.test(total)) throw new Error(`the row data-id="${WATCH_ID}" has no numeric data-total (got ${total})`);
  return { total: Number(total), rank: await watched.first().getAttribute('data-rank') };
}

let exitCode = 0;
try {
  await step(`open ${url}`, () => page.goto(url, { waitUntil: 'domcontentloaded' }));

  const { loginOrigin } = await logInThroughKeycloak(page, {
    user: USER,
    password: PASSWORD,
    landed: { '[data-testid=board-row]': page.locator('[data-testid=board-row]') },
    landedDescription: 'a row of the board on /boards',
    journey,
  });
  if (new URL(page.url()).pathname !== '/boards') throw new Error(`after login the app is at ${page.url()}, not at /boards`);

  await step('see the board say it is live', async () => {
    try {
      await page.locator(`${LIVE}[data-state=live]`).waitFor({ state: 'visible' });
    } catch {
      const state = await page.locator(LIVE).getAttribute('data-state').catch(() => null);
      const text = (await page.locator(LIVE).innerText().catch(() => '')).trim();
      throw new Error(`${LIVE} never said live (data-state=${state}, "${text}")`);
    }
  });

  await journey.screen('board-live');

  // A mark that a reload would wipe: the change must come over the stream.
  await page.evaluate(() => {
    window.__e2eBoardNotReloaded = true;
  });
  const before = await step(`read the total of the row data-id="${WATCH_ID}"`, watchedRow);
  const rows = await page.locator('[data-testid=board-row]').count();
  console.log(
    before
      ? `e2e board: watching data-id="${WATCH_ID}" (rank ${before.rank}, total ${before.total}) among ${rows} rows; waiting for a pledge …`
      : `e2e board: data-id="${WATCH_ID}" is not among the ${rows} rows yet; waiting for a pledge to bring it in …`,
  );

  await step(`see the total of data-id="${WATCH_ID}" change live`, async () => {
    try {
      await page.waitForFunction(
        ({ id, total }) => {
          const row = [...document.querySelectorAll('[data-testid=board-row]')].find((el) => el.getAttribute('data-id') === id);
          if (!row) return false;
          return total === null || Number(row.getAttribute('data-total')) !== total;
        },
        { id: WATCH_ID, total: before ? before.total : null },
        { timeout: CHANGE_TIMEOUT_S * 1000, polling: 200 },
      );
    } catch {
      const state = await page.locator(LIVE).getAttribute('data-state').catch(() => null);
      const now = await watchedRow().catch(() => null);
      throw new Error(
        `within ${CHANGE_TIMEOUT_S} s the row data-id="${WATCH_ID}" ` +
          (before ? `kept its total ${before.total}` : 'did not appear') +
          ` (now ${now ? `total ${now.total}, rank ${now.rank}` : 'not on the board'}; live indicator: ${state})`,
      );
    }
  });

  if (!(await page.evaluate(() => window.__e2eBoardNotReloaded === true))) {
    throw new Error('the page was reloaded: the board should change without a reload');
  }
  const after = await watchedRow();
  const state = await page.locator(LIVE).getAttribute('data-state');
  await journey.screen('board-moved');
  journey.assertAccessible();
  assertNoCspViolations(pageErrors);
  console.log(
    `e2e board: ok (${USER} saw data-id="${WATCH_ID}" go from ` +
      `${before ? `total ${before.total} at rank ${before.rank}` : 'below the top'} to total ${after?.total} at rank ${after?.rank} ` +
      `without a reload; live indicator ${state}; login at ${loginOrigin}; ${journey.summary()})`,
  );
} catch (error) {
  exitCode = 1;
  await reportFailure({ name: 'board', error, page, pageErrors, blocked, screenshot: FAILURE_SCREENSHOT });
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
