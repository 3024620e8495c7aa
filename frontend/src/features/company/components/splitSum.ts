import { parseMoneyInput } from '@/lib/money';

export interface SplitCheck {
  /** Parts with a valid positive amount, by project post. */
  parts: { projectPostId: number; amountMinor: number }[];
  /** Sum of the valid parts in minor units. */
  sumMinor: number;
  /** What is still to be assigned (negative when too much). */
  leftMinor: number;
  /** Posts whose text is not a valid amount. */
  invalid: number[];
  /** The split can be sent: every filled amount valid, at least one part, and the sum exactly the donation. */
  ok: boolean;
}

/** Checks typed amounts per project post against the donation, as the NGO types them (the server checks again). */
export function checkSplit(amounts: Record<number, string>, donationMinor: number): SplitCheck {
  const parts: SplitCheck['parts'] = [];
  const invalid: number[] = [];
  for (const [post, text] of Object.entries(amounts)) {
    if (text.trim() === '') continue;
    const parsed = parseMoneyInput(text);
    if (parsed.ok) parts.push({ projectPostId: Number(post), amountMinor: parsed.value });
    else invalid.push(Number(post));
  }
  const sumMinor = parts.reduce((sum, p) => sum + p.amountMinor, 0);
  const leftMinor = donationMinor - sumMinor;
  return { parts, sumMinor, leftMinor, invalid, ok: invalid.length === 0 && parts.length > 0 && leftMinor === 0 };
}
