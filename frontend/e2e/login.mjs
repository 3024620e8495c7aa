#!/usr/bin/env node
// End-to-end check of sign-in: open the app, get sent to Keycloak, log in, see who I am.
//
//   BASE_URL           app address (default http://localhost:8080)
//   E2E_USER           Keycloak user (default emma)
//   E2E_PASSWORD       password (default demo)
//   EXPECT_NAME        text the person's name must contain        (required)
//   EXPECT_DEPARTMENT  text the department name must contain      (required)
//   CHROMIUM_PATH      browser binary (default /usr/bin/chromium)
//
// Exits 0 and prints "e2e login: ok" on success. On failure prints the reason, saves a
// screenshot to e2e/failure.png and exits 1. The browser may only talk to BASE_URL and to
// the Keycloak it is sent to on this machine (localhost / 127.0.0.1 / [::1]); every other
// request is blocked.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const STEP_TIMEOUT_MS = 60_000;
const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure.png', import.meta.url));

const env = (name, fallback) => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
};

const BASE_URL = env('BASE_URL', 'http://localhost:8080');
const USER = env('E2E_USER', 'emma');
const PASSWORD = env('E2E_PASSWORD', 'demo');
const EXPECT_NAME = env('EXPECT_NAME');
const EXPECT_DEPARTMENT = env('EXPECT_DEPARTMENT');
const CHROMIUM_PATH = env('CHROMIUM_PATH', '/usr/bin/chromium');

function fail(reason) {
  console.error(`e2e login: FAILED: ${reason}`);
  process.exit(1);
}

if (!EXPECT_NAME || !EXPECT_DEPARTMENT) fail('set EXPECT_NAME and EXPECT_DEPARTMENT (the signed-in person\'s name and department)');

let baseOrigin;
try {
  baseOrigin = new URL(BASE_URL).origin;
} catch {
  fail(`BASE_URL is not a URL: ${BASE_URL}`);
}
if (!existsSync(CHROMIUM_PATH)) fail(`no browser at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`);

/** Where Keycloak 26 login pages show a refused login. */
const KEYCLOAK_ERROR = '#input-error, .kc-feedback-text, #kc-error-message';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Only BASE_URL and services on this machine (the Keycloak we are sent to) may be reached. */
function allowed(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
  if (parsed.origin === baseOrigin) return true;
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOCAL_HOSTS.has(parsed.hostname);
}

/** Runs one step with its own time limit and a readable name for the failure message. */
async function step(name, action) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS + 5_000);
  });
  try {
    return await Promise.race([action(), timeout]);
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until the first of several elements is visible and returns its name; fails (after the
 * step time-out) when none shows up. Promise.any keeps the losers' rejections handled.
 */
async function firstVisible(candidates) {
  try {
    return await Promise.any(
      Object.entries(candidates).map(([name, locator]) => locator.first().waitFor({ state: 'visible' }).then(() => name)),
    );
  } catch {
    throw new Error(`none of ${Object.keys(candidates).join(', ')} appeared within ${STEP_TIMEOUT_MS / 1000} s`);
  }
}

const browser = await chromium
  .launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    timeout: STEP_TIMEOUT_MS,
  })
  .catch((error) => fail(`could not start Chromium at ${CHROMIUM_PATH}: ${error.message}`));

const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
context.setDefaultTimeout(STEP_TIMEOUT_MS);
context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);

const blocked = [];
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (allowed(url)) return route.continue();
  blocked.push(url);
  return route.abort('blockedbyclient');
});

const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
page.on('console', (message) => {
  if (message.type() === 'error') pageErrors.push(message.text());
});

let exitCode = 0;
try {
  await step(`open ${BASE_URL}`, () => page.goto(BASE_URL, { waitUntil: 'domcontentloaded' }));

  // The app fetches /api/config, then keycloak-js sends the browser to the Keycloak login form.
  const landed = await step('reach the Keycloak login form', () =>
    firstVisible({ 'login form (#username)': page.locator('#username'), 'app-error': page.locator('[data-testid=app-error]') }),
  );
  if (landed !== 'login form (#username)') {
    throw new Error(`the app showed an error instead of sending us to Keycloak: "${(await page.locator('[data-testid=app-error]').innerText()).replace(/\s+/g, ' ')}"`);
  }
  const loginOrigin = new URL(page.url()).origin;

  await step('fill in the login form', async () => {
    await page.locator('#username').fill(USER);
    await page.locator('#password').fill(PASSWORD);
  });
  await step('submit the login form', () => page.locator('#kc-login').click());

  const outcome = await step(`see the home screen after logging in as "${USER}"`, () =>
    firstVisible({
      '[data-testid=me-name]': page.locator('[data-testid=me-name]'),
      'app-error': page.locator('[data-testid=app-error]'),
      'login-error': page.locator(KEYCLOAK_ERROR),
    }),
  );
  if (outcome === 'login-error') {
    const text = await page.locator(KEYCLOAK_ERROR).first().innerText();
    throw new Error(`Keycloak (${loginOrigin}) refused the login for "${USER}": "${text.trim()}"`);
  }
  if (outcome === 'app-error') {
    throw new Error(`the app showed an error after login: "${(await page.locator('[data-testid=app-error]').innerText()).replace(/\s+/g, ' ')}"`);
  }

  const name = (await page.locator('[data-testid=me-name]').innerText()).trim();
  if (!name.includes(EXPECT_NAME)) throw new Error(`[data-testid=me-name] is "${name}", expected it to contain "${EXPECT_NAME}"`);

  const department = await step('find the department', async () => {
    const locator = page.locator('[data-testid=me-department]');
    if ((await locator.count()) === 0) {
      throw new Error('no [data-testid=me-department] on the home screen (is the user in the company directory?)');
    }
    return (await locator.innerText()).trim();
  });
  if (!department.includes(EXPECT_DEPARTMENT)) {
    throw new Error(`[data-testid=me-department] is "${department}", expected it to contain "${EXPECT_DEPARTMENT}"`);
  }

  console.log(`e2e login: ok (${name}, ${department}; login at ${loginOrigin})`);
} catch (error) {
  exitCode = 1;
  console.error(`e2e login: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`  at page ${page.url()}`);
  if (pageErrors.length) console.error(`  browser errors:\n    ${pageErrors.slice(-5).join('\n    ')}`);
  if (blocked.length) console.error(`  blocked requests to other hosts:\n    ${[...new Set(blocked)].slice(0, 5).join('\n    ')}`);
  try {
    await page.screenshot({ path: FAILURE_SCREENSHOT, fullPage: true, timeout: 15_000 });
    console.error(`  screenshot: ${FAILURE_SCREENSHOT}`);
  } catch (screenshotError) {
    console.error(`  (no screenshot: ${screenshotError.message.split('\n')[0]})`);
  }
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
