import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { HomeIcon, type IconProps } from '@/components/icons';
import { HomePage } from '@/features/session/components/HomePage';

export interface AppRoute {
  /** Stable id, also used as React key. */
  id: string;
  /** Absolute path of the page ('/' for home). */
  path: string;
  /** i18n key of the label in the tab bar / sidebar. */
  labelKey: ParseKeys;
  icon: ComponentType<IconProps>;
  Component: ComponentType;
}

/**
 * THE route table: the router and the navigation (bottom tabs on phones, sidebar on wider
 * screens) are both rendered from it. Add a feature's page here, e.g. give, sponsorships,
 * competitions, shirts, volunteering; its label key goes under "nav" in both locale files.
 */
export const appRoutes: readonly AppRoute[] = [
  { id: 'home', path: '/', labelKey: 'nav.home', icon: HomeIcon, Component: HomePage },
];
