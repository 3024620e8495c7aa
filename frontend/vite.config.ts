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
 * What the entry script (src/main.tsx, small) loads with import() is fetched beside it, not once it has run: the app
 * (src/app/start.tsx) with the chunks it imports and its styles, and keycloak-js. index.html preloads the scripts
 * (modulepreload) and links the styles, so that all arrive at once while the entry already asks Keycloak.
 * scripts/check-bundle-size.mjs counts every preloaded script in the first download.
 */
function preloadFromEntry(): Plugin {
  return {
    name: 'kollekt-preload-from-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((file) => file.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('/index.html'));
        if (!entry || entry.dynamicImports.length === 0) throw new Error('the entry script imports nothing with import()');
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const add = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName);
          if (!chunk || scripts.has(fileName) || fileName === entry.fileName) return;
          scripts.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk.imports.forEach(add);
        };
        entry.dynamicImports.forEach(add);
        return [
          ...[...styles].map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: `/${href}` }, injectTo: 'head' as const })),
          ...[...scripts].map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${href}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), serviceWorker(), preloadFromEntry()],
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
          // Two chunks before the first screen, not a dozen: the entry script (index: src/main.tsx, which asks Keycloak)
          // and the app (src/app/start.tsx with React, the router, i18next, the shell and the shared code), which
          // index.html preloads beside it; keycloak-js apart. Pages (src/features) and catalogues load on demand. Not
          // the service worker's modules: sw.js must stay one self-contained script.
          groups: [
            { name: 'index', tags: ['$initial'], test: (id) => !/[\\/]src[\\/]pwa[\\/]sw/.test(id) },
            {
              name: 'app',
              test: (id) =>
                !/[\\/]src[\\/](features|pwa[\\/]sw|main\.tsx)|[\\/]node_modules[\\/]keycloak-js[\\/]|[\\/]locales[\\/]/.test(id),
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
