#!/usr/bin/env node
// End-to-end check of sign-in: open the app, get sent to Keycloak, log in, see who I am. axe checks the login form
// and the home screen (lib.mjs, Journey).
//
//   BASE_URL           app address (default http://localhost:8080)
//   E2E_USER           Keycloak user (default emma)
//   E2E_PASSWORD       password (default demo)
//   EXPECT_NAME        text the person's name must contain        (required)
//   EXPECT_DEPARTMENT  text the department name must contain      (required)
//   SCREENSHOTS_DIR    where the numbered screenshots go (default e2e/screenshots/login)
//   CHROMIUM_PATH      browser binary (default /usr/bin/chromium)
//
// Exits 0 and prints "e2e login: ok" on success. On failure prints the reason, saves a
// screenshot to e2e/failure.png and exits 1. The browser may only talk to BASE_URL and to
// the Keycloak it is sent to on this machine (localhost / 127.0.0.1 / [::1]); every other
// request is blocked.
import { fileURLToPath } from 'node:url';
import { env, Journey, logInThroughKeycloak, openPhone, reportFailure, step, assertNoCspViolations } from './lib.mjs';

const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure.png', import.meta.url));

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

const { browser, page, pageErrors, blocked } = await openPhone({ baseUrl: BASE_URL, chromiumPath: CHROMIUM_PATH, fail });
const journey = new Journey('login', page);

let exitCode = 0;
try {
  await step(`open ${BASE_URL}`, () => page.goto(BASE_URL, { waitUntil: 'domcontentloaded' }));

  // The app fetches /api/config, then keycloak-js sends the browser to the Keycloak login form.
  const { loginOrigin } = await logInThroughKeycloak(page, {
    user: USER,
    password: PASSWORD,
    landed: { '[data-testid=me-name]': page.locator('[data-testid=me-name]') },
    landedDescription: 'the home screen',
    journey,
  });

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

  await journey.screen('home');
  journey.assertAccessible();
  assertNoCspViolations(pageErrors);
  console.log(`e2e login: ok (${name}, ${department}; login at ${loginOrigin}; ${journey.summary()})`);
} catch (error) {
  exitCode = 1;
  await reportFailure({ name: 'login', error, page, pageErrors, blocked, screenshot: FAILURE_SCREENSHOT });
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
