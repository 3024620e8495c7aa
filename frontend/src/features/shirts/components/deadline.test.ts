import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './deadline';

describe('deadline inputs', () => {
  it('round-trips a local date-time through an ISO instant', () => {
    expect(toLocalInput(fromLocalInput('2026-08-20T23:59'))).toBe('2026-08-20T23:59');
  });

  it('writes an instant as an ISO string with Z', () => {
    expect(fromLocalInput('2026-08-20T12:00')).toMatch(/^2026-08-2\dT\d{2}:00:00\.000Z$/);
  });
});
