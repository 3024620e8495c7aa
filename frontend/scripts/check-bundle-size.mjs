// Fails when the JavaScript a phone downloads before the first screen is over budget.
// That is what dist/index.html loads: its module scripts and the modules it preloads (the entry chunk and its
// static imports); chunks loaded later with import() (lazy pages, other languages) do not count.
// Usage: node scripts/check-bundle-size.mjs [distDir]   (BUNDLE_BUDGET_KB overrides the budget of 150 kB)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 150);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
  ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
].map((match) => match[1]);

if (initial.length === 0) {
  console.error(`check-bundle-size: no module script found in ${join(dist, 'index.html')}`);
  process.exit(1);
}

let totalBytes = 0;
for (const src of initial) {
  const bytes = gzipSync(readFileSync(join(dist, src.replace(/^\//, ''))), { level: 9 }).length;
  totalBytes += bytes;
  console.log(`  ${src.padEnd(48)} ${(bytes / 1000).toFixed(2).padStart(8)} kB gzip`);
}

const totalKb = totalBytes / 1000;
const verdict = `initial JavaScript ${totalKb.toFixed(2)} kB gzip (${initial.length} files), budget ${budgetKb} kB`;
if (totalKb > budgetKb) {
  console.error(`check-bundle-size: FAILED: ${verdict}`);
  process.exit(1);
}
console.log(`check-bundle-size: ok: ${verdict}`);
