#!/usr/bin/env node
// NGO staff's journey, end to end on a phone: open the app, log in on Keycloak, go to the totals through the
// navigation, see pledged and collected apart (each chart with its table for screen readers), and download the totals
// as CSV and as an Excel workbook: the CSV has its header line and rows, the workbook is a real XLSX with the same
// header. axe checks every screen on the way (lib.mjs, Journey).
//
//   BASE_URL        app address (default http://localhost:8080)
//   E2E_USER        Keycloak user with the ngo (or admin) role (default nora)
//   E2E_PASSWORD    password (default demo)
//   SCREENSHOTS_DIR where the numbered screenshots and the downloaded files go (default e2e/screenshots/reports)
//   CHROMIUM_PATH   browser binary (default /usr/bin/chromium)
//
// Exits 0 and prints "e2e reports: ok" with the CSV's sum of pledged_minor ("pledged-sum=N") on success. On failure
// prints the reason, saves a screenshot to e2e/failure-reports.png and exits 1. The browser may only talk to BASE_URL
// and to services on this machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoCspViolations, env, Journey, logInThroughKeycloak, navigateTo, openPhone, reportFailure, step, uiText, unzip } from './lib.mjs';

const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure-reports.png', import.meta.url));

const BASE_URL = env('BASE_URL', 'http://localhost:8080');
const USER = env('E2E_USER', 'nora');
const PASSWORD = env('E2E_PASSWORD', 'demo');
const CHROMIUM_PATH = env('CHROMIUM_PATH', '/usr/bin/chromium');

/** The totals export's columns (backend ExportService.TOTALS_HEADER). */
const TOTALS_HEADER = ['key', 'name', 'pledged_minor', 'collected_minor', 'contributions', 'raised_pledged_minor', 'raised_collected_minor', 'reporting_currency'];

function fail(reason) {
  console.error(`e2e reports: FAILED: ${reason}`);
  process.exit(1);
}

const { browser, page, pageErrors, blocked } = await openPhone({ baseUrl: BASE_URL, chromiumPath: CHROMIUM_PATH, fail });
const journey = new Journey('reports', page);

/** Clicks "Download totals" and saves the file the browser receives in the journey's folder. */
async function downloadTotals(format) {
  return step(`download the totals as ${format.toUpperCase()}`, async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: uiText('reports.exportTotals') }).click(),
    ]);
    const name = download.suggestedFilename();
    if (!name.endsWith(`.${format}`)) throw new Error(`the file is named "${name}", expected .${format}`);
    const file = join(journey.dir, name);
    await download.saveAs(file);
    return { name, bytes: readFileSync(file) };
  });
}

let exitCode = 0;
try {
  await step(`open ${BASE_URL}`, () => page.goto(BASE_URL, { waitUntil: 'domcontentloaded' }));
  const { loginOrigin } = await logInThroughKeycloak(page, {
    user: USER,
    password: PASSWORD,
    landed: { '[data-testid=me-name]': page.locator('[data-testid=me-name]') },
    landedDescription: 'the home screen',
    journey,
  });
  await journey.screen('home');

  await navigateTo(page, '/reports', 'the totals');
  const stats = page.locator('.reports__stat-value');
  await step('see the totals, pledged and collected apart', async () => {
    await stats.first().waitFor({ state: 'visible' });
    const values = await stats.allInnerTexts();
    if (values.length < 2 || values.slice(0, 2).some((value) => !/\d/.test(value))) throw new Error(`the totals read ${JSON.stringify(values)}`);
  });
  const [pledged, collected] = (await stats.allInnerTexts()).map((value) => value.trim());
  await step('see a table for screen readers beside each chart', async () => {
    const charts = await page.locator('figure.chart[aria-hidden=true], ul.bars[aria-hidden=true]').count();
    const tables = await page.locator('figure.chart + .visually-hidden > table, ul.bars + .visually-hidden > table').count();
    if (charts === 0 || tables !== charts) throw new Error(`${charts} charts hidden from screen readers, ${tables} tables beside them`);
  });
  await journey.screen('totals');

  const csv = await downloadTotals('csv');
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
  if (lines[0] !== TOTALS_HEADER.join(',')) throw new Error(`the CSV's header is "${lines[0]}", expected "${TOTALS_HEADER.join(',')}"`);
  if (lines.length < 2) throw new Error(`the CSV ${csv.name} has a header and no rows`);
  const pledgedColumn = TOTALS_HEADER.indexOf('pledged_minor');
  // the totals have no commas in their numbers; a name with one is quoted, so count from the end
  const pledgedSum = lines.slice(1).reduce((sum, line) => sum + Number(line.split(',').at(pledgedColumn - TOTALS_HEADER.length)), 0);
  if (!Number.isSafeInteger(pledgedSum) || pledgedSum <= 0) throw new Error(`the CSV's pledged_minor adds up to ${pledgedSum}`);

  await step('choose Excel (XLSX)', () => page.getByRole('radio', { name: uiText('reports.formats.xlsx') }).check());
  const xlsx = await downloadTotals('xlsx');
  await step(`read ${xlsx.name} as a workbook`, async () => {
    if (xlsx.bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') throw new Error(`${xlsx.name} is not a ZIP archive (an XLSX is one)`);
    const entries = unzip(xlsx.bytes);
    if (!entries.has('xl/workbook.xml')) throw new Error(`${xlsx.name} has no xl/workbook.xml: ${[...entries.keys()].join(', ')}`);
    const text = [...entries].filter(([name]) => name.startsWith('xl/')).map(([, data]) => data.toString('utf8')).join('\n');
    const missing = TOTALS_HEADER.filter((column) => !text.includes(column));
    if (missing.length > 0) throw new Error(`${xlsx.name} lacks the columns ${missing.join(', ')}`);
  });
  await journey.screen('totals-downloaded');

  journey.assertAccessible();
  assertNoCspViolations(pageErrors);
  console.log(
    `e2e reports: ok (${USER} saw pledged ${pledged} and collected ${collected}; ${csv.name}: header and ${lines.length - 1} rows, ` +
      `pledged-sum=${pledgedSum}; ${xlsx.name}: ${xlsx.bytes.length} bytes, a workbook with the same columns; login at ${loginOrigin}; ${journey.summary()})`,
  );
} catch (error) {
  exitCode = 1;
  await reportFailure({ name: 'reports', error, page, pageErrors, blocked, screenshot: FAILURE_SCREENSHOT });
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
