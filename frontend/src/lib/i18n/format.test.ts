import { describe, expect, it } from 'vitest';
import {
  countryName,
  currencyAffix,
  currencyName,
  formatBasisPoints,
  formatCount,
  formatDate,
  formatDateRange,
  formatHours,
  formatList,
  formatMoney,
  formatNumber,
  todayIso,
} from './format';
import { detectLanguage, localeFor } from './languages';

const NBSP = '\u00a0';
const MINUS = '\u2212';
const da = localeFor('da');
const nb = localeFor('nb');
const sv = localeFor('sv');
const en = localeFor('en');

describe('formatMoney (amounts in minor units)', () => {
  it('formats øre as Danish kroner in da', () => {
    expect(formatMoney(12345, 'DKK', da)).toBe(`123,45${NBSP}kr.`);
    expect(formatMoney(100, 'DKK', da)).toBe(`1,00${NBSP}kr.`);
    expect(formatMoney(123456789, 'DKK', da)).toBe(`1.234.567,89${NBSP}kr.`);
    expect(formatMoney(5, 'DKK', da)).toBe(`0,05${NBSP}kr.`);
  });

  it('formats the same amounts in en', () => {
    expect(formatMoney(12345, 'DKK', en)).toBe(`DKK${NBSP}123.45`);
    expect(formatMoney(123456789, 'DKK', en)).toBe(`DKK${NBSP}1,234,567.89`);
    expect(formatMoney(250000, 'EUR', en)).toBe('€2,500.00');
    expect(formatMoney(-1999, 'EUR', en)).toBe('-€19.99');
  });

  it('formats other currencies in da', () => {
    expect(formatMoney(123450, 'EUR', da)).toBe(`1.234,50${NBSP}€`);
    // a foreign krone is spelled out so it is not mistaken for DKK
    expect(formatMoney(0, 'SEK', da)).toBe(`0,00${NBSP}SEK`);
  });

  it('uses the currency’s own number of minor units', () => {
    // JPY has no minor unit: 1234 minor units are ¥1,234
    expect(formatMoney(1234, 'JPY', en)).toBe(`JP¥1,234`);
    // KWD has three (fils)
    expect(formatMoney(1234, 'KWD', en)).toBe(`KWD${NBSP}1.234`);
  });

  it('rejects amounts that are not whole minor units', () => {
    expect(() => formatMoney(12.5, 'DKK', da)).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'DKK', da)).toThrow(RangeError);
  });
});

describe('kroner: DKK, NOK and SEK in each app language', () => {
  // 1.234.567,89 of each krone, and -5: each country writes its own krone as "kr" and spells out the others,
  // so a Norwegian reading a Danish amount never takes it for NOK. English shows the ISO codes.
  it.each([
    [da, 'DKK', `1.234.567,89${NBSP}kr.`, `-5,00${NBSP}kr.`],
    [da, 'NOK', `1.234.567,89${NBSP}NOK`, `-5,00${NBSP}NOK`],
    [da, 'SEK', `1.234.567,89${NBSP}SEK`, `-5,00${NBSP}SEK`],
    [nb, 'DKK', `1${NBSP}234${NBSP}567,89${NBSP}DKK`, `${MINUS}5,00${NBSP}DKK`],
    [nb, 'NOK', `1${NBSP}234${NBSP}567,89${NBSP}kr`, `${MINUS}5,00${NBSP}kr`],
    [nb, 'SEK', `1${NBSP}234${NBSP}567,89${NBSP}SEK`, `${MINUS}5,00${NBSP}SEK`],
    [sv, 'DKK', `1${NBSP}234${NBSP}567,89${NBSP}Dkr`, `${MINUS}5,00${NBSP}Dkr`],
    [sv, 'NOK', `1${NBSP}234${NBSP}567,89${NBSP}Nkr`, `${MINUS}5,00${NBSP}Nkr`],
    [sv, 'SEK', `1${NBSP}234${NBSP}567,89${NBSP}kr`, `${MINUS}5,00${NBSP}kr`],
    [en, 'DKK', `DKK${NBSP}1,234,567.89`, `-DKK${NBSP}5.00`],
    [en, 'NOK', `NOK${NBSP}1,234,567.89`, `-NOK${NBSP}5.00`],
    [en, 'SEK', `SEK${NBSP}1,234,567.89`, `-SEK${NBSP}5.00`],
  ])('%s shows %s as %s', (locale, currency, large, negative) => {
    expect(formatMoney(123456789, currency, locale)).toBe(large);
    expect(formatMoney(-500, currency, locale)).toBe(negative);
  });

  it('shows whole amounts of the home krone without øre/öre on the quick-amount chips', () => {
    expect(formatMoney(10000, 'NOK', nb, { wholeWithoutDecimals: true })).toBe(`100${NBSP}kr`);
    expect(formatMoney(10000, 'SEK', sv, { wholeWithoutDecimals: true })).toBe(`100${NBSP}kr`);
    expect(formatMoney(10050, 'SEK', sv, { wholeWithoutDecimals: true })).toBe(`100,50${NBSP}kr`);
  });

  it('puts the home krone after an amount field in nb and sv, as in da', () => {
    expect(currencyAffix('NOK', nb)).toEqual({ symbol: 'kr', position: 'suffix' });
    expect(currencyAffix('SEK', sv)).toEqual({ symbol: 'kr', position: 'suffix' });
    expect(currencyAffix('DKK', sv)).toEqual({ symbol: 'Dkr', position: 'suffix' });
    expect(currencyAffix('SEK', en)).toEqual({ symbol: 'SEK', position: 'prefix' });
  });
});

describe('formatDate', () => {
  it('formats an ISO calendar date in da and en', () => {
    expect(formatDate('2021-03-01', da)).toBe('1. marts 2021');
    expect(formatDate('2021-03-01', en)).toBe('1 March 2021');
  });

  it('formats an ISO calendar date in nb and sv', () => {
    expect(formatDate('2021-03-01', nb)).toBe('1. mars 2021');
    expect(formatDate('2021-03-01', sv)).toBe('1 mars 2021');
    expect(formatDate('2024-12-31', nb, { dateStyle: 'short' })).toBe('31.12.2024');
    expect(formatDate('2024-12-31', sv, { dateStyle: 'short' })).toBe('2024-12-31');
  });

  it('keeps a calendar date on the same day whatever the time zone', () => {
    // midnight UTC would be the previous evening in America; a date-only value must not shift
    expect(formatDate('2024-01-01', en, { dateStyle: 'short' })).toBe('01/01/2024');
    expect(formatDate('2024-12-31', da, { dateStyle: 'short' })).toBe('31.12.2024');
  });

  it('formats Date objects with custom options', () => {
    const date = new Date(Date.UTC(2025, 6, 14, 12, 0, 0));
    expect(formatDate(date, da, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('14. juli');
    expect(formatDate(date, en, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('14 July');
  });

  it('rejects invalid dates', () => {
    expect(() => formatDate('2021-02-30', da)).toThrow(RangeError);
    expect(() => formatDate('not a date', en)).toThrow(RangeError);
  });
});

describe('other Intl helpers', () => {
  it('joins lists the local way', () => {
    expect(formatList(['Salg', 'IT', 'HR'], da)).toBe('Salg, IT og HR');
    expect(formatList(['Sales', 'IT', 'HR'], en)).toBe('Sales, IT and HR');
    expect(formatList(['Salg', 'IT', 'HR'], nb)).toBe('Salg, IT og HR');
    expect(formatList(['Sälj', 'IT', 'HR'], sv)).toBe('Sälj, IT och HR');
  });

  it('names countries and currencies in the current language', () => {
    expect(countryName('DK', da)).toBe('Danmark');
    expect(countryName('se', en)).toBe('Sweden');
    expect(currencyName('DKK', da)).toBe('dansk krone');
    expect(currencyName('EUR', en)).toBe('Euro');
    expect(countryName('XX', en)).toBeUndefined();
    expect(countryName('not-a-code', en)).toBeUndefined();
  });

  it('maps app languages to Intl locales, defaulting to Danish', () => {
    expect(localeFor('da')).toBe('da-DK');
    expect(localeFor('nb')).toBe('nb-NO');
    expect(localeFor('sv')).toBe('sv-SE');
    expect(localeFor('en')).toBe('en-GB');
    expect(localeFor('fr')).toBe('da-DK');
    expect(localeFor(undefined)).toBe('da-DK');
  });
});

describe('the language to start in', () => {
  it('keeps the person’s own choice over the browser’s', () => {
    expect(detectLanguage('sv', ['nb-NO', 'en'])).toBe('sv');
  });

  it('takes the first browser language the app speaks', () => {
    expect(detectLanguage(null, ['sv-SE', 'en-US'])).toBe('sv');
    expect(detectLanguage(null, ['fr-FR', 'EN-gb', 'da'])).toBe('en');
    expect(detectLanguage(null, ['nb-NO'])).toBe('nb');
  });

  it('reads Norwegian and Nynorsk browsers as Bokmål', () => {
    expect(detectLanguage(null, ['no'])).toBe('nb');
    expect(detectLanguage(null, ['nn-NO'])).toBe('nb');
  });

  it('falls back to Danish for anything else, or a stale stored value', () => {
    expect(detectLanguage(null, ['de-DE', 'fr'])).toBe('da');
    expect(detectLanguage(null, [])).toBe('da');
    expect(detectLanguage('fi', ['de'])).toBe('da');
  });
});

describe('amount helpers', () => {
  it('can leave out ",00" of whole amounts (quick-amount chips)', () => {
    expect(formatMoney(10000, 'DKK', da, { wholeWithoutDecimals: true })).toBe(`100${NBSP}kr.`);
    expect(formatMoney(10050, 'DKK', da, { wholeWithoutDecimals: true })).toBe(`100,50${NBSP}kr.`);
    expect(formatMoney(5000, 'NOK', en, { wholeWithoutDecimals: true })).toBe(`NOK${NBSP}50`);
  });

  it('knows where the currency goes beside an amount field', () => {
    expect(currencyAffix('DKK', da)).toEqual({ symbol: 'kr.', position: 'suffix' });
    expect(currencyAffix('DKK', en)).toEqual({ symbol: 'DKK', position: 'prefix' });
  });

  it('formats plain numbers and finds today in Copenhagen', () => {
    expect(formatNumber(12.5, da)).toBe('12,5');
    expect(formatNumber(12.5, en)).toBe('12.5');
    // 23:30 UTC on 31 Dec is already New Year's Day in Copenhagen
    expect(todayIso('Europe/Copenhagen', new Date(Date.UTC(2025, 11, 31, 23, 30)))).toBe('2026-01-01');
  });
});

describe('counts, shares and spans of days', () => {
  it('formats whole counts with the local grouping', () => {
    expect(formatCount(1234, da)).toBe('1.234');
    expect(formatCount(1234, en)).toBe('1,234');
    expect(formatCount(0, da)).toBe('0');
  });

  it('formats basis points as a percentage with one decimal', () => {
    expect(formatBasisPoints(1250, da)).toBe(`12,5${NBSP}%`);
    expect(formatBasisPoints(1250, en)).toBe('12.5%');
    expect(formatBasisPoints(10_000, da)).toBe(`100,0${NBSP}%`);
    expect(formatBasisPoints(3, en)).toBe('0.0%');
    expect(formatBasisPoints(5, en)).toBe('0.1%');
  });

  it('formats minutes as hours with at most one decimal', () => {
    expect(formatHours(90, da)).toBe('1,5 t.');
    expect(formatHours(90, nb)).toBe('1,5 t');
    expect(formatHours(90, sv)).toBe('1,5 tim');
    expect(formatHours(90, en)).toBe('1.5 hrs');
    expect(formatHours(750, en)).toBe('12.5 hrs');
    expect(formatHours(80, en)).toBe('1.3 hrs');
    expect(formatHours(0, da)).toBe('0 t.');
  });

  it('formats a span of calendar days, or one day', () => {
    expect(formatDateRange('2026-11-01', '2026-11-22', da)).toBe('1.–22. nov. 2026');
    expect(formatDateRange('2026-11-01', '2026-11-22', en)).toBe('1\u2009–\u200922 Nov 2026');
    expect(formatDateRange('2026-11-01', '2026-11-01', en)).toBe('1 Nov 2026');
    expect(() => formatDateRange('2026-02-30', '2026-03-01', en)).toThrow(RangeError);
  });
});
