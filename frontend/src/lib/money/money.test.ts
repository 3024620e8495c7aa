import { describe, expect, it } from 'vitest';
import { perUnitAmountMinor } from './estimate';
import { minorToInput, parseMoneyInput, parseQuantityInput } from './parse';

describe('parseMoneyInput (major units as typed → minor units)', () => {
  it('reads a comma or a point as the decimal separator', () => {
    expect(parseMoneyInput('123,45')).toEqual({ ok: true, value: 12345 });
    expect(parseMoneyInput('123.45')).toEqual({ ok: true, value: 12345 });
    expect(parseMoneyInput('100')).toEqual({ ok: true, value: 10000 });
    expect(parseMoneyInput('0,5')).toEqual({ ok: true, value: 50 });
    expect(parseMoneyInput(' 50,00 ')).toEqual({ ok: true, value: 5000 });
    expect(parseMoneyInput('1 000')).toEqual({ ok: true, value: 100000 });
    expect(parseMoneyInput('19.99')).toEqual({ ok: true, value: 1999 }); // no 19.99 * 100 = 1998.9999… trap
  });

  it('rejects more than two decimals', () => {
    expect(parseMoneyInput('123,456')).toEqual({ ok: false, problem: 'decimals' });
    expect(parseMoneyInput('0.001')).toEqual({ ok: false, problem: 'decimals' });
  });

  it('rejects negatives, zero, empty and anything that is not an amount', () => {
    expect(parseMoneyInput('-5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoneyInput('−5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoneyInput('0')).toEqual({ ok: false, problem: 'zero' });
    expect(parseMoneyInput('0,00')).toEqual({ ok: false, problem: 'zero' });
    expect(parseMoneyInput('')).toEqual({ ok: false, problem: 'required' });
    expect(parseMoneyInput('   ')).toEqual({ ok: false, problem: 'required' });
    expect(parseMoneyInput('abc')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseMoneyInput('1.234,50')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseMoneyInput('1e3')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseMoneyInput('12,')).toEqual({ ok: true, value: 1200 });
  });

  it('rejects amounts above the largest pledge the contract allows', () => {
    expect(parseMoneyInput('10000000000')).toEqual({ ok: true, value: 1_000_000_000_000 });
    expect(parseMoneyInput('10000000000,01')).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('turns minor units back into field text', () => {
    expect(minorToInput(10000, ',')).toBe('100');
    expect(minorToInput(12345, ',')).toBe('123,45');
    expect(minorToInput(1205, '.')).toBe('12.05');
  });
});

describe('parseQuantityInput', () => {
  it('reads distances and hours with up to two decimals', () => {
    expect(parseQuantityInput('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseQuantityInput('10')).toEqual({ ok: true, value: 10 });
    expect(parseQuantityInput('1,234')).toEqual({ ok: false, problem: 'decimals' });
    expect(parseQuantityInput('0')).toEqual({ ok: false, problem: 'zero' });
    expect(parseQuantityInput('0', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseQuantityInput('100001')).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('perUnitAmountMinor = min(rate × target, cap), half up to whole øre', () => {
  it('multiplies the rate by the quantity', () => {
    expect(perUnitAmountMinor(1000, 10)).toBe(10000); // 10 kr/km × 10 km = 100 kr
    expect(perUnitAmountMinor(125, 12.4)).toBe(1550);
    expect(perUnitAmountMinor(1000, '12,4')).toBe(12400);
  });

  it('rounds half up to a whole øre, like the server', () => {
    expect(perUnitAmountMinor(333, 1.5)).toBe(500); // 499.5 → 500
    expect(perUnitAmountMinor(333, 0.5)).toBe(167); // 166.5 → 167
    expect(perUnitAmountMinor(50, 0.29)).toBe(15); // 14.5; floating point gives 14.499999999999998
    expect(perUnitAmountMinor(1, 0.49)).toBe(0);
    expect(perUnitAmountMinor(1, 0.5)).toBe(1);
  });

  it('never exceeds the cap', () => {
    expect(perUnitAmountMinor(1000, 10, 8000)).toBe(8000);
    expect(perUnitAmountMinor(1000, 10, 20000)).toBe(10000);
    expect(perUnitAmountMinor(1000, 10, null)).toBe(10000);
    expect(perUnitAmountMinor(333, 1.5, 500)).toBe(500);
  });

  it('is zero for a result of zero', () => {
    expect(perUnitAmountMinor(1000, 0, 5000)).toBe(0);
  });
});
