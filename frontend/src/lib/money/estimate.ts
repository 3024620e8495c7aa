/**
 * What a per-unit sponsorship pledge comes to: min(rate × quantity, cap), with rate × quantity rounded half up
 * to a whole minor unit, exactly as the server does (Money.times: BigDecimal HALF_UP, then the cap).
 * Computed in integers so 50 øre × 0,29 km is 15 øre (floating point says 14.499999…).
 */
export function perUnitAmountMinor(rateMinor: number, quantity: number | string, capMinor?: number | null): number {
  if (!Number.isSafeInteger(rateMinor) || rateMinor < 0) throw new RangeError(`rate must be whole minor units, got ${rateMinor}`);
  const { digits, scale } = toDecimal(quantity);
  const product = BigInt(rateMinor) * digits;
  const divisor = 10n ** BigInt(scale);
  // half up for non-negative values: floor((2·p + d) / 2d)
  const rounded = (2n * product + divisor) / (2n * divisor);
  const amount = Number(rounded);
  return capMinor === undefined || capMinor === null ? amount : Math.min(amount, capMinor);
}

/** A non-negative decimal as integer digits and a scale: "12.40" → 1240n, 2. */
function toDecimal(quantity: number | string): { digits: bigint; scale: number } {
  let text = typeof quantity === 'number' ? numberToPlain(quantity) : quantity.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) throw new RangeError(`not a non-negative decimal: ${String(quantity)}`);
  if (!text.includes('.')) text += '.';
  const [whole = '0', fraction = ''] = text.split('.');
  return { digits: BigInt(whole + fraction || '0'), scale: fraction.length };
}

/** The shortest decimal text of a number (what JSON sent), also for small or large ones. */
function numberToPlain(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a non-negative number: ${value}`);
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}
