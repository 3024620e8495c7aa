import { describe, expect, it } from 'vitest';
import { barPercent, niceMax, polyline } from './chart';

describe('dashboard charts', () => {
  it('rounds an axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(120)).toBe(200);
    expect(niceMax(4_900_000)).toBe(5_000_000);
    expect(niceMax(500)).toBe(500);
  });

  it('spreads points over the width and scales them to the height', () => {
    expect(polyline([0, 50, 100], 200, 100, 100)).toBe('0,100 100,50 200,0');
    expect(polyline([5], 200, 100, 10)).toBe('100,50');
    expect(polyline([], 200, 100, 10)).toBe('');
  });

  it('gives a bar its share of the largest, a sliver for small amounts and nothing for none', () => {
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(1, 1_000_000)).toBe(1);
    expect(barPercent(0, 10)).toBe(0);
  });
});
