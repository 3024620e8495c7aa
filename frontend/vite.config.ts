/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The built app is served by Quarkus (Quinoa) at http://localhost:8080/ with SPA routing.
// For a standalone `npm run dev`, /api and /q are proxied to that Quarkus instance
// (override with KOLLEKT_BACKEND=http://host:port when it runs elsewhere).
const backend = process.env.KOLLEKT_BACKEND ?? 'http://localhost:8080';

const publicDir = fileURLToPath(new URL('./public', import.meta.url));

/**
 * Builds src/pwa/sw.ts into /sw.js, a self-contained script, and writes into it the build's files to cache for
 * offline use: the app shell ("/", i.e. index.html), every script and style of the build, and public/ (manifest,
 * icons), not the source maps; with a version that changes whenever any of them, or the worker itself, does.
 */
function serviceWorker(): Plugin {
  return {
    name: 'kollekt-service-worker',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: fileURLToPath(new URL('./src/pwa/sw.ts', import.meta.url)), fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const sw = bundle['sw.js'];
      if (sw?.type !== 'chunk' || sw.imports.length > 0 || sw.dynamicImports.length > 0) {
        this.error('sw.js must be one self-contained script (a service worker cannot import chunks)');
      }
      const publicFiles = readdirSync(publicDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
      const built = Object.values(bundle).filter((file) => file.fileName !== 'sw.js' && !file.fileName.endsWith('.map'));
      const hash = createHash('sha256').update(sw.code);
      for (const file of built) hash.update(file.fileName).update(file.type === 'chunk' ? file.code : file.source);
      for (const file of publicFiles) hash.update(file).update(readFileSync(join(publicDir, file)));
      const files = ['/', ...built.filter((file) => file.fileName !== 'index.html'), ...publicFiles.map((fileName) => ({ fileName }))].map(
        (file) => (typeof file === 'string' ? file : `/${file.fileName}`),
      );
      const placeholder = 'self.__KOLLEKT_BUILD__';
      if (!sw.code.includes(placeholder)) this.error(`sw.js has no ${placeholder} to replace`);
      sw.code = sw.code.replace(placeholder, JSON.stringify({ version: hash.digest('hex').slice(0, 16), files }));
    },
  };
}

/**
 * keycloak-js is fetched beside the entry script (a modulepreload in index.html), not once the entry has run and asks
 * for it: every signed-in page load starts by signing in. It is still its own chunk, run only when signing in starts
 * (src/lib/auth/keycloak.ts), and scripts/check-bundle-size.mjs counts it in the first download.
 */
function preloadSignIn(): Plugin {
  return {
    name: 'kollekt-preload-sign-in',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isDynamicEntry && /[\\/]node_modules[\\/]keycloak-js[\\/]/.test(file.facadeModuleId ?? ''),
        );
        if (!chunk) throw new Error('no chunk of keycloak-js to preload');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', href: `/${chunk.fileName}`, crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), serviceWorker(), preloadSignIn()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen needs in one chunk: a phone then fetches a few files, not eight, before it
          // shows anything (lazy pages and other languages still load on demand). Not the service worker's modules:
          // sw.js must stay one self-contained script.
          groups: [{ name: 'app', tags: ['$initial'], test: (id) => !/[\\/]src[\\/]pwa[\\/]sw/.test(id) }],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
