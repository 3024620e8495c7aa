// The service worker: lets the app start without a connection from the files of its build, cached when it is
// installed; nothing else is ever cached (see swPolicy.ts). Built into /sw.js by vite.config.ts, which puts the
// build's file list in place of self.__KOLLEKT_BUILD__. A new build installs beside the old one and takes over
// (deleting the old files) once no page of the old one is open.
import { CACHE_PREFIX, cacheName, strategyFor, type Build } from './swPolicy';

// The few service-worker types used here (the app's TypeScript libraries are the DOM's, not the worker's).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
declare const self: {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  readonly __KOLLEKT_BUILD__: Build;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

const build = self.__KOLLEKT_BUILD__;
const cache = cacheName(build);
// A build file is the same whatever the request's headers (e.g. the Origin a module script sends, where the server
// answers with "Vary: Origin").
const match = { cacheName: cache, ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cache).then((opened) => opened.addAll(build.files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cache).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function shell(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match('/', match);
    if (cached) return cached;
    throw error;
  }
}

async function fromBuild(request: Request): Promise<Response> {
  return (await caches.match(request, match)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, self.location.origin);
  if (strategy === 'shell') event.respondWith(shell(event.request));
  else if (strategy === 'build') event.respondWith(fromBuild(event.request));
});
