// Shared pieces of the end-to-end scripts (login.mjs, sponsor.mjs, …): environment, the headless Debian
// Chromium at a phone viewport, the network fence, time-limited steps, the Keycloak login, and the Journey:
// a numbered screenshot of every step and an axe check of every screen.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const STEP_TIMEOUT_MS = 60_000;

/** Where Keycloak 26 login pages show a refused login. */
export const KEYCLOAK_ERROR = '#input-error, .kc-feedback-text, #kc-error-message';

export const env = (name, fallback) => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
};

/** The browser's language, so the app's (it starts in it): da, nb, sv or en (default en, as headless Chromium). */
export const LANGUAGE = env('E2E_LANGUAGE', 'en');
const BROWSER_LOCALES = { da: 'da-DK', nb: 'nb-NO', sv: 'sv-SE', en: 'en-GB' };

let catalogue;
/**
 * The app's text for an i18n key (e.g. "admin.payroll.createButton") in {@link LANGUAGE}, from the app's own locale
 * files: to find a button by the name a person (or a screen reader) gets, where it has no test id.
 */
export function uiText(key) {
  catalogue ??= JSON.parse(readFileSync(new URL(`../src/lib/i18n/locales/${LANGUAGE}.json`, import.meta.url), 'utf8'));
  const value = key.split('.').reduce((node, part) => (node === undefined ? undefined : node[part]), catalogue);
  if (typeof value !== 'string') throw new Error(`no text "${key}" in locales/${LANGUAGE}.json`);
  return value;
}

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

/** E2E_VERBOSE=1: print each step's duration. */
const VERBOSE = env('E2E_VERBOSE', '') !== '';

/** Runs one step with its own time limit and a readable name for the failure message. */
export async function step(name, action) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS + 5_000);
  });
  const started = Date.now();
  try {
    const result = await Promise.race([action(), timeout]);
    if (VERBOSE) console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${name}`);
    return result;
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

/** How the scripts start Debian Chromium (also scripts/lighthouse.mjs): headless, quiet, nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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
      args: CHROMIUM_ARGS,
      timeout: STEP_TIMEOUT_MS,
    })
    .catch((error) => fail(`could not start Chromium at ${chromiumPath}: ${error.message}`));

  const blocked = [];
  const pageErrors = [];
  const { context, page } = await openFencedPage(browser, {
    baseOrigin,
    blocked,
    pageErrors,
    options: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  });
  return { browser, context, page, pageErrors, blocked, baseOrigin };
}

/**
 * A new browser context (its own cookies: another device) and page behind the same network fence, collecting blocked
 * requests and browser errors into the given arrays. Motion is reduced (the app honours it) so that nothing is
 * mid-transition when axe measures colours or a screenshot is taken.
 */
export async function openFencedPage(browser, { baseOrigin, blocked, pageErrors, options }) {
  if (!BROWSER_LOCALES[LANGUAGE]) throw new Error(`E2E_LANGUAGE must be one of ${Object.keys(BROWSER_LOCALES).join(', ')} (got "${LANGUAGE}")`);
  const context = await browser.newContext({ locale: BROWSER_LOCALES[LANGUAGE], reducedMotion: 'reduce', acceptDownloads: true, ...options });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);

  const allowed = allowedFor(baseOrigin);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return { context, page };
}

/** Throws when the browser refused anything under the server's Content-Security-Policy during the journey. */
export function assertNoCspViolations(pageErrors) {
  const refused = pageErrors.filter((text) => text.includes('Content Security Policy'));
  if (refused.length) throw new Error(`the Content-Security-Policy blocked part of the app:\n    ${refused.join('\n    ')}`);
}

/**
 * After opening a page of the app: waits to be sent to Keycloak, logs in (checking the login form with axe when given
 * the `journey`), and waits for one of `landed` (name → locator) to show. Returns { loginOrigin, landed }; throws a readable error when the
 * app fails, Keycloak refuses the login, or nothing shows.
 */
export async function logInThroughKeycloak(page, { user, password, landed, landedDescription, journey }) {
  const first = await step('reach the Keycloak login form', () =>
    firstVisible({ 'login form (#username)': page.locator('#username'), 'app-error': page.locator('[data-testid=app-error]') }),
  );
  if (first !== 'login form (#username)') {
    throw new Error(`the app showed an error instead of sending us to Keycloak: "${await appErrorText(page)}"`);
  }
  const loginOrigin = new URL(page.url()).origin;
  // The login form is a screen of the journey too (Keycloak's, in the realm's theme).
  if (journey) await journey.screen('keycloak-login');

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

/** The axe rule tags checked on every screen: WCAG 2.0, 2.1 and 2.2, levels A and AA (axe 4.13 has no wcag22a tag). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Screenshots taller than this (CSS pixels) are cut. */
const MAX_SHOT_HEIGHT = 6000;

/** Nodes listed per rule in the failure message; the rest are counted. */
const AXE_NODES_SHOWN = 5;

/**
 * One journey's record: every step leaves a numbered full-page screenshot (NN-step.png) in `dir` (emptied first), and
 * every screen the journey visits is checked with axe. {@link Journey#assertAccessible} fails with the violations of
 * all screens at once, each with its rule id, impact, selectors and help.
 */
export class Journey {
  constructor(name, page, dir = env('SCREENSHOTS_DIR', fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url)))) {
    this.name = name;
    this.page = page;
    this.dir = dir;
    this.count = 0;
    this.screens = [];
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  /** Saves a screenshot of the step `label` (e.g. "pledge-sent") as NN-label.png; failing to take one fails nothing. */
  async shot(label, page = this.page) {
    this.count += 1;
    const file = join(this.dir, `${String(this.count).padStart(2, '0')}-${label.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}.png`);
    // The whole page as on a phone as tall as the page: a full-page capture would leave the fixed top bar and tab bar
    // where the first screenful has them, in the middle of the picture.
    const viewport = page.viewportSize();
    try {
      const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
      if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.min(height, MAX_SHOT_HEIGHT) });
      await page.screenshot({ path: file, timeout: 20_000, animations: 'disabled' });
    } catch (error) {
      console.error(`e2e ${this.name}: (no screenshot ${file}: ${error.message.split('\n')[0]})`);
    } finally {
      if (viewport) await page.setViewportSize(viewport).catch(() => {});
    }
    return file;
  }

  /**
   * A screen the journey reached: a screenshot, then axe with {@link AXE_TAGS}. Violations are kept (and written to
   * NN-label.axe.json beside the screenshot) for {@link Journey#assertAccessible}, so one run lists every screen's.
   */
  async screen(label, { page = this.page } = {}) {
    const file = await this.shot(label, page);
    const results = await step(`check "${label}" with axe`, () => new AxeBuilder({ page }).withTags(AXE_TAGS).analyze());
    const violations = results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: firstLine(node.failureSummary) })),
    }));
    const reflow = await step(`check that "${label}" fits the screen's width`, () => page.evaluate(sticksOut));
    if (reflow.length > 0) {
      violations.push({
        id: 'reflow',
        impact: 'serious',
        help: "Content must fit the screen's width without scrolling sideways (WCAG 1.4.10; this journey's own check, not axe's)",
        helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/reflow.html',
        nodes: reflow.map((target) => ({ target, summary: '' })),
      });
    }
    this.screens.push({ label, url: page.url(), rules: results.passes.length + results.violations.length, violations });
    if (violations.length > 0) writeFileSync(file.replace(/\.png$/, '.axe.json'), JSON.stringify({ url: page.url(), violations }, null, 2));
    return violations;
  }

  /** Throws when axe found anything on any screen of the journey, with a readable list. */
  assertAccessible() {
    const failing = this.screens.filter((screen) => screen.violations.length > 0);
    if (failing.length === 0) return;
    const lines = [`axe (${AXE_TAGS.join(', ')}) found violations on ${failing.length} of ${this.screens.length} screens:`];
    for (const screen of failing) {
      lines.push(`  screen "${screen.label}" (${new URL(screen.url).pathname}):`);
      for (const violation of screen.violations) {
        lines.push(`    ${violation.id} [${violation.impact}]: ${violation.help} (${violation.helpUrl})`);
        for (const node of violation.nodes.slice(0, AXE_NODES_SHOWN)) lines.push(`      ${node.target}${node.summary ? ` — ${node.summary}` : ''}`);
        if (violation.nodes.length > AXE_NODES_SHOWN) lines.push(`      … and ${violation.nodes.length - AXE_NODES_SHOWN} more`);
      }
    }
    throw new Error(lines.join('\n'));
  }

  /** One line for the success message: screens checked and where the screenshots are. */
  summary() {
    const rules = this.screens.map((screen) => screen.rules);
    return `axe: ${this.screens.length} screens (${Math.min(...rules)}–${Math.max(...rules)} rules applied each), no violations; ${this.count} screenshots in ${this.dir}`;
  }
}

/**
 * In the page: when it is wider than its viewport (the person must scroll sideways), the outermost elements that
 * reach past the right edge, described as tag.class "text"; else nothing. Not those inside a box that scrolls or clips
 * them, nor fixed ones (they follow the widened viewport). Runs in the browser.
 */
function sticksOut() {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width + 1) return [];
  const past = (el) => el.getBoundingClientRect().right > width + 1;
  const contained = (el) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX !== 'visible' || style.position === 'fixed') return true;
    }
    return getComputedStyle(el).position === 'fixed';
  };
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (past(el) && !(el.parentElement && el.parentElement !== document.body && past(el.parentElement)) && !contained(el)) {
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      found.push(`${el.tagName.toLowerCase()}${classes} "${(el.textContent ?? '').trim().slice(0, 30)}" (right edge at ${Math.round(el.getBoundingClientRect().right)} px of ${width})`);
    }
  }
  return found.length > 0 ? found.slice(0, 5) : [`html (the page is ${document.documentElement.scrollWidth} px wide, the screen ${width} px)`];
}

function firstLine(summary) {
  if (!summary) return '';
  const lines = summary.split('\n').map((line) => line.trim()).filter((line) => line && !/^Fix (any|all) of the following:$/.test(line));
  return lines[0] ?? '';
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element matches `selector`, at most `max` times, like a
 * keyboard user moving through the page; fails when focus never gets there. Returns the number of presses.
 */
export async function tabTo(page, selector, { max = 40, backwards = false } = {}) {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  const at = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
  });
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${selector} (focus is on ${at})`);
}

/**
 * Goes to one of the app's pages the way a person does: its item in the navigation (on a phone the bottom bar, or
 * behind "More" when the bar has no room for it), then waits for the address to be `path`.
 */
export async function navigateTo(page, path, label = path) {
  await step(`go to ${label} through the navigation`, async () => {
    const nav = page.locator('nav.nav');
    const link = nav.locator(`a[href="${path}"]`).first();
    if (!(await link.isVisible())) {
      const more = nav.locator('.nav__more-button');
      if ((await more.count()) === 0) throw new Error(`no link to ${path} in the navigation`);
      await more.click();
      await link.waitFor({ state: 'visible' });
    }
    await link.click();
    await page.waitForURL((url) => url.pathname === path);
  });
}

/**
 * The files inside a ZIP archive (an XLSX workbook is one): name → contents, read through the central directory, so
 * archives written as a stream (sizes after the data) read too. Stored and deflated entries only.
 */
export function unzip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a ZIP archive (no end of central directory)');
  const entries = new Map();
  let at = buffer.readUInt32LE(end + 16);
  for (let i = buffer.readUInt16LE(end + 10); i > 0; i -= 1) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('broken ZIP central directory');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    if (method === 0) entries.set(name, data);
    else if (method === 8) entries.set(name, inflateRawSync(data));
    else throw new Error(`ZIP entry ${name} uses compression method ${method}`);
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}
