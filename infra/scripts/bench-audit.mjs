#!/usr/bin/env node
// `npm run bench:audit`: the audit trail's paging with a million events. Starts the built app on its own embedded
// PostgreSQL, fills `audit_event` with BENCH_AUDIT_ROWS (1,000,000) rows inside PostgreSQL (generate_series: one
// statement, nothing crosses the wire), then times `auditEvents` through the API, as an admin, for the first page and
// for the last page (the oldest events, reached by its keyset cursor), and prints the ratio. Keyset paging on
// (occurred_at, id) with its index makes the last page cost what the first does; OFFSET paging would read the whole
// table. Also times the first and last pages filtered by one person and by one ICS (each along its own index). Prints
// the figures; it does not fail on a slow machine.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './embedded-postgres.mjs';
import { embeddedDatabaseUrl } from './bench-save-answers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = require(join(root, 'packages/domain/dist/index.js'));
const rows = Number(process.env.BENCH_AUDIT_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_AUDIT_RUNS ?? 30);
const PAGE = 50;

const folder = mkdtempSync(join(tmpdir(), 'idt-bench-audit-'));
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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The cursor the API gives for a page ending at this event (its exact time and id), as `auditEvents` encodes it. */
const cursorOf = (row) => Buffer.from(JSON.stringify([row.at, row.id])).toString('base64url');

let db;
try {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${api}/readyz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  db = new Client({ connectionString: embeddedDatabaseUrl(join(folder, 'postgres')) });
  await db.connect();

  const filling = process.hrtime.bigint();
  // A year of events, newest now: people from the demo accounts, kinds and subjects in proportion to real use.
  await db.query(
    `INSERT INTO audit_event (occurred_at, actor_user_id, action, subject_type, subject_id, after)
     SELECT now() - make_interval(secs => (($1::int - g) * 31536000.0 / $1::int)),
            people.ids[1 + g % cardinality(people.ids)],
            (ARRAY['RESPONSE_CHANGED','RESPONSE_CHANGED','RESPONSE_CHANGED','SIGNED_IN','SIGNED_OUT','ACTION_PLAN_CHANGED',
                   'REVIEW_COMMENT_ADDED','PEER_SHARING_CHANGED'])[1 + g % 8],
            -- One event in eight is an ICS's sharing choice (its ICS is stored by the trigger of migration 1764000600000).
            CASE WHEN g % 8 = 7 THEN 'peer_sharing' ELSE 'user_session' END,
            CASE WHEN g % 8 = 7 THEN systems.ids[1 + (g / 8) % cardinality(systems.ids)]::text END,
            jsonb_build_object('n', g)
     FROM generate_series(1, $1::int) AS g,
          (SELECT array_agg(id ORDER BY email) AS ids FROM user_account) AS people,
          (SELECT array_agg(id ORDER BY name) AS ids FROM system) AS systems`,
    [rows],
  );
  await db.query('ANALYZE audit_event');
  const fillSeconds = Number(process.hrtime.bigint() - filling) / 1e9;
  const [{ total }] = (await db.query('SELECT count(*)::int AS total FROM audit_event')).rows;

  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'ADMIN');
  const signIn = await graphql('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', {
    e: admin.email,
    p: DEMO_PASSWORD,
  });
  const cookie = signIn.response.headers.get('set-cookie').split(';')[0];
  const query = `query ($f: AuditEventFilter, $a: String, $n: Int) { auditEvents(filter: $f, after: $a, first: $n) {
    events { id occurredAt actorName description subjectName systemName } endCursor hasNextPage } }`;

  /** Median time of `runs` requests of each case, taking turns (so a busy moment costs every case alike), after a warm-up. */
  async function timeTogether(cases) {
    const times = cases.map(() => []);
    for (let i = -3; i < runs; i++) {
      for (const [index, { title, variables, expect }] of cases.entries()) {
        const started = process.hrtime.bigint();
        const { body } = await graphql(query, variables, cookie);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (body.errors) throw new Error(`${title}: ${JSON.stringify(body.errors)}`);
        expect(body.data.auditEvents);
        if (i >= 0) times[index].push(ms);
      }
    }
    return times.map(median);
  }

  // The last page: the oldest PAGE events, after the event just newer than them.
  const lastPageCursor = async (actor, system = null) => {
    const { rows: [row] } = await db.query(
      `SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, id::text AS id FROM audit_event
       WHERE ($1::uuid IS NULL OR actor_user_id = $1::uuid) AND ($3::uuid IS NULL OR system_id = $3::uuid)
       ORDER BY occurred_at, id OFFSET $2 LIMIT 1`,
      [actor, PAGE, system],
    );
    return cursorOf(row);
  };
  const full = (page) => {
    if (page.events.length !== PAGE) throw new Error(`a page of ${page.events.length} events`);
  };
  const lastOne = (page) => {
    if (page.events.length !== PAGE || page.hasNextPage) throw new Error('the last page is not the last page');
  };
  const person = (await db.query(`SELECT id FROM user_account ORDER BY email LIMIT 1`)).rows[0].id;
  const lastCursor = await lastPageCursor(null);
  const lastPersonCursor = await lastPageCursor(person);
  const system = (await db.query(`SELECT id FROM system ORDER BY name LIMIT 1`)).rows[0].id;
  const lastSystemCursor = await lastPageCursor(null, system);
  const [first, last, firstByPerson, lastByPerson, firstBySystem, lastBySystem] = await timeTogether([
    { title: 'first page', variables: { n: PAGE }, expect: full },
    { title: 'last page', variables: { n: PAGE, a: lastCursor }, expect: lastOne },
    { title: 'first page, one person', variables: { n: PAGE, f: { actorUserId: person } }, expect: full },
    { title: 'last page, one person', variables: { n: PAGE, f: { actorUserId: person }, a: lastPersonCursor }, expect: lastOne },
    { title: 'first page, one ICS', variables: { n: PAGE, f: { systemId: system } }, expect: full },
    { title: 'last page, one ICS', variables: { n: PAGE, f: { systemId: system }, a: lastSystemCursor }, expect: lastOne },
  ]);

  // The same statement in the database alone (EXPLAIN ANALYZE of the API's own prepared query, generic plan as the API
  // ends up using): no HTTP, no GraphQL, no JSON.
  require(join(root, 'apps/api/dist/modules/audit/audit-trail.repository.js'));
  const { declaredQueries } = require(join(root, 'apps/api/dist/database/typed-sql.js'));
  const pageQuery = declaredQueries().find((q) => q.name === 'audit.page');
  await db.query(`PREPARE audit_page(uuid, uuid, text[], date, date, text, text, int) AS ${pageQuery.text}`);
  await db.query('SET plan_cache_mode = force_generic_plan');
  const literal = (v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : db.escapeLiteral(v));
  const inDatabase = async (cursor) => {
    const [at, id] = cursor ? JSON.parse(Buffer.from(cursor, 'base64url').toString()) : ['infinity', '9223372036854775807'];
    const args = [null, null, null, null, null, at, id, PAGE + 1];
    const plans = [];
    for (let i = 0; i < 10; i++) {
      const { rows: plan } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE audit_page(${args.map(literal).join(', ')})`);
      plans.push(plan[0]['QUERY PLAN'][0]['Execution Time']);
    }
    return median(plans);
  };
  const [firstInDb, lastInDb] = [await inDatabase(null), await inDatabase(lastCursor)];

  const ratio = last / first;
  console.log(`Audit trail paging: ${total.toLocaleString('en-GB')} events (filled in ${fillSeconds.toFixed(1)} s), ${PAGE} a page, median of ${runs} requests of each, taking turns, through the API`);
  console.log(`  first page                 ${first.toFixed(1)} ms`);
  console.log(`  last page                  ${last.toFixed(1)} ms   (last / first = ${ratio.toFixed(2)})`);
  console.log(`  first page, one person     ${firstByPerson.toFixed(1)} ms`);
  console.log(`  last page, one person      ${lastByPerson.toFixed(1)} ms   (last / first = ${(lastByPerson / firstByPerson).toFixed(2)})`);
  console.log(`  first page, one ICS        ${firstBySystem.toFixed(1)} ms`);
  console.log(`  last page, one ICS         ${lastBySystem.toFixed(1)} ms   (last / first = ${(lastBySystem / firstBySystem).toFixed(2)})`);
  console.log(`  in the database alone: first page ${firstInDb.toFixed(2)} ms, last page ${lastInDb.toFixed(2)} ms (last / first = ${(lastInDb / firstInDb).toFixed(2)})`);
  console.log(ratio < 2 ? '  The last page costs about what the first does: keyset paging holds.' : '  The last page is slower than the first: look at the plan (EXPLAIN) of audit.page.');
} finally {
  await db?.end().catch(() => undefined);
  const exited = app.exitCode === null ? new Promise((r) => app.once('exit', r)) : Promise.resolve();
  app.kill('SIGTERM');
  await exited;
  rmSync(folder, { recursive: true, force: true });
}
