#!/usr/bin/env node
// Every page of the app a role can open, checked with axe: log in once as each demo user and go through their pages
// (the route table's, in the app: no reload), waiting for each to finish loading, then axe and the width check of the
// journeys (lib.mjs, Journey); then the same pages at a desktop's width (the sidebar instead of the tab bar), and the
// error states: pages that fail (an unknown share link or address) and forms sent empty, whose fields then say what is
// missing. Slower than a journey (about a second a page); run it after changing many screens.
//
//   BASE_URL        app address (default http://localhost:8080)
//   E2E_PASSWORD    the demo users' password (default demo)
//   SWEEP_USERS     whom to sweep as (default emma,lars,nora,ada)
//   SCREENSHOTS_DIR where the screenshots go (default e2e/screenshots/sweep)
//   CHROMIUM_PATH   browser binary (default /usr/bin/chromium)
//
// Exits 0 and prints "e2e sweep: ok" when no page has a violation; otherwise lists them all and exits 1.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { assertNoCspViolations, env, Journey, logInThroughKeycloak, openFencedPage, openPhone, reportFailure, step } from './lib.mjs';

const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure-sweep.png', import.meta.url));

const BASE_URL = env('BASE_URL', 'http://localhost:8080');
const PASSWORD = env('E2E_PASSWORD', 'demo');
const USERS = env('SWEEP_USERS', 'emma,lars,nora,ada').split(',').map((user) => user.trim()).filter(Boolean);
const CHROMIUM_PATH = env('CHROMIUM_PATH', '/usr/bin/chromium');
const DIR = env('SCREENSHOTS_DIR', fileURLToPath(new URL('./screenshots/sweep', import.meta.url)));

/** The pages each demo user can open (routes.tsx), beyond their navigation: forms and pages reached by links. */
const PAGES = {
  emma: ['/', '/give', '/activities', '/activities/new', '/boards', '/boards?level=PERSON', '/competitions', '/volunteering', '/volunteering/shifts', '/volunteering/hours', '/volunteering/hours/new', '/volunteering/skills', '/shirts', '/pledges', '/my-data'],
  lars: ['/', '/competitions', '/competitions/new', '/collections/new', '/screens', '/volunteering/approvals'],
  nora: ['/', '/reports', '/company/donation', '/volunteering', '/volunteering/opportunities/new', '/volunteering/approvals', '/boards', '/my-data'],
  ada: ['/', '/admin/payroll', '/admin/mobile-payments', '/admin/collections', '/admin/volunteer-grants', '/admin/match-rules', '/admin/erasure-requests', '/shirts', '/shirts/new', '/reports'],
};

/** Error states per user: a page that fails to load, or a form (`submit`) sent empty. */
const ERROR_STATES = {
  emma: [{ path: '/s/ZZZZZZ' }, { path: '/no-such-page' }, { path: '/give', submit: true }, { path: '/activities/new', submit: true }, { path: '/volunteering/hours/new', submit: true }],
  lars: [{ path: '/competitions/new', submit: true }, { path: '/collections/new', submit: true }],
  nora: [{ path: '/volunteering/opportunities/new', submit: true }],
  ada: [{ path: '/shirts/new', submit: true }],
};

const PHONE = { width: 360, height: 740 };
/** From 768 px the navigation is a sidebar (AppShell.css). */
const DESKTOP = { width: 1280, height: 800 };

/** A form's fields that say what is wrong, or the page's error panel. */
const SHOWS_ERRORS = 'main [aria-invalid="true"], main .field__errors, main [role="alert"]';

function fail(reason) {
  console.error(`e2e sweep: FAILED: ${reason}`);
  process.exit(1);
}

const phone = await openPhone({ baseUrl: BASE_URL, chromiumPath: CHROMIUM_PATH, fail });
const { browser, pageErrors, blocked, baseOrigin } = phone;
let page = phone.page;

/**
 * Goes to `path` inside the app, as a link would (the router follows the history), and waits for it to load: its
 * heading, or (`failing`) the error panel of a page that cannot load.
 */
async function visit(target, path, { failing = false } = {}) {
  await step(`open ${path}`, async () => {
    await target.evaluate((to) => {
      window.history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await target.waitForURL((at) => `${at.pathname}${at.search}` === path);
    // lazy pages and their reads show a spinner until they are there
    const loaded = failing ? 'main h1, main [role="alert"]' : 'main h1';
    await target.waitForFunction((selector) => document.querySelector(selector) !== null && document.querySelector('.spinner') === null, loaded, { timeout: 30_000 });
    await target.waitForTimeout(300);
  });
}

/** Sends the page's form empty and waits for it to say what is missing. */
async function submitEmpty(target, path) {
  await step(`send the form of ${path} empty`, async () => {
    await target.locator('main form [type="submit"]').first().click();
    await target.locator(SHOWS_ERRORS).first().waitFor({ state: 'visible' });
    await target.waitForTimeout(300);
  });
}

const label = (path) => (path === '/' ? 'home' : path.slice(1).replace(/[/?=]/g, '-'));

let exitCode = 0;
const journeys = [];
try {
  for (const user of USERS) {
    const pages = PAGES[user];
    if (!pages) throw new Error(`no pages listed for "${user}" (known: ${Object.keys(PAGES).join(', ')})`);
    // each user on a phone of their own (no session of the one before)
    if (journeys.length > 0) {
      await page.context().close();
      ({ page } = await openFencedPage(browser, { baseOrigin, blocked, pageErrors, options: { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true } }));
    }
    const journey = new Journey(`sweep-${user}`, page, join(DIR, user));
    journeys.push(journey);
    await step(`open ${BASE_URL} for ${user}`, () => page.goto(BASE_URL, { waitUntil: 'domcontentloaded' }));
    await logInThroughKeycloak(page, {
      user,
      password: PASSWORD,
      landed: { '[data-testid=me-name]': page.locator('[data-testid=me-name]') },
      landedDescription: 'the home screen',
    });
    for (const path of pages) {
      await visit(page, path);
      await journey.screen(label(path));
    }
    for (const { path, submit } of ERROR_STATES[user] ?? []) {
      await visit(page, path, { failing: !submit });
      if (submit) await submitEmpty(page, path);
      await journey.screen(`error-${label(path)}`);
    }
    await page.setViewportSize(DESKTOP);
    for (const path of pages) {
      await visit(page, path);
      await journey.screen(`desktop-${label(path)}`);
    }
  }
  const problems = [];
  for (const journey of journeys) {
    try {
      journey.assertAccessible();
    } catch (error) {
      problems.push(`${journey.name}: ${error.message}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  assertNoCspViolations(pageErrors);
  const screens = journeys.reduce((sum, journey) => sum + journey.screens.length, 0);
  console.log(`e2e sweep: ok (${screens} screens of ${USERS.join(', ')}, on a phone, at a desktop's width and in error states: axe found no violations; screenshots in ${DIR})`);
} catch (error) {
  exitCode = 1;
  await reportFailure({ name: 'sweep', error, page, pageErrors, blocked, screenshot: FAILURE_SCREENSHOT });
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
