#!/usr/bin/env node
// `npm run bench`: each measured query against a bare `node:http` server returning the same bytes, in the same run,
// on this machine: the landscape (42 ICSs, every domain) and `{ me { id } }` signed in (the request path every request
// pays). Prints the figures, the ratio and whether each bar is met; it does not fail on a slow machine. Needs a built
// checkout. BENCH_SECONDS and BENCH_CONNECTIONS change the runs' length and load.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './embedded-postgres.mjs';
import { benchSaveAnswers, embeddedDatabaseUrl } from './bench-save-answers.mjs';

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
  // Each query is measured against a bare `node:http` server that answers the same bytes, in the same run; every bar
  // is printed as met or NOT met (the run never fails on a slow machine). Add a query here and a bar below it.
  async function versusBare(title, request, { signedIn = true } = {}) {
    const body = JSON.stringify(request);
    const headers = { 'content-type': 'application/json', ...(signedIn ? { cookie } : {}) };
    const sample = await fetch(`${api}/graphql`, { method: 'POST', headers, body });
    const bytes = Buffer.from(await sample.arrayBuffer());
    if (!sample.ok || JSON.parse(bytes).errors) throw new Error(`${title}: ${bytes}`);
    const barePort = await freePort();
    const bare = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes));
    });
    await new Promise((r) => bare.listen(barePort, '127.0.0.1', r));
    try {
      const baseline = await run(`bare node:http (${title})`, { url: `http://127.0.0.1:${barePort}/`, method: 'POST', body });
      const real = await run(title, { url: `${api}/graphql`, method: 'POST', headers, body });
      return { title, bytes: bytes.length, baseline, real, ratio: real.requests.average / baseline.requests.average };
    } finally {
      bare.close();
    }
  }
  const line = (name, r) =>
    `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms`;
  function report(m, bar) {
    console.log(`${m.title}: ${m.bytes} bytes`);
    console.log(line('  bare node:http, same bytes', m.baseline));
    console.log(line(`  GraphQL`, m.real));
    const met = m.ratio >= bar.ratio && m.real.latency.p99 <= bar.p99;
    console.log(
      `  ratio ${m.ratio.toFixed(3)}×, p99 ${m.real.latency.p99} ms; bar ≥ ${bar.ratio}×, p99 ≤ ${bar.p99} ms at ${connections} connections: ${met ? 'met' : 'NOT met'}`,
    );
  }

  console.log(`${connections} connections, ${seconds} s per run`);
  // The landscape of a published cycle, as a national viewer (42 ICSs × 11 domains).
  const landscape = await versusBare('landscape (national viewer)', { query, variables: { c: cycleId } });
  report(landscape, { ratio: 0.3, p99: 50 });
  // The request path every request pays: signed in, the smallest query (session, GraphQL parse, validate and limits,
  // no data). 0.13× is what a bare graphql-js server, no framework and no database, reached on this machine.
  const me = await versusBare('{ me { id } } signed in', { query: '{ me { id } }' });
  report(me, { ratio: 0.13, p99: 50 });
  // Autosave, sequential saves against a bare UPDATE (bench-save-answers.mjs).
  await benchSaveAnswers({
    api,
    graphql,
    lead: DEMO_ACCOUNTS.find((a) => a.role === 'ICS_LEAD'),
    password: DEMO_PASSWORD,
    databaseUrl: embeddedDatabaseUrl(join(folder, 'postgres')),
  });
} finally {
  const exited = new Promise((r) => app.once('exit', r));
  app.kill('SIGTERM');
  await exited;
  rmSync(folder, { recursive: true, force: true });
}
