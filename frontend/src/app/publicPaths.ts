/**
 * The addresses of the public pages (rendered without signing in: the canteen screen), apart from the route table so
 * that the entry script (main.tsx) can tell, before the rest of the app has arrived, whether to ask Keycloak at all.
 * routes.tsx marks the same routes `public` (publicRoutes.test.ts keeps the two in step).
 */
export const PUBLIC_PATHS = ['/screen/:token'] as const;

function matches(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const got = pathname.replace(/\/+$/, '').split('/');
  return want.length === got.length && want.every((part, i) => (part.startsWith(':') ? got[i] !== '' : part === got[i]));
}

/** Whether `pathname` is one of the public pages (rendered without sign-in, outside the shell). */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((pattern) => matches(pattern, pathname));
}
