#!/usr/bin/env node
// Lighthouse 12.8.2 on the phone app, signed in: its default mobile profile (phone emulation, simulated slow 4G and a
// 4× slower CPU) on three screens, each measured RUNS times in turn, the median of every category printed and written
// to OUT_DIR (report.md, summary.json, and the HTML and JSON reports of each screen's median run).
//
// Measure the production build, not the dev server, e.g. from the repository's top:
//   ./mvnw -B -ntp -pl backend -am package -DskipTests
//   KOLLEKT_HTTP_PORT=8084 KOLLEKT_DB_URL='jdbc:mariadb://127.0.0.1:3306/kollekt_lh?createDatabaseIfNotExist=true' \
//     KOLLEKT_DB_USER=root KOLLEKT_OIDC_URL=http://localhost:8180/realms/kollekt \
//     KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET=kollekt-api-demo-secret KOLLEKT_PSEUDONYM_SECRET=x KOLLEKT_DEMO_DATA=true \
//     java -jar backend/target/quarkus-app/quarkus-run.jar
//   cd frontend && BASE_URL=http://localhost:8084 npm run lighthouse
//
//   BASE_URL       the running platform (default http://localhost:8080)
//   LH_USER        who is signed in (default emma), LH_PASSWORD (default demo)
//   SHARE_OWNER    whose activity the share link opens (default lars; an open activity of theirs is reused, else one is
//                  published through the API with a password-grant token of the kollekt-cli client)
//   SHARE_PATH     a share link to use instead, e.g. /s/AB12CD
//   RUNS           runs per screen (default 3; the median is reported)
//   CHROME_PATH    Debian Chromium (default /usr/bin/chromium; never a downloaded browser)
//   DEBUG_PORT     Chromium's remote-debugging port (default 9224)
//   OUT_DIR        where the results go (default lighthouse-results/, git-ignored)
//
// How the session survives: keycloak-js keeps no token in the page's storage; each page load signs in again by asking
// Keycloak from a hidden frame (src/lib/auth/signIn.ts), which answers at once while Keycloak's session cookies are
// set. So Chromium is started here with a remote-debugging port, the person signs in once through Keycloak's form
// (playwright-core over that port), and Lighthouse runs against the same browser. Its storage reset before each run is
// kept on purpose (rather than disabled): Lighthouse 12 then clears the HTTP cache, the service worker and Cache Storage
// (nothing from an earlier run is reused) but not cookies or localStorage (clearStorageTypes below), so each run is a
// first visit of a person already signed in to Keycloak, the asking included. A run that ends anywhere but on its
// screen (e.g. on Keycloak's form: the session was lost) fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/lib.mjs';

const env = (name, fallback) => (process.env[name] === undefined || process.env[name] === '' ? fallback : process.env[name]);

const BASE_URL = env('BASE_URL', 'http://localhost:8080').replace(/\/+$/, '');
const USER = env('LH_USER', 'emma');
const PASSWORD = env('LH_PASSWORD', 'demo');
const SHARE_OWNER = env('SHARE_OWNER', 'lars');
const RUNS = Number(env('RUNS', '3'));
const CHROME_PATH = env('CHROME_PATH', '/usr/bin/chromium');
const DEBUG_PORT = Number(env('DEBUG_PORT', '9224'));
const OUT_DIR = env('OUT_DIR', 'lighthouse-results');

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** The issue's targets (#11). */
const TARGETS = { performance: 90, accessibility: 95, 'best-practices': 95 };
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const SHARE_TITLE = 'Lighthouse: 5 km in the relay';

function fail(reason) {
  console.error(`lighthouse: FAILED: ${reason}`);
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A share link of SHARE_OWNER's: their open activity made by this script, else a new one. */
async function sharePath(config) {
  const tokenUrl = `${config.keycloakUrl.replace(/\/+$/, '')}/realms/${config.realm}/protocol/openid-connect/token`;
  const body = new URLSearchParams({ client_id: 'kollekt-cli', grant_type: 'password', username: SHARE_OWNER, password: PASSWORD });
  const { access_token: token } = await json(tokenUrl, { method: 'POST', body });
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const mine = await json(`${BASE_URL}/api/activities/mine`, { headers });
  const open = mine.find((activity) => activity.title === SHARE_TITLE && activity.status === 'OPEN');
  if (open) return open.sharePath;
  const [ngo] = await json(`${BASE_URL}/api/ngos`, { headers });
  const post = ngo?.posts.find((p) => p.active);
  if (!post) throw new Error('no open project post to sponsor');
  const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const activity = { title: SHARE_TITLE, description: 'Sponsor my run, per km or a fixed sum.', date, unit: 'KM', target: 5, projectPostId: post.id };
  return (await json(`${BASE_URL}/api/activities`, { method: 'POST', headers, body: JSON.stringify(activity) })).sharePath;
}

/** Starts Chromium with a remote-debugging port and a profile of its own; resolves once DevTools answers. */
async function startChromium() {
  if (!existsSync(CHROME_PATH)) fail(`no browser at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'kollekt-lighthouse-'));
  const args = [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`, `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(CHROME_PATH, args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** Ends Chromium and, once it has gone, removes its profile. */
  const stop = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    try {
      await json(`http://127.0.0.1:${DEBUG_PORT}/json/version`);
      return { stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  fail(`Chromium did not open its debugging port ${DEBUG_PORT} (in use by another browser?)`);
}

/** Signs USER in through Keycloak's form in the browser's default context, whose cookies Lighthouse's tabs share. */
async function signIn() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${DEBUG_PORT}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.goto(`${BASE_URL}/`);
    await page.locator('#username').waitFor({ timeout: 60_000 });
    await page.locator('#username').fill(USER);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();
    await page.locator('[data-testid=me-name]').waitFor({ timeout: 60_000 });
    await page.close();
  } finally {
    await browser.close(); // over CDP this only disconnects
  }
}

/** One Lighthouse run with the default (mobile) configuration; storage reset keeps cookies and localStorage. */
async function measure(url) {
  const flags = {
    port: DEBUG_PORT,
    output: ['html', 'json'],
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage'],
  };
  let result;
  // Lighthouse itself sometimes fails to record a load on a busy machine (e.g. NO_NAVSTART): one more try
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    result = await lighthouse(url, flags);
    if (!result) throw new Error(`no result for ${url}`);
    if (!result.lhr.runtimeError) break;
    const { code, message } = result.lhr.runtimeError;
    if (attempt === 2) throw new Error(`${url}: ${code}: ${message}`);
    console.log(`  (${url}: ${code}, measuring again)`);
  }
  const { lhr } = result;
  const landed = new URL(lhr.finalDisplayedUrl);
  if (landed.origin !== new URL(BASE_URL).origin || landed.pathname !== new URL(url).pathname) {
    throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}: the session was lost (not signed in)`);
  }
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
  const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id].numericValue]));
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  const [html, report] = result.report;
  return { scores, metrics, failing, benchmarkIndex: lhr.environment.benchmarkIndex, html, json: report };
}

const formatMetric = (id, value) => (id === 'cumulative-layout-shift' ? value.toFixed(3) : `${(value / 1000).toFixed(2)} s`);

let config;
try {
  config = await json(`${BASE_URL}/api/config`);
} catch (error) {
  fail(`the platform at ${BASE_URL} does not answer (${error.message}); start it first (see this script's header)`);
}
const share = env('SHARE_PATH', undefined) ?? (await sharePath(config).catch((error) => fail(`no share link: ${error.message}`)));
const screens = [
  { id: 'home', name: 'Home', path: '/' },
  { id: 'share', name: 'Sponsorship from a share link', path: share },
  { id: 'board', name: 'Board', path: '/boards' },
];

const loadBefore = loadavg();
const chromiumProcess = await startChromium();
const runs = Object.fromEntries(screens.map((screen) => [screen.id, []]));
try {
  await signIn().catch((error) => {
    throw new Error(`signing in as ${USER} through Keycloak: ${error.message.split('\n')[0]}`);
  });
  // the screens in turn, so that a busy moment of a shared machine does not fall on one screen only
  for (let run = 1; run <= RUNS; run += 1) {
    for (const screen of screens) {
      const result = await measure(`${BASE_URL}${screen.path}`);
      runs[screen.id].push(result);
      const metrics = METRICS.map((id) => formatMetric(id, result.metrics[id])).join(' / ');
      console.log(`  ${screen.id.padEnd(6)} run ${run}: ${CATEGORIES.map((id) => `${id} ${result.scores[id]}`).join(', ')} (FCP/LCP/TBT/CLS/SI ${metrics})`);
    }
  }
} catch (error) {
  await chromiumProcess.stop();
  fail(error.message);
}
await chromiumProcess.stop();
const loadAfter = loadavg();

const summary = {
  date: new Date().toISOString(),
  baseUrl: BASE_URL,
  lighthouse: '12.8.2, default mobile profile (simulated throttling)',
  runsPerScreen: RUNS,
  loadAverage: { before: loadBefore.map((n) => +n.toFixed(2)), after: loadAfter.map((n) => +n.toFixed(2)) },
  screens: screens.map((screen) => {
    const results = runs[screen.id];
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(results.map((r) => r.scores[id]))]));
    const metrics = Object.fromEntries(METRICS.map((id) => [id, median(results.map((r) => r.metrics[id]))]));
    // the run whose performance is the median one: its report and its failing audits
    const medianRun = [...results].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(results.length / 2)];
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, `${screen.id}.report.html`), medianRun.html);
    writeFileSync(join(OUT_DIR, `${screen.id}.report.json`), medianRun.json);
    return {
      ...screen,
      scores,
      runs: results.map((r) => r.scores),
      metrics,
      benchmarkIndex: median(results.map((r) => r.benchmarkIndex)),
      failingAudits: medianRun.failing,
    };
  }),
};

const missed = summary.screens.flatMap((screen) => CATEGORIES.filter((id) => screen.scores[id] < TARGETS[id]).map((id) => `${screen.id} ${id}`));
const lines = [
  `# Lighthouse, ${summary.date}`,
  '',
  `${BASE_URL}, Lighthouse ${summary.lighthouse}, median of ${RUNS} runs a screen. Load average (1, 5, 15 min) before ${summary.loadAverage.before.join(', ')}, after ${summary.loadAverage.after.join(', ')}.`,
  '',
  `| screen | performance | accessibility | best practices | FCP | LCP | TBT | CLS | SI | benchmark index |`,
  `| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
  ...summary.screens.map(
    (s) =>
      `| ${s.name} (\`${s.path}\`) | ${CATEGORIES.map((id) => s.scores[id]).join(' | ')} | ${METRICS.map((id) => formatMetric(id, s.metrics[id])).join(' | ')} | ${Math.round(s.benchmarkIndex)} |`,
  ),
  '',
  `Targets: performance ≥ ${TARGETS.performance}, accessibility ≥ ${TARGETS.accessibility}, best practices ≥ ${TARGETS['best-practices']}: ${missed.length ? `missed by ${missed.join(', ')}` : 'all met'}.`,
  '',
  ...summary.screens.map((s) => `- ${s.id}: audits below 90 in the median run: ${s.failingAudits.join(', ') || 'none'}; each run ${s.runs.map((r) => CATEGORIES.map((id) => r[id]).join('/')).join(', ')}`),
  '',
];
writeFileSync(join(OUT_DIR, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
writeFileSync(join(OUT_DIR, 'report.md'), lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
console.log(`lighthouse: results in ${OUT_DIR}/ (report.md, summary.json, <screen>.report.html and .json)`);
