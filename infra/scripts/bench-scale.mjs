#!/usr/bin/env node
// `npm run bench:scale`: the landscape and an ICS profile at national scale (QUALITY.md: 10,000 organisations ×
// 20 cycles × 40 criteria ≈ 8 million responses; one cycle's landscape ≤ 2 × the raw SQL aggregate it runs; one ICS
// profile ≤ 50 ms). Generates the data inside PostgreSQL (generate_series: nothing passes through JavaScript), then
// times the landscape query against its own SQL run directly, in the same run. Prints figures; never fails on a slow
// machine. Canvas v1 has 34 criteria, so the default makes 10,000 × 20 × 34 = 6.8 million responses.
// SCALE_ORGS and SCALE_CYCLES make it smaller or larger. Needs a built checkout.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const ORGS = Number(process.env.SCALE_ORGS ?? 10_000);
const CYCLES = Number(process.env.SCALE_CYCLES ?? 20);
const RUNS = 5;
const ADMIN = { email: 'scale.admin@idt-canvas.test', password: 'a long bench passphrase' };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;
const log = (message) => console.log(`[bench:scale] ${message}`);

const folder = mkdtempSync(join(tmpdir(), 'idt-scale-'));
chmodSync(folder, 0o755);
const postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), database: 'idt_scale' });
const port = await freePort();
const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: postgres.url,
    PORT: String(port),
    WEB_ROOT: '',
    LOG_LEVEL: 'warn',
    CLOSING_REMINDERS: 'false',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const db = new pg.Client({ connectionString: postgres.url });

async function graphql(query, variables, cookie) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { response, body };
}

async function timed(work) {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

try {
  for (let i = 0; i < 600 && !(await fetch(`${base}/readyz`).then((r) => r.ok).catch(() => false)); i++) await new Promise((r) => setTimeout(r, 100));
  await db.connect();

  log(`generating ${ORGS} organisations × ${CYCLES} cycles inside PostgreSQL…`);
  const generation = await timed(async () => {
    await db.query(
      `INSERT INTO system (name, ons_code, ods_code, region_id)
       SELECT 'Organisation ' || n, 'E99' || lpad(n::text, 6, '0'),
         -- Three-character ODS codes starting with a digit (real ICS codes start with Q): up to 12,960 of them.
         substr('0123456789', (n / 1296) % 10 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', (n / 36) % 36 + 1, 1)
           || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', n % 36 + 1, 1),
         (SELECT id FROM region ORDER BY ods_code OFFSET n % 7 LIMIT 1)
       FROM generate_series(1, $1) AS n`,
      [ORGS],
    );
    await db.query(
      `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on, published_at)
       SELECT 'Scale cycle ' || lpad(c::text, 2, '0'), f.id, date '2000-01-01' + c * 365, date '2000-03-01' + c * 365, now()
       FROM generate_series(1, $1) AS c, canvas_framework f WHERE f.key = 'idt-canvas' AND f.version = 1`,
      [CYCLES],
    );
    await db.query(
      `INSERT INTO assessment (cycle_id, system_id, status) SELECT c.id, s.id, 'VALIDATED' FROM assessment_cycle c, system s`,
    );
    // Every criterion of canvas v1, a level from a hash of (assessment, criterion): varied, repeatable.
    await db.query(
      `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, moderated_level, evidence)
       SELECT a.id, k.key, 1 + abs(hashtext(a.id::text || k.key)) % 5, 1 + abs(hashtext(k.key || a.id::text)) % 5, ''
       FROM assessment a
       CROSS JOIN LATERAL (SELECT jsonb_array_elements(d -> 'criteria') ->> 'key' AS key
                           FROM canvas_framework f, jsonb_array_elements(f.definition -> 'domains') d
                           WHERE f.key = 'idt-canvas' AND f.version = 1) k`,
    );
    await db.query('ANALYZE');
  });
  const [{ responses }] = (await db.query('SELECT count(*)::int AS responses FROM assessment_response')).rows;
  log(`generated ${responses.toLocaleString('en-GB')} responses in ${(generation / 1000).toFixed(1)} s`);

  // The placement aggregate, from the built placement module (so the baseline is exactly the SQL the API runs to place a
  // cycle): the landscape reads the stored placement it produced, re-placed in memory, and must cost no more than 2×.
  const { PLACEMENT_TALLIES } = require(join(root, 'apps/api/dist/modules/placement/placement.repository.js'));

  const signIn = await graphql('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', { e: ADMIN.email, p: ADMIN.password });
  const cookie = signIn.response.headers.get('set-cookie').split(';')[0];
  const [{ id: cycleId }] = (await db.query(`SELECT id FROM assessment_cycle ORDER BY opens_on DESC LIMIT 1`)).rows;
  const [{ id: systemId }] = (await db.query(`SELECT id FROM system WHERE name = 'Organisation 1'`)).rows;
  const landscape = `query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) { entries { systemId overallScore category rank } } }`;
  const profile = `query ($s: ID!) { systemProfile(systemId: $s) { cycles { overallScore category peers { group figures { domainKey median } } } } }`;

  // Warm up once each, then the median of RUNS.
  await db.query(PLACEMENT_TALLIES.text, [cycleId]);
  await graphql(landscape, { c: cycleId }, cookie);
  const raw = [];
  const viaApi = [];
  const fromCache = [];
  for (let i = 0; i < RUNS; i++) {
    raw.push(await timed(() => db.query(PLACEMENT_TALLIES.text, [cycleId])));
    // The cycle is published, so the API keeps its landscape in memory: empty that cache first (as any change to what
    // a landscape is made of would) so the landscape is worked out afresh, then time it once more from the cache.
    await db.query(`NOTIFY idt_published_changed, 'bench'`);
    await new Promise((r) => setTimeout(r, 50));
    viaApi.push(await timed(() => graphql(landscape, { c: cycleId }, cookie)));
    fromCache.push(await timed(() => graphql(landscape, { c: cycleId }, cookie)));
  }
  log(`one cycle's landscape (${ORGS} organisations): raw placement aggregate median ${ms(median(raw))}, GraphQL landscape median ${ms(median(viaApi))}`);
  log(`landscape / raw SQL: ${(median(viaApi) / median(raw)).toFixed(2)} (bar ≤ 2)`);
  log(`the same landscape again, from the published-answers cache: median ${ms(median(fromCache))}`);

  // The first profile read after data changed places the changed cycles and stores them (here: all of them, once);
  // every later read, until an assessment that counts changes status, reads the stored placements.
  const firstProfile = await timed(() => graphql(profile, { s: systemId }, cookie));
  log(`one ICS profile, first read (places and stores all ${CYCLES} cycles): ${ms(firstProfile)}`);
  const profiles = [];
  const otherSystems = (await db.query(`SELECT id FROM system WHERE name LIKE 'Organisation %' ORDER BY name LIMIT $1`, [RUNS])).rows;
  for (const { id } of otherSystems) profiles.push(await timed(() => graphql(profile, { s: id }, cookie)));
  log(`one ICS profile over ${CYCLES} cycles: median ${ms(median(profiles))} of ${profiles.length} ICSs (bar ≤ 50 ms)`);
} finally {
  await db.end().catch(() => undefined);
  const exited = new Promise((r) => api.once('exit', r));
  api.kill('SIGTERM');
  await exited;
  await postgres.stop();
  rmSync(folder, { recursive: true, force: true });
}
