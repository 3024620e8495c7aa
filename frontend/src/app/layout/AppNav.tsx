import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { MoreIcon } from '@/components/icons';
import type { Role } from '@/lib/api';
import type { AppRoute } from '../routes';
import { arrangeNav } from './navOrder';

type NavItem = Pick<AppRoute, 'id' | 'path' | 'labelKey' | 'icon' | 'nav'>;

function isCurrent({ path, nav }: NavItem, pathname: string): boolean {
  if (typeof nav === 'object') return pathname.startsWith(nav.activeFor);
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

function ItemLink({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { path, labelKey, icon: Icon, nav } = item;
  const label = (
    <>
      <Icon className="nav__icon" />
      <span className="nav__label">{t(labelKey)}</span>
    </>
  );
  if (typeof nav === 'object') {
    const current = isCurrent(item, pathname);
    return (
      <Link to={path} className={`nav__link${current ? ' active' : ''}`} aria-current={current ? 'page' : undefined}>
        {label}
      </Link>
    );
  }
  return (
    <NavLink to={path} end={path === '/'} className="nav__link">
      {label}
    </NavLink>
  );
}

/**
 * The navigation: a bottom tab bar on phones, a sidebar from 768 px. The bar holds at most five items, the role's
 * most used first (navOrder.ts); the rest sit behind "More", a disclosure: it opens a sheet above the bar with the
 * focus on its first page, and Escape, a tap or focus outside, or going to a page closes it (Escape returns the focus
 * to "More"). In the sidebar there is room for all, so the sheet's pages simply follow the others there.
 */
export function AppNav({ items, roles }: { items: readonly NavItem[]; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { tabs, more } = arrangeNav(items, roles);
  // the page "More" was opened on: going to another page closes it
  const [openOn, setOpenOn] = useState<string>();
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : undefined);
  const moreItem = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const sheet = useRef<HTMLUListElement>(null);
  const sheetId = useId();

  useEffect(() => {
    if (!open) return;
    sheet.current?.querySelector('a')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!moreItem.current?.contains(event.target as Node)) setOpenOn(undefined);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  const moreCurrent = more.some((item) => isCurrent(item, pathname));

  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav__list">
        {tabs.map((item) => (
          <li key={item.id}>
            <ItemLink item={item} />
          </li>
        ))}
        {more.length > 0 ? (
          <li
            className="nav__more"
            ref={moreItem}
            onKeyDown={onKeyDown}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
            }}
          >
            <button
              ref={button}
              type="button"
              className={`nav__link nav__more-button${moreCurrent ? ' active' : ''}`}
              aria-expanded={open}
              aria-controls={sheetId}
              onClick={() => setOpen(!open)}
            >
              <MoreIcon className="nav__icon" />
              <span className="nav__label">{t('nav.more')}</span>
            </button>
            <ul id={sheetId} ref={sheet} className={`nav__sheet${open ? ' nav__sheet--open' : ''}`}>
              {more.map((item) => (
                <li key={item.id}>
                  <ItemLink item={item} />
                </li>
              ))}
            </ul>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
