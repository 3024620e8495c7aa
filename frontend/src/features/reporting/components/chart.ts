/** Geometry of the dashboard's small SVG charts, kept apart from React so it can be tested. */

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/** The points of a polyline over `values` in a box of width × height (y grows downwards), scaled to `max`. */
export function polyline(values: readonly number[], width: number, height: number, max: number): string {
  if (values.length === 0) return '';
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((value, index) => {
      const x = values.length > 1 ? index * step : width / 2;
      const y = height - (Math.max(0, value) / max) * height;
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

/** Share of `max` as a percentage for a bar, at least a sliver for any non-zero value. */
export function barPercent(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(100, (value / max) * 100));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
