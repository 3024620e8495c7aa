import type { BoardMetric, BoardValueUnit } from '@/lib/api';
import { formatBasisPoints, formatCount, formatHours, formatMoney, formatNumber } from '@/lib/i18n';

/**
 * A board value the way its unit says: MINOR as money in `currency` (whole amounts without ",00"),
 * BASIS_POINTS as a percentage with one decimal, COUNT as a whole number, MINUTES as hours with at most one decimal.
 */
export function formatBoardValue(value: number, unit: BoardValueUnit, currency: string | undefined, locale: string): string {
  switch (unit) {
    case 'MINOR':
      // the contract marks `currency` optional; without it, show the amount in major units with two decimals
      return currency
        ? formatMoney(value, currency, locale, { wholeWithoutDecimals: true })
        : formatNumber(value / 100, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'BASIS_POINTS':
      return formatBasisPoints(value, locale);
    case 'COUNT':
      return formatCount(value, locale);
    case 'MINUTES':
      return formatHours(value, locale);
  }
}

/** Whether a board metric counts money (minor units in a currency): the only metrics people are ranked by. */
export function isMoneyMetric(metric: BoardMetric): boolean {
  return metric === 'MONEY_PLEDGED' || metric === 'MONEY_COLLECTED';
}
