/**
 * What the service worker (sw.ts) does with a request. Only the files of the app's own build are ever cached; an API
 * answer never is, as it holds personal data.
 * - `network`: not touched at all (the browser fetches it as if there were no service worker): anything not a GET,
 *   other origins (Keycloak), the API (/api) and Quarkus' own endpoints (/q).
 * - `shell`: a page navigation: the network, else (offline) the cached app shell, whose router shows the page.
 * - `build`: a file of the build (scripts, styles, icons): from the cache, else the network.
 */
export type Strategy = 'network' | 'shell' | 'build';

export function strategyFor(request: { method: string; mode: string; url: string }, origin: string): Strategy {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin) return 'network';
  if (/^\/(api|q)(\/|$)/.test(url.pathname)) return 'network';
  return request.mode === 'navigate' ? 'shell' : 'build';
}

/** The files of one build and a version that changes with any of them (written into sw.js by vite.config.ts). */
export interface Build {
  version: string;
  files: string[];
}

export const CACHE_PREFIX = 'kollekt-build-';

export function cacheName(build: Build): string {
  return `${CACHE_PREFIX}${build.version}`;
}
