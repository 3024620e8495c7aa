import { parseQuantityInput, type Parsed } from '@/lib/money';
import { formatNumber } from '@/lib/i18n';

/** Hours as typed ("1,5", "2.25") → whole minutes (at most 24 hours, quarter-hour precision is enough). */
export function parseHoursInput(text: string): Parsed<number> {
  const parsed = parseQuantityInput(text, { digits: 2, max: 24 });
  return parsed.ok ? { ok: true, value: Math.round(parsed.value * 60) } : parsed;
}

/** Minutes as hours with at most two decimals: 90 → "1,5" (da) / "1.5" (en). */
export function hoursAsNumber(minutes: number, locale: string): string {
  return formatNumber(minutes / 60, locale, { maximumFractionDigits: 2 });
}

/** A shift's time span in the reader's time zone, e.g. "12 Dec 2026, 09:00 – 13:00". */
export function formatShift(startsAt: string, endsAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
}

/** A local date and time of day (from date and time inputs) as an ISO instant, in the browser's time zone. */
export function toInstant(date: string, time: string): string | undefined {
  const value = new Date(`${date}T${time}`);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}
