export { parseMoneyInput, parseQuantityInput, minorToInput, MAX_AMOUNT_MINOR } from './parse';
export type { Parsed, ParseProblem } from './parse';
export { perUnitAmountMinor } from './estimate';

/** The mobile-payment app colleagues pay a pledge with, by currency (Denmark, Norway, Sweden). */
export function mobilePaymentApp(currency: string): string {
  return ({ DKK: 'MobilePay', NOK: 'Vipps', SEK: 'Swish' } as Record<string, string>)[currency] ?? 'MobilePay';
}
