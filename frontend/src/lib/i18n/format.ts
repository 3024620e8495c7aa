/**
 * The only place money, dates and other locale-dependent values are formatted.
 * Every function takes the locale explicitly (see `useLocale()` for the current one).
 */

/**
 * Intl formatters are costly to make and cheap to use (a board of 20 rows formats about a hundred values): one of each
 * kind per locale and options, kept for the page's life (the app's calls use a few dozen).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>();

/** The formatter kept under `key`, made by `make` the first time. */
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>(
  key: string,
  make: () => T,
): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return formatter(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return formatter(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** Number of minor-unit digits of a currency, e.g. 2 for DKK (øre), 0 for JPY. */
export function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats an amount given as an integer number of minor units (øre, cents).
 * formatMoney(12345, 'DKK', 'da-DK') → "123,45 kr."
 */
export function formatMoney(
  minorUnits: number,
  currency: string,
  locale: string,
  options: { wholeWithoutDecimals?: boolean } = {},
): string {
  if (!Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`Money amounts are whole minor units, got ${minorUnits}`);
  }
  const digits = currencyDigits(currency);
  const shown = options.wholeWithoutDecimals && minorUnits % 10 ** digits === 0 ? 0 : digits;
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: shown,
    maximumFractionDigits: shown,
  }).format(minorUnits / 10 ** digits);
}

/**
 * How the locale writes a currency beside an amount, for an amount field's prefix or suffix:
 * currencyAffix('DKK', 'da-DK') → { symbol: 'kr.', position: 'suffix' }; ('DKK', 'en-GB') → { 'DKK', 'prefix' }.
 */
export function currencyAffix(currency: string, locale: string): { symbol: string; position: 'prefix' | 'suffix' } {
  const parts = numberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  const index = parts.findIndex((part) => part.type === 'currency');
  const integer = parts.findIndex((part) => part.type === 'integer');
  return { symbol: parts[index]?.value ?? currency, position: index > integer ? 'suffix' : 'prefix' };
}

/** The locale's decimal separator: "," in da, "." in en. */
export function decimalSeparator(locale: string): string {
  return numberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** A plain number (e.g. a distance of 12.5) the local way: "12,5" in da, "12.5" in en. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  return numberFormat(locale, options).format(value);
}

/** A whole count (people, places): "1.234" in da, "1,234" in en; a fraction is rounded. */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * A share given in basis points (1/100 of a per cent) as a percentage with one decimal:
 * formatBasisPoints(1250, 'da-DK') → "12,5 %", ('en-GB') → "12.5%".
 */
export function formatBasisPoints(basisPoints: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    basisPoints / 10_000,
  );
}

/**
 * A duration given in whole minutes as hours with at most one decimal, the locale's short unit:
 * formatHours(90, 'da-DK') → "1,5 t.", ('en-GB') → "1.5 hrs".
 */
export function formatHours(minutes: number, locale: string): string {
  return numberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    minutes / 60,
  );
}

/** Today's calendar date (YYYY-MM-DD) in a time zone; Kollekt's days are Copenhagen days, as on the server. */
export function todayIso(timeZone = 'Europe/Copenhagen', now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a date. An ISO calendar date ("2021-03-01", OpenAPI `format: date`) is shown as that
 * same day in every time zone; a Date or a date-time string is shown in the browser's time zone.
 */
export function formatDate(
  value: string | Date,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  if (typeof value === 'string') {
    const match = DATE_ONLY.exec(value);
    if (match) {
      const [, y, m, d] = match;
      const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      if (date.getUTCMonth() !== Number(m) - 1) throw new RangeError(`Invalid date: ${value}`);
      return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
    }
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return dateTimeFormat(locale, options).format(date);
}

/**
 * A span of calendar days (ISO "YYYY-MM-DD"), shortened the local way: "1.–22. nov. 2026" / "1 – 22 Nov 2026";
 * one day when both are the same.
 */
export function formatDateRange(
  from: string,
  to: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' },
): string {
  const day = (value: string) => {
    const match = DATE_ONLY.exec(value);
    if (!match) throw new RangeError(`Invalid date: ${value}`);
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(m) - 1) throw new RangeError(`Invalid date: ${value}`);
    return date;
  };
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatRange(day(from), day(to));
}

/** "A, B og C" / "A, B and C". */
export function formatList(items: readonly string[], locale: string): string {
  return formatter(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

function displayName(type: Intl.DisplayNamesType, code: string, locale: string): string | undefined {
  try {
    const name = formatter(`x|${type}|${locale}`, () => new Intl.DisplayNames(locale, { type, fallback: 'none' })).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The name of a country (ISO 3166 code) in the given locale, or undefined if unknown. */
export function countryName(code: string, locale: string): string | undefined {
  return displayName('region', code.toUpperCase(), locale);
}

/** The name of a currency (ISO 4217 code) in the given locale, or undefined if unknown. */
export function currencyName(code: string, locale: string): string | undefined {
  return displayName('currency', code.toUpperCase(), locale);
}
