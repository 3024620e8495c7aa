import { describe, expect, it } from 'vitest';
import { hoursAsNumber, parseHoursInput, toInstant } from './hours';

describe('hours', () => {
  it('reads hours as whole minutes, with either decimal mark', () => {
    expect(parseHoursInput('1,5')).toEqual({ ok: true, value: 90 });
    expect(parseHoursInput('2.25')).toEqual({ ok: true, value: 135 });
    expect(parseHoursInput('8')).toEqual({ ok: true, value: 480 });
  });

  it('refuses no hours, more than a day and too many decimals', () => {
    expect(parseHoursInput('0').ok).toBe(false);
    expect(parseHoursInput('24,5').ok).toBe(false);
    expect(parseHoursInput('1,255').ok).toBe(false);
    expect(parseHoursInput('').ok).toBe(false);
  });

  it('shows minutes as hours in the locale', () => {
    expect(hoursAsNumber(90, 'da-DK')).toBe('1,5');
    expect(hoursAsNumber(90, 'en-GB')).toBe('1.5');
  });

  it('turns a local date and time into an instant', () => {
    expect(toInstant('2026-12-01', '09:00')).toMatch(/^2026-1[12]-\d\dT\d\d:00:00.000Z$/);
    expect(toInstant('', '09:00')).toBeUndefined();
  });
});
