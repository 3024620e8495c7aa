import { describe, expect, it } from 'vitest';
import { checkSplit } from './splitSum';

describe('the split of the corporate donation', () => {
  it('is ready when the typed parts sum exactly to the donation', () => {
    const check = checkSplit({ 1: '1000000', 2: '500000,50', 3: '' }, 150_000_050);
    expect(check.sumMinor).toBe(150_000_050);
    expect(check.leftMinor).toBe(0);
    expect(check.parts).toEqual([
      { projectPostId: 1, amountMinor: 100_000_000 },
      { projectPostId: 2, amountMinor: 50_000_050 },
    ]);
    expect(check.ok).toBe(true);
  });

  it('shows what is left or too much, and is not ready', () => {
    expect(checkSplit({ 1: '100' }, 20_000)).toMatchObject({ leftMinor: 10_000, ok: false });
    expect(checkSplit({ 1: '300' }, 20_000)).toMatchObject({ leftMinor: -10_000, ok: false });
  });

  it('names amounts that are not amounts', () => {
    expect(checkSplit({ 1: 'abc', 2: '200' }, 20_000)).toMatchObject({ invalid: [1], ok: false });
    expect(checkSplit({}, 20_000).ok).toBe(false);
  });
});
