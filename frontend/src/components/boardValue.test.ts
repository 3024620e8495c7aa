import { describe, expect, it } from 'vitest';
import { localeFor } from '@/lib/i18n';
import { formatBoardValue, isMoneyMetric } from './boardValue';

const NBSP = '\u00a0';
const da = localeFor('da');
const en = localeFor('en');

describe('formatBoardValue (by the board’s valueUnit)', () => {
  it('shows MINOR as money in the board’s currency, whole amounts without decimals', () => {
    expect(formatBoardValue(1_250_000, 'MINOR', 'DKK', da)).toBe(`12.500${NBSP}kr.`);
    expect(formatBoardValue(1_250_000, 'MINOR', 'DKK', en)).toBe(`DKK${NBSP}12,500`);
    // per employee: rounded to øre by the server
    expect(formatBoardValue(12_345, 'MINOR', 'DKK', da)).toBe(`123,45${NBSP}kr.`);
    expect(formatBoardValue(12_345, 'MINOR', 'SEK', en)).toBe(`SEK${NBSP}123.45`);
    expect(formatBoardValue(0, 'MINOR', 'NOK', da)).toBe(`0${NBSP}NOK`);
  });

  it('still shows MINOR as an amount when the board names no currency', () => {
    expect(formatBoardValue(12_345, 'MINOR', undefined, da)).toBe('123,45');
    expect(formatBoardValue(12_345, 'MINOR', undefined, en)).toBe('123.45');
  });

  it('shows MINUTES as hours with at most one decimal, never as money', () => {
    expect(formatBoardValue(90, 'MINUTES', undefined, da)).toBe('1,5 t.');
    expect(formatBoardValue(90, 'MINUTES', undefined, en)).toBe('1.5 hrs');
    expect(formatBoardValue(60, 'MINUTES', 'DKK', en)).toBe('1 hr');
    // per employee: rounded minutes from the server, shown to a tenth of an hour
    expect(formatBoardValue(47, 'MINUTES', undefined, da)).toBe('0,8 t.');
    expect(formatBoardValue(74_100, 'MINUTES', undefined, da)).toBe('1.235 t.');
  });

  it('shows BASIS_POINTS as a percentage with one decimal', () => {
    expect(formatBoardValue(4_567, 'BASIS_POINTS', undefined, da)).toBe(`45,7${NBSP}%`);
    expect(formatBoardValue(4_567, 'BASIS_POINTS', undefined, en)).toBe('45.7%');
    expect(formatBoardValue(10_000, 'BASIS_POINTS', undefined, en)).toBe('100.0%');
    expect(formatBoardValue(0, 'BASIS_POINTS', undefined, da)).toBe(`0,0${NBSP}%`);
  });

  it('shows COUNT as a whole number', () => {
    expect(formatBoardValue(1_234, 'COUNT', undefined, da)).toBe('1.234');
    expect(formatBoardValue(1_234, 'COUNT', undefined, en)).toBe('1,234');
    expect(formatBoardValue(7, 'COUNT', 'DKK', da)).toBe('7');
  });
});

describe('isMoneyMetric', () => {
  it('is true only for the money metrics (the ones people are ranked by)', () => {
    expect(isMoneyMetric('MONEY_PLEDGED')).toBe(true);
    expect(isMoneyMetric('MONEY_COLLECTED')).toBe(true);
    expect(isMoneyMetric('PARTICIPATION')).toBe(false);
    expect(isMoneyMetric('SHIRTS_PRINTED')).toBe(false);
    expect(isMoneyMetric('VOLUNTEER_HOURS')).toBe(false);
  });
});
