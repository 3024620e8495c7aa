/**
 * The only place money, dates and other locale-dependent values are formatted.
 * Every function takes the locale explicitly (see `useLocale()` for the current one).
 */

/** Number of minor-unit digits of a currency, e.g. 2 for DKK (øre), 0 for JPY. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats an amount given as an integer number of minor units (øre, cents).
 * formatMoney(12345, 'DKK', 'da-DK') → "123,45 kr."
 */
export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  if (!Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`Money amounts are whole minor units, got ${minorUnits}`);
  }
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minorUnits / 10 ** digits);
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
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
    }
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** "A, B og C" / "A, B and C". */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

function displayName(type: Intl.DisplayNamesType, code: string, locale: string): string | undefined {
  try {
    const name = new Intl.DisplayNames(locale, { type, fallback: 'none' }).of(code);
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
