#!/usr/bin/env node
// The CSR admin's journey, end to end on a phone: open the app, log in on Keycloak, go to Admin (payroll) through the
// navigation, create this month's payroll batch for a country, download its deduction file for the payroll office
// (CSV: header, one line per employee and currency, all with the batch's reference), then mark it paid — the
// confirmation answered by keyboard only — and see it paid. axe checks every screen on the way, the open
// confirmation too (lib.mjs, Journey).
//
//   BASE_URL        app address (default http://localhost:8080)
//   E2E_USER        Keycloak user with the admin role (default ada)
//   E2E_PASSWORD    password (default demo)
//   COUNTRY         the batch's country code (default DK); it must have pledges not yet in a batch
//   PERIOD          the batch's month, YYYY-MM (default: the form's own, this month in Danish time)
//   SCREENSHOTS_DIR where the numbered screenshots and the deduction file go (default e2e/screenshots/payroll)
//   CHROMIUM_PATH   browser binary (default /usr/bin/chromium)
//
// Exits 0 and prints "e2e payroll: ok" with the batch's reference on success. On failure prints the reason, saves a
// screenshot to e2e/failure-payroll.png and exits 1. The browser may only talk to BASE_URL and to services on this
// machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoCspViolations, env, firstVisible, Journey, logInThroughKeycloak, navigateTo, openPhone, reportFailure, step, uiText } from './lib.mjs';

const FAILURE_SCREENSHOT = fileURLToPath(new URL('./failure-payroll.png', import.meta.url));

const BASE_URL = env('BASE_URL', 'http://localhost:8080');
const USER = env('E2E_USER', 'ada');
const PASSWORD = env('E2E_PASSWORD', 'demo');
const COUNTRY = env('COUNTRY', 'DK');
const PERIOD = env('PERIOD');
const CHROMIUM_PATH = env('CHROMIUM_PATH', '/usr/bin/chromium');

/** The deduction file's columns (backend SettlementService.deductionFile). */
const DEDUCTION_HEADER = 'employee_number,amount,currency,reference';

function fail(reason) {
  console.error(`e2e payroll: FAILED: ${reason}`);
  process.exit(1);
}

if (!/^[A-Z]{2}$/.test(COUNTRY)) fail(`COUNTRY must be a country code like DK (got "${COUNTRY}")`);
if (PERIOD !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(PERIOD)) fail(`PERIOD must be a month like 2026-08 (got "${PERIOD}")`);

const { browser, page, pageErrors, blocked } = await openPhone({ baseUrl: BASE_URL, chromiumPath: CHROMIUM_PATH, fail });
const journey = new Journey('payroll', page);
const ERROR = 'main [data-testid=app-error]';

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

  await navigateTo(page, '/admin/payroll', 'Admin (payroll)');
  await step('see the countries to choose from', () => page.locator(`#batch-country option[value="${COUNTRY}"]`).waitFor({ state: 'attached' }));
  await step('see the batches (or that there are none)', () =>
    firstVisible({ batches: page.locator('[data-testid=payroll-batches]'), none: page.locator('main .empty'), error: page.locator(ERROR) }),
  );
  await journey.screen('payroll');

  await step(`choose ${COUNTRY}${PERIOD ? ` and ${PERIOD}` : ''}`, async () => {
    await page.locator('#batch-country').selectOption(COUNTRY);
    if (PERIOD) await page.locator('#batch-period').fill(PERIOD);
  });
  const period = await page.locator('#batch-period').inputValue();
  const reference = `KOLLEKT-${COUNTRY}-${period}`;
  await journey.shot('batch-form-filled-in');
  await step('create the batch', () => page.getByRole('button', { name: uiText('admin.payroll.createButton') }).click());
  const created = await step('see that the batch was created', () =>
    firstVisible({ created: page.locator('main form .notice[role=status]'), error: page.locator(ERROR) }),
  );
  if (created === 'error') throw new Error(`the batch was refused: "${(await page.locator(ERROR).first().innerText()).replace(/\s+/g, ' ')}"`);
  const batch = page.locator('[data-testid=payroll-batch]', { has: page.locator('.reference', { hasText: reference }) });
  await step(`see the batch ${reference} in the list, awaiting payroll`, () => batch.and(page.locator('[data-status=OPEN]')).waitFor({ state: 'visible' }));
  await journey.screen('batch-created');

  const deductions = await step('download the deduction file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      batch.getByRole('button', { name: uiText('admin.payroll.download') }).click(),
    ]);
    const file = join(journey.dir, download.suggestedFilename());
    await download.saveAs(file);
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
  });
  const lines = deductions.text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
  if (deductions.name !== `${reference}.csv`) throw new Error(`the deduction file is named "${deductions.name}", expected "${reference}.csv"`);
  if (lines[0] !== DEDUCTION_HEADER) throw new Error(`the deduction file's header is "${lines[0]}", expected "${DEDUCTION_HEADER}"`);
  if (lines.length < 2) throw new Error('the deduction file has a header and no lines');
  const stray = lines.slice(1).find((line) => !line.endsWith(`,${reference}`));
  if (stray) throw new Error(`a deduction line without the batch's reference: "${stray}"`);

  await step('ask to mark it paid', () => batch.getByRole('button', { name: uiText('admin.payroll.markCollected') }).click());
  const dialog = page.locator('dialog[open]');
  await step('see the confirmation', () => dialog.waitFor({ state: 'visible' }));
  await journey.screen('confirm-mark-paid');
  // Keyboard only: the safe answer has the focus; Tab to "Yes, mark as paid" and press Enter.
  await step('answer the confirmation by keyboard', async () => {
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if ((await focused()) !== uiText('common.back')) throw new Error(`the confirmation opened with the focus on "${await focused()}", not on the safe "${uiText('common.back')}"`);
    await page.keyboard.press('Tab');
    if ((await focused()) !== uiText('admin.payroll.confirmYes')) throw new Error(`Tab moved the focus to "${await focused()}", not to "${uiText('admin.payroll.confirmYes')}"`);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
  });
  const paid = await step(`see ${reference} paid`, () => firstVisible({ paid: batch.and(page.locator('[data-status=COLLECTED]')), error: page.locator(ERROR) }));
  if (paid === 'error') throw new Error(`marking it paid failed: "${(await page.locator(ERROR).first().innerText()).replace(/\s+/g, ' ')}"`);
  await journey.screen('batch-paid');

  journey.assertAccessible();
  assertNoCspViolations(pageErrors);
  console.log(
    `e2e payroll: ok (${USER} created reference=${reference}, downloaded ${deductions.name} with ${lines.length - 1} deduction lines, ` +
      `marked it paid by keyboard; login at ${loginOrigin}; ${journey.summary()})`,
  );
} catch (error) {
  exitCode = 1;
  await reportFailure({ name: 'payroll', error, page, pageErrors, blocked, screenshot: FAILURE_SCREENSHOT });
} finally {
  await browser.close().catch(() => {});
}
process.exit(exitCode);
