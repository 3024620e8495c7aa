import { describe, expect, it } from 'vitest';
import { strategyFor } from './swPolicy';

const origin = 'https://kollekt.example';
const get = (path: string, mode = 'cors') => ({ method: 'GET', mode, url: `${origin}${path}` });

describe('what the service worker caches', () => {
  it('never touches the API or Quarkus endpoints, so no personal data is cached', () => {
    expect(strategyFor(get('/api/me'), origin)).toBe('network');
    expect(strategyFor(get('/api/contributions/mine?status=PLEDGED'), origin)).toBe('network');
    expect(strategyFor(get('/api/boards/stream'), origin)).toBe('network');
    expect(strategyFor(get('/api/shirt-campaigns/1/image'), origin)).toBe('network');
    expect(strategyFor(get('/api'), origin)).toBe('network');
    expect(strategyFor(get('/q/health'), origin)).toBe('network');
    // also when opened as a page (a download link)
    expect(strategyFor(get('/api/reports/contributions.csv', 'navigate'), origin)).toBe('network');
  });

  it('never touches a request that changes something, or another origin (Keycloak)', () => {
    expect(strategyFor({ method: 'POST', mode: 'cors', url: `${origin}/api/donations` }, origin)).toBe('network');
    expect(strategyFor({ method: 'POST', mode: 'navigate', url: `${origin}/` }, origin)).toBe('network');
    const keycloak = { method: 'GET', mode: 'cors', url: 'https://sso.example/realms/kollekt/protocol/openid-connect/certs' };
    expect(strategyFor(keycloak, origin)).toBe('network');
  });

  it('starts any page of the app from the app shell when offline', () => {
    expect(strategyFor(get('/', 'navigate'), origin)).toBe('shell');
    expect(strategyFor(get('/s/AB12CD', 'navigate'), origin)).toBe('shell');
    expect(strategyFor(get('/apiary', 'navigate'), origin)).toBe('shell');
  });

  it('serves the build’s own files from the cache', () => {
    expect(strategyFor(get('/assets/index-CMp_TxWA.js'), origin)).toBe('build');
    expect(strategyFor(get('/manifest.webmanifest'), origin)).toBe('build');
    expect(strategyFor(get('/icons/icon-192.png', 'no-cors'), origin)).toBe('build');
  });
});
