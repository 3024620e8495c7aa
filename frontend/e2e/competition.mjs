#!/usr/bin/env node
// The lead's journey, end to end on a phone: open /competitions, log in on Keycloak, start a new competition between
// my department and one more — from the list to the sent form by keyboard only (Tab, typing, Space, Enter) — land on
// its page, make a canteen screen for it, and open that link full screen on another device that never signs in: the
// competition's board, live. axe checks every screen on the way (lib.mjs, Journey).
//
//   BASE_URL        app address (default http://localhost:8080)
//   E2E_USER        Keycloak user who leads a department (default lars)
//   E2E_PASSWORD    password (default demo)
//   NAME            the new competition's name (default "Afdelingsdysten" and the time)
//   SCREENSHOTS_DIR where the numbered screenshots go (default e2e/screenshots/competition)
//   CHROMIUM_PATH   browser binary (default /usr/bin/chromium)
//
// Exits 0 and prints "e2e competition: ok" with the competition's id and the screen's path on success. On failure
// prints the reason, saves a screenshot to e2e/failure-competition.png and exits 1. The browser may only talk to
// BASE_URL and to services on this machine.
import { fileURLToPath } from 'node:url';
import { assertNoCspViolations, env, firstVisible, Journey, logInThroughKeycloak, openFencedPage, openPhone, reportFailure, step, tabTo, uiText } from './lib.mjs';

const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure-competition.png', import.meta.url));

const BASE_URL = env('BASE_URL', 'http://localhost:8080');
const USER = env('E2E_USER', 'lars');
const PASSWORD = env('E2E_PASSWORD', 'demo');
const NAME = env('NAME', `Afdelingsdysten ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`);
const CHROMIUM_PATH = env('CHROMIUM_PATH', '/usr/bin/chromium');

function fail(reason) {
  console.error(`e2e competition: FAILED: ${reason}`);
  process.exit(1);
}

const { browser, page, pageErrors, blocked, baseOrigin } = await openPhone({ baseUrl: BASE_URL, chromiumPath: CHROMIUM_PATH, fail });
const journey = new Journey('competition', page);
const url = new URL('/competitions', BASE_URL).toString();
const NEW_LINK = 'main a[href="/competitions/new"]';
const UNCHOSEN_DEPARTMENT = '.picker__list input[type=checkbox]:not(:checked)';
let failurePage = page;

let exitCode = 0;
try {
  await step(`open ${url}`, () => page.goto(url, { waitUntil: 'domcontentloaded' }));

  const { loginOrigin } = await logInThroughKeycloak(page, {
    user: USER,
    password: PASSWORD,
    landed: { 'the "New competition" link': page.locator(NEW_LINK) },
    landedDescription: 'the competitions with a "New competition" link (is the user a lead?)',
    journey,
  });
  await journey.screen('competitions');

  // Keyboard only from here to the sent form.
  const keys = { tabs: 0 };
  await step('Tab to "New competition" and press Enter', async () => {
    keys.tabs += await tabTo(page, NEW_LINK);
    await page.keyboard.press('Enter');
    await page.waitForURL((at) => at.pathname === '/competitions/new');
    await page.locator('#competition-name').waitFor({ state: 'visible' });
  });
  // My own department is chosen already; the others at my location are listed to choose from.
  await step('see the departments of my location to choose from', () => page.locator(UNCHOSEN_DEPARTMENT).first().waitFor({ state: 'visible' }));
  await journey.screen('new-competition-form');

  await step(`Tab to the name and type "${NAME}"`, async () => {
    keys.tabs += await tabTo(page, '#competition-name');
    await page.keyboard.type(NAME);
  });
  const other = await step('Tab to another department and choose it with Space', async () => {
    keys.tabs += await tabTo(page, UNCHOSEN_DEPARTMENT);
    const name = await page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim() ?? '');
    await page.keyboard.press('Space');
    if (!(await page.evaluate(() => document.activeElement instanceof HTMLInputElement && document.activeElement.checked))) {
      throw new Error(`Space did not tick "${name}"`);
    }
    return name;
  });
  const participants = await page.locator('[data-testid=chosen-participants] li').count();
  await journey.shot('form-filled-in-by-keyboard');
  await step('Tab to "Start competition" and press Enter', async () => {
    keys.tabs += await tabTo(page, 'main form button[type=submit]');
    await page.keyboard.press('Enter');
  });

  const outcome = await step('see the new competition\'s page', () =>
    firstVisible({ page: page.locator('[data-testid=competition-name]'), error: page.locator('main form [data-testid=app-error]') }),
  );
  if (outcome === 'error') {
    throw new Error(`the competition was refused: "${(await page.locator('main form [data-testid=app-error]').innerText()).replace(/\s+/g, ' ')}"`);
  }
  const competitionPath = new URL(page.url()).pathname;
  const id = /^\/competitions\/(\d+)$/.exec(competitionPath)?.[1];
  if (!id) throw new Error(`after sending the form the app is at ${page.url()}, not at /competitions/<id>`);
  const shownName = (await page.locator('[data-testid=competition-name]').innerText()).trim();
  if (shownName !== NAME) throw new Error(`the page is titled "${shownName}", not "${NAME}"`);
  await step('see the board of the running competition', () => page.locator('[data-testid=board-row]').first().waitFor({ state: 'visible' }));
  await journey.screen('competition-page');

  await step('make a canteen screen for it', () =>
    page.locator('[data-testid=manage-panel]').getByRole('button', { name: uiText('competitions.manage.makeScreen') }).click(),
  );
  const link = page.locator('[data-testid=competition-screen-link]');
  await step('see the screen\'s link', () => link.waitFor({ state: 'visible' }));
  const screenUrl = await link.inputValue();
  const screenPath = new URL(screenUrl).pathname;
  if (new URL(screenUrl).origin !== baseOrigin || !screenPath.startsWith('/screen/')) throw new Error(`the screen link is ${screenUrl}, expected ${baseOrigin}/screen/…`);
  await journey.screen('canteen-screen-link');

  // The canteen's screen: another device, 1920 × 1080, that never signs in.
  const kiosk = await openFencedPage(browser, { baseOrigin, blocked, pageErrors, options: { viewport: { width: 1920, height: 1080 } } });
  failurePage = kiosk.page;
  const visits = [];
  kiosk.page.on('framenavigated', (frame) => {
    if (frame === kiosk.page.mainFrame() && !frame.url().startsWith('about:') && new URL(frame.url()).origin !== baseOrigin) visits.push(frame.url());
  });
  await step(`open the screen link ${screenPath} on the canteen's screen`, () => kiosk.page.goto(screenUrl, { waitUntil: 'domcontentloaded' }));
  const kioskTitle = await step('see the screen show the competition', async () => {
    const first = await firstVisible({ title: kiosk.page.locator('[data-testid=screen-title]'), gone: kiosk.page.locator('[data-testid=screen-gone]'), login: kiosk.page.locator('#username') });
    if (first !== 'title') throw new Error(`the screen showed ${first === 'login' ? 'a login form' : 'that the link is revoked or unknown'} at ${kiosk.page.url()}`);
    return (await kiosk.page.locator('[data-testid=screen-title]').innerText()).trim();
  });
  if (kioskTitle !== NAME) throw new Error(`the screen is titled "${kioskTitle}", not "${NAME}"`);
  await step('see the screen\'s board, live', async () => {
    await kiosk.page.locator('[data-testid=board-row]').first().waitFor({ state: 'visible' });
    await kiosk.page.locator('[data-testid=board-live][data-state=live]').waitFor({ state: 'visible' });
  });
  if (visits.length > 0) throw new Error(`the canteen screen went to ${visits[0]}: it must never sign in`);
  const rows = await kiosk.page.locator('[data-testid=board-row]').count();
  await journey.screen('canteen-screen', { page: kiosk.page });

  journey.assertAccessible();
  assertNoCspViolations(pageErrors);
  console.log(
    `e2e competition: ok (${USER} started "${NAME}" id=${id} between ${participants} departments (added "${other}"), by keyboard: ` +
      `${keys.tabs} Tabs, typing, Space, Enter; canteen screen=${screenPath} shows it live with ${rows} rows, no login; ` +
      `login at ${loginOrigin}; ${journey.summary()})`,
  );
} catch (error) {
  exitCode = 1;
  await reportFailure({ name: 'competition', error, page: failurePage, pageErrors, blocked, screenshot: FAILURE_SCREENSHOT });
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
