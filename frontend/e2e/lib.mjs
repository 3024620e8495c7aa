// Shared pieces of the end-to-end scripts (login.mjs, sponsor.mjs): environment, the headless Debian
// Chromium at a phone viewport, the network fence, time-limited steps, and the Keycloak login.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const STEP_TIMEOUT_MS = 60_000;

/** Where Keycloak 26 login pages show a refused login. */
export const KEYCLOAK_ERROR = '#input-error, .kc-feedback-text, #kc-error-message';

export const env = (name, fallback) => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
};

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Only BASE_URL and services on this machine (the Keycloak we are sent to) may be reached. */
export function allowedFor(baseOrigin) {
  return (url) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
    if (parsed.origin === baseOrigin) return true;
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOCAL_HOSTS.has(parsed.hostname);
  };
}

/** Runs one step with its own time limit and a readable name for the failure message. */
export async function step(name, action) {
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
export async function firstVisible(candidates) {
  try {
    return await Promise.any(
      Object.entries(candidates).map(([name, locator]) => locator.first().waitFor({ state: 'visible' }).then(() => name)),
    );
  } catch {
    throw new Error(`none of ${Object.keys(candidates).join(', ')} appeared within ${STEP_TIMEOUT_MS / 1000} s`);
  }
}

/** The app's error panel text, one line. */
export async function appErrorText(page) {
  return (await page.locator('[data-testid=app-error]').first().innerText()).replace(/\s+/g, ' ');
}

/**
 * Starts Chromium and opens a 360 × 740 phone page that may only reach `baseUrl` and localhost.
 * `fail(reason)` is called (and must exit) when the browser cannot start.
 */
export async function openPhone({ baseUrl, chromiumPath, fail }) {
  let baseOrigin;
  try {
    baseOrigin = new URL(baseUrl).origin;
  } catch {
    fail(`BASE_URL is not a URL: ${baseUrl}`);
  }
  if (!existsSync(chromiumPath)) fail(`no browser at ${chromiumPath} (install Debian's chromium or set CHROMIUM_PATH)`);

  const browser = await chromium
    .launch({
      executablePath: chromiumPath,
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
    .catch((error) => fail(`could not start Chromium at ${chromiumPath}: ${error.message}`));

  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);

  const allowed = allowedFor(baseOrigin);
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

  return { browser, context, page, pageErrors, blocked, baseOrigin };
}

/** Throws when the browser refused anything under the server's Content-Security-Policy during the journey. */
export function assertNoCspViolations(pageErrors) {
  const refused = pageErrors.filter((text) => text.includes('Content Security Policy'));
  if (refused.length) throw new Error(`the Content-Security-Policy blocked part of the app:\n    ${refused.join('\n    ')}`);
}

/**
 * After opening a page of the app: waits to be sent to Keycloak, logs in, and waits for one of
 * `landed` (name → locator) to show. Returns { loginOrigin, landed }; throws a readable error when the
 * app fails, Keycloak refuses the login, or nothing shows.
 */
export async function logInThroughKeycloak(page, { user, password, landed, landedDescription }) {
  const first = await step('reach the Keycloak login form', () =>
    firstVisible({ 'login form (#username)': page.locator('#username'), 'app-error': page.locator('[data-testid=app-error]') }),
  );
  if (first !== 'login form (#username)') {
    throw new Error(`the app showed an error instead of sending us to Keycloak: "${await appErrorText(page)}"`);
  }
  const loginOrigin = new URL(page.url()).origin;

  await step('fill in the login form', async () => {
    await page.locator('#username').fill(user);
    await page.locator('#password').fill(password);
  });
  await step('submit the login form', () => page.locator('#kc-login').click());

  const outcome = await step(`see ${landedDescription} after logging in as "${user}"`, () =>
    firstVisible({ ...landed, 'app-error': page.locator('[data-testid=app-error]'), 'login-error': page.locator(KEYCLOAK_ERROR) }),
  );
  if (outcome === 'login-error') {
    const text = await page.locator(KEYCLOAK_ERROR).first().innerText();
    throw new Error(`Keycloak (${loginOrigin}) refused the login for "${user}": "${text.trim()}"`);
  }
  if (outcome === 'app-error') {
    throw new Error(`the app showed an error after login: "${await appErrorText(page)}"`);
  }
  return { loginOrigin, landed: outcome };
}

/** Prints why a run failed, with the page, browser errors, blocked requests and a screenshot. */
export async function reportFailure({ name, error, page, pageErrors, blocked, screenshot }) {
  console.error(`e2e ${name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`  at page ${page.url()}`);
  if (pageErrors.length) console.error(`  browser errors:\n    ${pageErrors.slice(-5).join('\n    ')}`);
  if (blocked.length) console.error(`  blocked requests to other hosts:\n    ${[...new Set(blocked)].slice(0, 5).join('\n    ')}`);
  try {
    await page.screenshot({ path: screenshot, fullPage: true, timeout: 15_000 });
    console.error(`  screenshot: ${screenshot}`);
  } catch (screenshotError) {
    console.error(`  (no screenshot: ${screenshotError.message.split('\n')[0]})`);
  }
}
