import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api';
import { hasAnyRole } from '@/lib/session';
import { appRoutes } from '../routes';
import { arrangeNav } from './navOrder';

/** The pages someone with these roles has in the navigation, as the shell picks them. */
const navFor = (roles: Role[]) => appRoutes.filter((route) => route.nav !== false && !route.public && hasAnyRole({ roles }, route.roles));
const ids = (routes: readonly { id: string }[]) => routes.map((route) => route.id);

describe('the phone bar: at most five items, the most used for the role first', () => {
  it('gives an admin four pages and More, which holds the other six', () => {
    const { tabs, more } = arrangeNav(navFor(['employee', 'admin']), ['employee', 'admin']);
    expect(ids(tabs)).toEqual(['home', 'admin-payroll', 'reports', 'shirts']);
    expect(ids(more)).toEqual(['give', 'activities', 'boards', 'competitions', 'volunteering', 'pledges']);
  });

  it('puts giving and sponsoring first for an employee', () => {
    const { tabs, more } = arrangeNav(navFor(['employee']), ['employee']);
    expect(ids(tabs)).toEqual(['home', 'give', 'activities', 'boards']);
    expect(ids(more)).toEqual(['competitions', 'volunteering', 'shirts', 'pledges']);
  });

  it('puts competitions first for a lead, totals for NGO staff', () => {
    expect(ids(arrangeNav(navFor(['employee', 'lead']), ['employee', 'lead']).tabs)).toEqual(['home', 'competitions', 'boards', 'volunteering']);
    expect(ids(arrangeNav(navFor(['ngo']), ['ngo']).tabs)).toEqual(['home', 'reports', 'volunteering', 'boards']);
  });

  it('shows five pages without More when there are only five', () => {
    const five = navFor([]);
    expect(five).toHaveLength(5);
    const { tabs, more } = arrangeNav(five, []);
    expect(tabs).toHaveLength(5);
    expect(more).toEqual([]);
  });
});
