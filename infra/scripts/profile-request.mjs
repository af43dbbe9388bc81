#!/usr/bin/env node
// Profiles the API under load on one query: `node infra/scripts/profile-request.mjs ['{ me { id } }']`.
// Starts an embedded PostgreSQL and the built API (apps/api/dist) with the demo data, signs in the national viewer,
// warms up, then records a V8 CPU profile while autocannon sends the query (PROFILE_SECONDS, default 10, at
// PROFILE_CONNECTIONS, default 20) and prints where the time went: self time by function and by package/file.
// Needs a built checkout (`npm run build`). The .cpuprofile is kept (path printed) for Chrome DevTools.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
if (process.argv[2] === '--summarise') {
  // Re-reads a saved profile: `node infra/scripts/profile-request.mjs --summarise file.cpuprofile`.
  summarise(JSON.parse(readFileSync(process.argv[3], 'utf8')));
  process.exit(0);
}
const query = process.argv[2] ?? '{ me { id } }';
const seconds = Number(process.env.PROFILE_SECONDS ?? 10);
const connections = Number(process.env.PROFILE_CONNECTIONS ?? 20);
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = createRequire(import.meta.url)(join(root, 'packages/domain/dist/index.js'));

const folder = mkdtempSync(join(tmpdir(), 'idt-profile-'));
chmodSync(folder, 0o755);
const profileFile = join(tmpdir(), `idt-api-${Date.now()}.cpuprofile`);
const postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), database: 'idt_canvas' });
const port = await freePort();
const api = fork(join(root, 'apps/api/dist/main.js'), [], {
  cwd: root,
  execArgv: ['-r', join(root, 'infra/scripts/cpu-profile-hook.cjs')],
  env: { ...process.env, PORT: String(port), DATABASE_URL: postgres.url, SEED_DEMO_DATA: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', CPU_PROFILE_FILE: profileFile },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const url = `http://127.0.0.1:${port}`;
const load = (cookie, duration) =>
  new Promise((res, rej) =>
    autocannon(
      { url: `${url}/graphql`, method: 'POST', connections, duration, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query }) },
      (e, r) => (e ? rej(e) : res(r)),
    ),
  );

try {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const national = DEMO_ACCOUNTS.find((a) => a.role === 'NATIONAL');
  const signIn = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', variables: { e: national.email, p: DEMO_PASSWORD } }),
  });
  const cookie = signIn.headers.get('set-cookie').split(';')[0];
  console.log("signed in", new Date().toISOString());
  const warm = await load(cookie, 3);
  console.log(`warm-up: ${warm.requests.average} req/s, ${warm.non2xx} non-2xx, ${warm.errors} errors`);
  api.send('start');
  await new Promise((r) => setTimeout(r, 200));
  const result = await load(cookie, seconds);
  if (process.env.PROFILE_DEBUG) console.log('loaded', new Date().toISOString());
  api.send('stop');
  for (let i = 0; i < 600 && !existsSync(profileFile); i++) await new Promise((r) => setTimeout(r, 100));
  if (process.env.PROFILE_DEBUG) console.log('written', new Date().toISOString());
  console.log(`${query}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx (${connections} connections, ${seconds} s)`);
  summarise(JSON.parse(readFileSync(profileFile, 'utf8')));
  console.log(`profile: ${profileFile}`);
} finally {
  const exited = new Promise((r) => api.once('exit', r));
  api.kill('SIGTERM');
  await exited;
  await postgres.stop();
  rmSync(folder, { recursive: true, force: true });
}

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const where = (n) => {
    const u = n.callFrame.url;
    if (!u) return `(${n.callFrame.functionName || 'native'})`;
    const m = u.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (m) return m[1];
    if (u.startsWith('node:')) return u;
    return u.replace(`file://${root}/`, '').replace(root + '/', '');
  };
  const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);
  const fns = new Map();
  const files = new Map();
  for (const [id, t] of self) {
    const n = byId.get(id);
    add(fns, `${n.callFrame.functionName || '(anonymous)'} ${where(n)}:${n.callFrame.lineNumber + 1}`, t);
    add(files, where(n), t);
  }
  // Inclusive time by package: a sample counts once for every package on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const [id, t] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = where(byId.get(at));
      if (!key.startsWith('(') && !key.startsWith('node:') && !seen.has(key)) seen.add(key);
    }
    for (const key of seen) add(inclusive, key, t);
  }
  const top = (map, count) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`).join('\n');
  console.log(`self time by package or file (of ${(total / 1e6).toFixed(1)} s sampled):\n${top(files, 25)}`);
  console.log(`inclusive time by package or file:\n${top(inclusive, 20)}`);
  console.log(`self time by function:\n${top(fns, 30)}`);
}
