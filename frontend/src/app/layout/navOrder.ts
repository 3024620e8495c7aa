import type { Role } from '@/lib/api';

/** Items the phone's bottom bar shows at most; with more pages than that, the last place is "More". */
export const PHONE_TAB_SLOTS = 5;

/**
 * Each role's most used pages (route ids), most used first, after the product brief: an employee gives and
 * sponsors, a lead runs competitions and approves hours, NGO staff read totals and post volunteer needs, an admin
 * settles pledges and runs shirt campaigns. Someone with several roles gets the order of the first of
 * {@link ROLE_PRECEDENCE} they have.
 */
const MOST_USED: Record<Role, readonly string[]> = {
  employee: ['home', 'give', 'activities', 'boards'],
  lead: ['home', 'competitions', 'boards', 'volunteering'],
  ngo: ['home', 'reports', 'volunteering', 'boards'],
  admin: ['home', 'admin-payroll', 'reports', 'shirts'],
};
const ROLE_PRECEDENCE: readonly Role[] = ['admin', 'ngo', 'lead', 'employee'];

/**
 * Splits the navigation into the bottom bar's tabs and the rest, which goes behind "More": the role's most used
 * pages first, the others in the route table's order. All fit the bar when there are {@link PHONE_TAB_SLOTS} or
 * fewer; otherwise the bar holds one less, to leave room for "More".
 */
export function arrangeNav<T extends { id: string }>(items: readonly T[], roles: readonly Role[]): { tabs: T[]; more: T[] } {
  const role = ROLE_PRECEDENCE.find((candidate) => roles.includes(candidate)) ?? 'employee';
  const rank = (item: T) => {
    const index = MOST_USED[role].indexOf(item.id);
    return index === -1 ? MOST_USED[role].length : index;
  };
  const ordered = [...items].sort((a, b) => rank(a) - rank(b));
  if (ordered.length <= PHONE_TAB_SLOTS) return { tabs: ordered, more: [] };
  return { tabs: ordered.slice(0, PHONE_TAB_SLOTS - 1), more: ordered.slice(PHONE_TAB_SLOTS - 1) };
}
