// Part of `npm run bench`: autosave. Signed in as the demo ICS lead, `saveAnswers` of one criterion of a draft
// assessment, sequentially (each save sends the version the last one returned, and alternates between two levels so
// every save changes something), against a bare single-row `UPDATE` through `pg` on the same database, on a row of
// its own, in the same run (issue 12's bar: the save's p95 ≤ 3× the UPDATE's p95). Both sides are timed from a lean
// client on one kept-alive connection: `pg`'s client for the UPDATE, `node:http` for the saves (not `fetch`, whose own
// work per request, about 0.4 ms here, would be counted as the API's).
import { request as httpRequest, Agent } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function summary(timings) {
  const sorted = [...timings].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** The embedded PostgreSQL's address, from the postmaster.pid in its data folder (its 4th line is the port). */
export function embeddedDatabaseUrl(dataDir, database = 'idt_canvas') {
  const port = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3].trim();
  return `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
}

/** POSTs GraphQL to `api` over one kept-alive connection; answers the parsed body. */
function keptAliveGraphql(api, cookie) {
  const url = new URL('/graphql', api);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const post = (query, variables) =>
    new Promise((resolvePost, reject) => {
      const body = Buffer.from(JSON.stringify({ query, variables }));
      const headers = { 'content-type': 'application/json', 'content-length': body.length, cookie };
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolvePost(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

/**
 * Measures and prints. `api` is the API's address; `graphql(query, variables, cookie)` (for setting up) answers
 * `{ response, body }`; `lead` is the demo ICS lead's account; `databaseUrl` the API's database.
 */
export async function benchSaveAnswers({ api, graphql, lead, password, databaseUrl, saves = Number(process.env.BENCH_SAVES ?? 500) }) {
  const signIn = await graphql('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', {
    e: lead.email,
    p: password,
  });
  const cookie = signIn.response.headers.get('set-cookie').split(';')[0];
  const mine = await graphql('{ myAssessments { id canEdit version } }', {}, cookie);
  const draft = mine.body.data.myAssessments.find((a) => a.canEdit);
  if (!draft) throw new Error('saveAnswers: the demo ICS lead has no assessment it can change');
  const details = await graphql('query ($id: ID!) { assessment(id: $id) { framework { domains { criteria { key } } } } }', { id: draft.id }, cookie);
  const criterionKey = details.body.data.assessment.framework.domains[0].criteria[0].key;

  const timed = keptAliveGraphql(api, cookie);
  const mutation = 'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }';
  let version = draft.version;
  const save = async (i) => {
    const input = { assessmentId: draft.id, expectedVersion: version, responses: [{ criterionKey, selfLevel: 2 + (i % 2) }] };
    const started = process.hrtime.bigint();
    const body = await timed.post(mutation, { input });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (body.errors) throw new Error(`saveAnswers: ${JSON.stringify(body.errors)}`);
    version = body.data.saveAnswers.version;
    return ms;
  };

  // What any signed-in request costs here (session, GraphQL, no data), to show how much of a save is the save.
  const floor = async () => {
    const started = process.hrtime.bigint();
    const body = await timed.post('{ me { id } }', {});
    if (body.errors) throw new Error(`me: ${JSON.stringify(body.errors)}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // A row of its own: an answer of another assessment than the one saved through the API.
    const {
      rows: [row],
    } = await client.query(
      `SELECT assessment_id, criterion_key FROM assessment_response WHERE assessment_id <> $1 ORDER BY assessment_id, criterion_key LIMIT 1`,
      [draft.id],
    );
    if (!row) throw new Error('bare UPDATE: no answer of another assessment to update');
    const update = async (i) => {
      const started = process.hrtime.bigint();
      await client.query(
        `UPDATE assessment_response SET self_level = $3, updated_at = now() WHERE assessment_id = $1 AND criterion_key = $2`,
        [row.assessment_id, row.criterion_key, 2 + (i % 2)],
      );
      return Number(process.hrtime.bigint() - started) / 1e6;
    };

    // Warm both up, then alternate blocks of each so that whatever else the machine does falls on both alike.
    for (let i = 0; i < 20; i++) {
      await save(i);
      await update(i);
    }
    const saveTimes = [];
    const updateTimes = [];
    const floorTimes = [];
    const block = 50;
    for (let done = 0; done < saves; done += block) {
      for (let i = 0; i < block && done + i < saves; i++) saveTimes.push(await save(done + i));
      for (let i = 0; i < block && done + i < saves; i++) updateTimes.push(await update(done + i));
      for (let i = 0; i < block / 5 && done + i < saves; i++) floorTimes.push(await floor());
    }

    const s = summary(saveTimes);
    const u = summary(updateTimes);
    const ratio = s.p95 / u.p95;
    const line = (name, r) => `${name.padEnd(30)} p50 ${r.p50.toFixed(2)} ms   p95 ${r.p95.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`;
    console.log(`saveAnswers: one criterion, ${saves} sequential saves against ${saves} bare UPDATEs`);
    console.log(line('GraphQL saveAnswers', s));
    console.log(line('bare pg UPDATE (one row)', u));
    console.log(line('GraphQL { me { id } } (floor)', summary(floorTimes)));
    console.log(`saveAnswers p95 / UPDATE p95: ${ratio.toFixed(2)}× (bar ≤ 3×): ${ratio <= 3 ? 'met' : 'NOT met'}`);
    return { save: s, update: u, ratio };
  } finally {
    timed.close();
    await client.end();
  }
}
