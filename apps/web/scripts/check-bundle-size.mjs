// Prints the gzipped size of the JavaScript the first route loads and fails the build when it is over budget
// (QUALITY.md: 200 KB gzipped). The first route's JS is the entry script in index.html and what it preloads.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = resolve(import.meta.dirname, '../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
if (scripts.length === 0) {
  console.error('check-bundle-size: found no module script in dist/index.html');
  process.exit(1);
}
let total = 0;
for (const file of scripts) {
  const kb = gzipSync(readFileSync(join(dist, file))).length / 1024;
  total += kb;
  console.log(`  ${file}: ${kb.toFixed(1)} KB gzipped`);
}
console.log(`First-route JavaScript: ${total.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB: load charts and admin pages lazily.`);
  process.exit(1);
}
