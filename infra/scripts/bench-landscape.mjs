#!/usr/bin/env node
// `npm run bench`: the landscape query (42 ICSs, every domain) of a published cycle as a national viewer against a bare
// `node:http` server returning the same JSON, in the same run, on this machine (issue 12: throughput ≥ 0.3× the bare
// server, p99 ≤ 50 ms at 50 connections). Prints the figures as a ratio; it does not fail on a slow machine. Needs a built checkout.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_HISTORY_CYCLES } = createRequire(import.meta.url)(join(root, 'packages/domain/dist/index.js'));

const folder = mkdtempSync(join(tmpdir(), 'idt-bench-'));
chmodSync(folder, 0o755);
const port = await freePort();
const app = spawn(process.execPath, [join(root, 'infra/scripts/start.mjs')], {
  cwd: root,
  env: { ...process.env, PORT: String(port), IDT_DATA_DIR: join(folder, 'postgres'), LOG_LEVEL: 'warn', DATABASE_URL: '' },
  stdio: 'ignore',
});
const api = `http://127.0.0.1:${port}`;

async function graphql(query, variables, cookie) {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: await response.json() };
}

function run(title, options) {
  return new Promise((resolveRun, reject) => {
    autocannon({ connections, duration: seconds, ...options }, (error, result) => (error ? reject(error) : resolveRun(result)));
  }).then((result) => {
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts)`);
    return result;
  });
}

try {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${api}/readyz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const national = DEMO_ACCOUNTS.find((a) => a.role === 'NATIONAL');
  const signIn = await graphql('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', {
    e: national.email,
    p: DEMO_PASSWORD,
  });
  const cookie = signIn.response.headers.get('set-cookie').split(';')[0];
  const cycles = await graphql('{ assessmentCycles { id name } }', {}, cookie);
  const cycleId = cycles.body.data.assessmentCycles.find((c) => c.name === DEMO_HISTORY_CYCLES[2].name).id;
  const query = `query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) { methodDescription
    entries { systemId name regionName overallScore category rank domainScores { domainKey score incomplete } }
    categoryCounts { category count } chasm { gap nearest { name distance } } } }`;
  const body = JSON.stringify({ query, variables: { c: cycleId } });
  const sample = await fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  const bytes = Buffer.from(await sample.arrayBuffer());

  const barePort = await freePort();
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes));
  });
  await new Promise((r) => bare.listen(barePort, '127.0.0.1', r));

  console.log(`landscape: 42 ICSs × 11 domains, ${bytes.length} bytes; ${connections} connections, ${seconds} s each`);
  const baseline = await run('bare node:http', { url: `http://127.0.0.1:${barePort}/`, method: 'POST', body });
  const real = await run('landscape', {
    url: `${api}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
  });
  // The floor: the smallest signed-in query (session, GraphQL parse, validate and limits, no data), to show how much
  // of the landscape's cost is the pipeline every request pays and how much is the landscape itself.
  const floor = await run('signed-in floor', {
    url: `${api}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  bare.close();
  const line = (name, r) =>
    `${name.padEnd(22)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms`;
  console.log(line('bare node:http', baseline));
  console.log(line('GraphQL landscape', real));
  console.log(line('GraphQL { me { id } }', floor));
  // Issue 12's bar for the landscape of a published cycle as a national viewer (served from the published-answers cache).
  const ratio = real.requests.average / baseline.requests.average;
  const met = ratio >= 0.3 && real.latency.p99 <= 50;
  console.log(`throughput ratio (landscape / bare): ${ratio.toFixed(3)}; landscape p99: ${real.latency.p99} ms`);
  console.log(`bar for the published landscape (≥ 0.3×, p99 ≤ 50 ms at ${connections} connections): ${met ? 'met' : 'NOT met'}`);
} finally {
  const exited = new Promise((r) => app.once('exit', r));
  app.kill('SIGTERM');
  await exited;
  rmSync(folder, { recursive: true, force: true });
}
