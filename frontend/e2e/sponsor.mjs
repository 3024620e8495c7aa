#!/usr/bin/env node
// The employee's journey, end to end on a phone: open a colleague's shared link /s/CODE, log in on Keycloak, land on
// the sponsorship page, pledge a fixed amount with a message and my name shown, see the thank-you and the page's
// totals go up, then go to the boards through the navigation and see my department's total there include the pledge,
// and last open "My pledges" from the navigation's "More" by keyboard only and find the pledge there, awaiting
// payment; there, still by keyboard, open the question "Cancel this pledge?": its dialog takes the focus, keeps it
// from the page behind, and on Escape closes, gives it back to the button that opened it and cancels nothing.
// axe checks every screen of the app on the way (lib.mjs, Journey).
//
//   BASE_URL        app address (default http://localhost:8080)
//   SHARE_PATH      the activity's share path, e.g. /s/AB12CD          (required)
//   E2E_USER        Keycloak user (default emma)
//   E2E_PASSWORD    password (default demo)
//   AMOUNT          fixed amount in major units, e.g. 100 or 12.50 (default 100)
//   BOARD_BEFORE    my department's total on this month's board before the pledge, in the reporting currency's
//                   minor units; the board must show at least that plus the pledge (optional: unchecked without it)
//   SCREENSHOTS_DIR where the numbered screenshots go (default e2e/screenshots/sponsor)
//   CHROMIUM_PATH   browser binary (default /usr/bin/chromium)
//
// "Sponsors" counts colleagues, not pledges: use an activity E2E_USER has not sponsored yet
// (e.g. a fresh one per run), or the count cannot go up. BOARD_BEFORE assumes the pledge's currency is the reporting
// currency (a Danish employee, DKK).
//
// Exits 0 and prints "e2e sponsor: ok" on success. On failure prints the reason, saves a
// screenshot to e2e/failure-sponsor.png and exits 1. Like login.mjs, the browser may only talk to
// BASE_URL and to services on this machine.
import { fileURLToPath } from 'node:url';
import { env, Journey, logInThroughKeycloak, navigateTo, openPhone, reportFailure, step, STEP_TIMEOUT_MS, tabTo, uiText, assertNoCspViolations } from './lib.mjs';

const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure-sponsor.png', import.meta.url));

const BASE_URL = env('BASE_URL', 'http://localhost:8080');
const SHARE_PATH = env('SHARE_PATH');
const USER = env('E2E_USER', 'emma');
const BOARD_BEFORE = env('BOARD_BEFORE');
const PASSWORD = env('E2E_PASSWORD', 'demo');
const AMOUNT = env('AMOUNT', '100');
const CHROMIUM_PATH = env('CHROMIUM_PATH', '/usr/bin/chromium');
const MESSAGE = 'Heja!';

function fail(reason) {
  console.error(`e2e sponsor: FAILED: ${reason}`);
  process.exit(1);
}

if (!SHARE_PATH || !/^\/s\/[A-Za-z0-9]+$/.test(SHARE_PATH)) fail(`set SHARE_PATH to an activity's share path like /s/AB12CD (got "${SHARE_PATH ?? ''}")`);
const amountMatch = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(AMOUNT);
if (!amountMatch) fail(`AMOUNT must be a positive amount in major units with at most two decimals, e.g. 100 or 12.50 (got "${AMOUNT}")`);
const amountMinor = Number(amountMatch[1]) * 100 + Number((amountMatch[2] ?? '').padEnd(2, '0'));
if (amountMinor <= 0) fail('AMOUNT must be more than 0');
if (BOARD_BEFORE !== undefined && !/^\d+$/.test(BOARD_BEFORE)) fail(`BOARD_BEFORE must be a whole number of minor units (got "${BOARD_BEFORE}")`);

const { browser, page, pageErrors, blocked } = await openPhone({ baseUrl: BASE_URL, chromiumPath: CHROMIUM_PATH, fail });
const url = new URL(SHARE_PATH, BASE_URL).toString();
const journey = new Journey('sponsor', page);

/** The numbers the page shows: sponsors (text) and raised (data-minor, exact minor units). */
async function totals() {
  const sponsorsText = (await page.locator('[data-testid=activity-sponsors]').innerText()).trim();
  const raised = page.locator('[data-testid=activity-raised]');
  const raisedMinor = await raised.getAttribute('data-minor');
  const sponsors = Number.parseInt(sponsorsText.replace(/\D/g, ''), 10);
  if (!Number.isInteger(sponsors)) throw new Error(`[data-testid=activity-sponsors] holds no number: "${sponsorsText}"`);
  if (raisedMinor === null || !/^\d+$/.test(raisedMinor)) throw new Error(`[data-testid=activity-raised] has no numeric data-minor (got ${raisedMinor})`);
  return { sponsors, raisedMinor: Number(raisedMinor), raisedText: (await raised.innerText()).trim(), currency: await raised.getAttribute('data-currency') };
}

let exitCode = 0;
try {
  await step(`open ${url}`, () => page.goto(url, { waitUntil: 'domcontentloaded' }));

  const { loginOrigin } = await logInThroughKeycloak(page, {
    user: USER,
    password: PASSWORD,
    landed: { '[data-testid=activity-sponsors]': page.locator('[data-testid=activity-sponsors]') },
    landedDescription: `the sponsorship page ${SHARE_PATH}`,
    journey,
  });
  if (new URL(page.url()).pathname.toUpperCase() !== SHARE_PATH.toUpperCase()) {
    throw new Error(`after login the app is at ${page.url()}, not at ${SHARE_PATH}`);
  }

  await journey.screen('sponsorship-page');
  const before = await step('read the totals before pledging', totals);

  await step('find the pledge form', async () => {
    const form = page.locator('[data-testid=pledge-form]');
    if ((await form.count()) === 0) {
      const status = (await page.locator('.activity__status-row').first().innerText().catch(() => '')).trim();
      throw new Error(`no pledge form on the page (activity status "${status}"; or "${USER}" is not in the company directory)`);
    }
  });

  await step(`fill in a fixed pledge of ${AMOUNT} with "${MESSAGE}" and my name shown`, async () => {
    const fixed = page.locator('#pledge-kind-FIXED');
    if ((await fixed.count()) > 0) await fixed.check();
    await page.locator('#pledge-amount').fill(AMOUNT);
    await page.locator('#pledge-message').fill(MESSAGE);
    await page.locator('#pledge-show-name').check();
  });
  await journey.shot('pledge-filled-in');
  await step('send the pledge', () => page.locator('[data-testid=pledge-submit]').click());

  const outcome = await step('see the thank-you', async () => {
    const thanks = page.locator('[data-testid=pledge-thanks]');
    const error = page.locator('[data-testid=pledge-form] [data-testid=app-error]');
    return Promise.any([
      thanks.waitFor({ state: 'visible' }).then(() => 'thanks'),
      error.waitFor({ state: 'visible' }).then(() => 'error'),
    ]).catch(() => {
      throw new Error(`neither the thank-you nor an error appeared within ${STEP_TIMEOUT_MS / 1000} s`);
    });
  });
  if (outcome === 'error') {
    const text = (await page.locator('[data-testid=pledge-form] [data-testid=app-error]').innerText()).replace(/\s+/g, ' ');
    throw new Error(`the pledge was refused: "${text}"`);
  }

  // The page refreshes its totals after the pledge; wait for both to move.
  await step('see the sponsors count and the raised total go up', async () => {
    try {
      await page.waitForFunction(
        ({ sponsors, raisedMinor }) => {
          const s = Number.parseInt((document.querySelector('[data-testid=activity-sponsors]')?.textContent ?? '').replace(/\D/g, ''), 10);
          const r = Number(document.querySelector('[data-testid=activity-raised]')?.getAttribute('data-minor'));
          return s > sponsors && r > raisedMinor;
        },
        before,
        { timeout: 20_000, polling: 250 },
      );
    } catch {
      const now = await totals();
      throw new Error(
        `sponsors ${before.sponsors} → ${now.sponsors}, raised ${before.raisedMinor} → ${now.raisedMinor} minor units; both should have gone up` +
          (now.sponsors === before.sponsors ? ` (has "${USER}" sponsored this activity before? Sponsors counts colleagues, not pledges)` : ''),
      );
    }
  });

  const after = await totals();
  const thanksText = (await page.locator('[data-testid=pledge-thanks]').innerText()).replace(/\s+/g, ' ').trim();
  await journey.screen('pledge-thanks');

  // Where my department stands now: the boards open on this month's money pledged by department, my row marked.
  await navigateTo(page, '/boards', 'the boards');
  const mine = page.locator('[data-testid=board-row][data-mine]');
  await step('see my department on the board', () => mine.first().waitFor({ state: 'visible' }));
  const boardTotal = await step('see my department\'s total include the pledge', async () => {
    if (BOARD_BEFORE === undefined) return Number(await mine.first().getAttribute('data-total'));
    const expected = Number(BOARD_BEFORE) + amountMinor;
    try {
      await page.waitForFunction(
        (least) => Number(document.querySelector('[data-testid=board-row][data-mine]')?.getAttribute('data-total')) >= least,
        expected,
        { timeout: 20_000, polling: 250 },
      );
    } catch {
      const now = await mine.first().getAttribute('data-total');
      throw new Error(`my department's row shows ${now} minor units; expected at least ${BOARD_BEFORE} + ${amountMinor} = ${expected}`);
    }
    return Number(await mine.first().getAttribute('data-total'));
  });
  await journey.screen('board-with-my-department');

  // Keyboard only: from the page back into the navigation (it comes before the page), open "More", then "My pledges".
  const pledgeLink = `a[href="${SHARE_PATH}" i]`;
  await step('open "More" by keyboard (Shift+Tab from the page, Enter)', async () => {
    await tabTo(page, '.nav__more-button', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('.nav__sheet--open') !== null, undefined, { timeout: 5_000 }).catch(() => {
      throw new Error('"More" opened without moving the focus to its first page');
    });
  });
  await journey.screen('more-open');
  await step('Tab to "My pledges" and press Enter', async () => {
    await tabTo(page, '.nav__sheet a[href="/pledges"]', { max: 10 });
    await page.keyboard.press('Enter');
    await page.waitForURL((at) => at.pathname === '/pledges');
  });
  const pledgeStatus = await step('see the pledge under My pledges', async () => {
    const item = page.locator('[data-testid=contribution]', { has: page.locator(pledgeLink) }).first();
    await item.waitFor({ state: 'visible' });
    return item.getAttribute('data-status');
  });
  if (pledgeStatus !== 'PLEDGED') throw new Error(`the pledge under My pledges is ${pledgeStatus}, expected PLEDGED`);
  await journey.screen('my-pledges');

  await step('Tab to a pledge\'s "Cancel" and press Enter: the dialog has the focus, on its safe choice', async () => {
    await tabTo(page, '[data-testid=contribution] .pledge__actions button', { max: 60 });
    await page.evaluate(() => document.activeElement?.setAttribute('data-e2e-opener', ''));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('dialog[open]') != null, undefined, { timeout: 5_000 }).catch(() => {
      throw new Error('the dialog opened without taking the focus');
    });
    const focused = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
    if (focused !== uiText('pledges.confirm.no')) throw new Error(`the dialog's focus is on "${focused}", not on its safe choice "${uiText('pledges.confirm.no')}"`);
  });
  await journey.screen('cancel-question');
  await step('Tab around in the dialog: the focus never reaches the page behind it', async () => {
    for (let presses = 1; presses <= 4; presses += 1) {
      await page.keyboard.press('Tab');
      const behind = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el !== document.body && !el.closest('dialog[open]') ? `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"` : null;
      });
      if (behind) throw new Error(`Tab ${presses} put the focus behind the dialog, on ${behind}`);
    }
  });
  await step('press Escape: the dialog closes and the focus is back on the button that opened it', async () => {
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached', timeout: 5_000 }).catch(async () => {
      if ((await page.locator('dialog[open]').count()) > 0) throw new Error('Escape did not close the dialog');
    });
    const back = await page.evaluate(() => document.activeElement?.hasAttribute('data-e2e-opener') ?? false);
    if (!back) throw new Error(`after the dialog the focus is on ${await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? 'nothing')}, not on the button that opened it`);
    const status = await page.locator('[data-testid=contribution]', { has: page.locator(pledgeLink) }).first().getAttribute('data-status');
    if (status !== 'PLEDGED') throw new Error(`after Escape the pledge is ${status}, expected it still PLEDGED`);
  });
  journey.assertAccessible();
  assertNoCspViolations(pageErrors);
  console.log(
    `e2e sponsor: ok (${USER} pledged ${AMOUNT} on ${SHARE_PATH}: sponsors ${before.sponsors} → ${after.sponsors}, ` +
      `raised ${before.raisedText} → ${after.raisedText} [${before.raisedMinor} → ${after.raisedMinor} ${after.currency ?? ''}]; ` +
      `"${thanksText.slice(0, 60)}"; login at ${loginOrigin}; pledge ${amountMinor} minor units; ` +
      `my department on the board: ${BOARD_BEFORE ?? '?'} → ${boardTotal}; found under My pledges by keyboard, its cancel dialog ` +
      `kept and gave back the focus; ${journey.summary()})`,
  );
} catch (error) {
  exitCode = 1;
  await reportFailure({ name: 'sponsor', error, page, pageErrors, blocked, screenshot: FAILURE_SCREENSHOT });
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
