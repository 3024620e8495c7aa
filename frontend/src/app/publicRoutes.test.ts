import { describe, expect, it } from 'vitest';
import { PUBLIC_PATHS } from './publicPaths';
import { isPublicPath } from './router';
import { appRoutes } from './routes';

describe('public routes (no sign-in)', () => {
  it('only the canteen screen is public, and it is never in the navigation', () => {
    const open = appRoutes.filter((route) => route.public);
    expect(open.map((route) => route.path)).toEqual(['/screen/:token']);
    expect(open.every((route) => route.nav === false && !route.roles)).toBe(true);
  });

  it('the entry script knows the same public addresses as the route table', () => {
    expect([...PUBLIC_PATHS]).toEqual(appRoutes.filter((route) => route.public).map((route) => route.path));
  });

  it('recognises a screen link and nothing else', () => {
    expect(isPublicPath('/screen/3f9c0a1b2c3d4e5f60718293a4b5c6d7')).toBe(true);
    expect(isPublicPath('/screens')).toBe(false);
    expect(isPublicPath('/screen')).toBe(false);
    expect(isPublicPath('/screen/abc/extra')).toBe(false);
    expect(isPublicPath('/competitions/1')).toBe(false);
    expect(isPublicPath('/')).toBe(false);
    expect(isPublicPath('/screen/')).toBe(false);
  });
});
