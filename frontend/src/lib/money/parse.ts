/**
 * Reading amounts and quantities typed by people. Money leaves the app only as integer minor units (øre),
 * so an amount is parsed as text, never through floating point.
 */

export type ParseProblem = 'required' | 'invalid' | 'negative' | 'decimals' | 'zero' | 'tooLarge';
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };

/** The largest single amount the contract accepts (DonationRequest/PledgeRequest maximum), in minor units. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000;

const DECIMAL = /^(\d+)(?:[.,](\d*))?$/;

/** Splits "123,45" / "123.45" into digits and fraction; spaces (also thin and no-break) are ignored. */
function readDecimal(text: string): Parsed<{ whole: string; fraction: string }> {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: false, problem: 'required' };
  if (/^[-\u2212]/.test(compact)) return { ok: false, problem: 'negative' };
  const match = DECIMAL.exec(compact.replace(/^\+/, ''));
  if (!match) return { ok: false, problem: 'invalid' };
  return { ok: true, value: { whole: match[1] ?? '0', fraction: match[2] ?? '' } };
}

/**
 * An amount in major units as typed ("123,45", "123.45", "100") → minor units (12345, 10000).
 * Rejects negatives, zero, more decimals than the currency has (2 for DKK, NOK, SEK), thousands
 * separators ("1.234,50" is ambiguous, so it is refused rather than guessed) and amounts above the maximum.
 */
export function parseMoneyInput(text: string, digits = 2, max = MAX_AMOUNT_MINOR): Parsed<number> {
  const read = readDecimal(text);
  if (!read.ok) return read;
  const { whole, fraction } = read.value;
  if (fraction.length > digits) return { ok: false, problem: 'decimals' };
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor === 0n) return { ok: false, problem: 'zero' };
  if (minor > BigInt(max)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: Number(minor) };
}

/**
 * A quantity such as a distance or a number of hours ("12,5") → a number with at most `digits` decimals
 * (the contract's pattern ^\d{1,6}([.]\d{1,2})?$). `allowZero` for a result (0 km is a result; a target is not).
 */
export function parseQuantityInput(
  text: string,
  { digits = 2, max = 100_000, allowZero = false }: { digits?: number; max?: number; allowZero?: boolean } = {},
): Parsed<number> {
  const read = readDecimal(text);
  if (!read.ok) return read;
  const { whole, fraction } = read.value;
  if (fraction.length > digits) return { ok: false, problem: 'decimals' };
  const value = Number(`${whole}.${fraction || '0'}`);
  if (value === 0 && !allowZero) return { ok: false, problem: 'zero' };
  if (value > max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

/** Minor units → the text an amount field shows for them ("123,45" in da), e.g. to prefill from a chip. */
export function minorToInput(minor: number, decimalSeparator: string, digits = 2): string {
  const whole = Math.trunc(minor / 10 ** digits);
  const fraction = minor % 10 ** digits;
  return fraction === 0 ? String(whole) : `${whole}${decimalSeparator}${String(fraction).padStart(digits, '0')}`;
}
