import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GraphQLBody, TestApp } from './test-app';

export const TEST_PASSWORD = 'a test passphrase';
let passwordHash: Promise<string> | undefined;

export interface Person {
  readonly id: string;
  readonly email: string;
  /** A live session cookie value for this person. */
  readonly token: string;
}

/** Inserts an account (with a hash of TEST_PASSWORD) and its role grants; returns it with an open session. */
export async function createPerson(
  db: DataSource,
  name: string,
  grants: { role: string; systemId?: string; cohortId?: string }[] = [],
  email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomBytes(3).toString('hex')}@idt-canvas.test`,
): Promise<Person> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  const [user] = await db.query(`INSERT INTO user_account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
    email,
    name,
    await passwordHash,
  ]);
  for (const grant of grants) {
    await db.query(`INSERT INTO role_grant (user_id, role, system_id, cohort_id) VALUES ($1, $2, $3, $4)`, [
      user.id,
      grant.role,
      grant.systemId ?? null,
      grant.cohortId ?? null,
    ]);
  }
  return { id: user.id, email, token: await openSession(db, user.id) };
}

/** A session row as `signIn` would make it; returns the cookie's token. */
export async function openSession(db: DataSource, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
    createHash('sha256').update(token).digest(),
    userId,
  ]);
  return token;
}

export async function systemId(db: DataSource, name: string): Promise<string> {
  const [row] = await db.query(`SELECT id FROM system WHERE name = $1`, [name]);
  if (!row) throw new Error(`no ICS called ${name}`);
  return row.id;
}

export async function createCohort(db: DataSource, name: string, systemIds: string[]): Promise<string> {
  const [cohort] = await db.query(`INSERT INTO cohort (name) VALUES ($1) RETURNING id`, [name]);
  for (const id of systemIds) await db.query(`INSERT INTO cohort_member (cohort_id, system_id) VALUES ($1, $2)`, [cohort.id, id]);
  return cohort.id;
}

/** Columns only the background email jobs write. */
const BACKGROUND_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  notification: ['emailed_at'],
  invitation: ['token_hash', 'sent_at'],
};

/**
 * A fingerprint of every table a tenant-facing write can change: equal before and after means nothing changed.
 * (The audit trail and sessions are left out: a refused sign-in is itself audited.)
 */
export async function fingerprint(db: DataSource): Promise<Record<string, string>> {
  const tables = [
    'user_account',
    'role_grant',
    'invitation',
    'cohort',
    'cohort_member',
    'system',
    'region',
    'canvas_framework',
    'assessment_cycle',
    'assessment',
    'assessment_response',
    'quick_check_answer',
    'assessment_transition',
    'action_plan_item',
    'peer_sharing',
    'review_comment',
    'notification',
    'learning_programme',
    'cycle_sign_off',
    'cycle_figures_revision',
  ];
  const result: Record<string, string> = {};
  // A database taken back to before migration 1763910000000 (one vocabulary) has the ICS table under its old name.
  const [{ renamed }] = await db.query(`SELECT to_regclass('public.system') IS NOT NULL AS renamed`);
  for (const table of tables) {
    const name = table === 'system' && !renamed ? 'integrated_care_system' : table;
    // A database taken back to an earlier release lacks the later tables: they hold nothing to compare there.
    const [{ exists }] = await db.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`public.${name}`]);
    if (!exists) continue;
    // What the email jobs write in the background (a notification emailed, an invitation's link issued) is no write
    // of the request under test: left out, so a job finishing meanwhile is not mistaken for one.
    const text = BACKGROUND_COLUMNS[table] ? `(to_jsonb(t) - ${BACKGROUND_COLUMNS[table].map((c) => `'${c}'`).join(' - ')})::text` : 't::text';
    const [row] = await db.query(`SELECT count(*) || ':' || coalesce(md5(string_agg(${text}, '|' ORDER BY ${text})), '') AS f FROM ${name} t`);
    result[table] = row.f;
  }
  return result;
}

/** A GraphQL call as a given person (or nobody), with their session cookie. */
export async function gql(
  api: TestApp,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: GraphQLBody<Record<string, unknown>>; setCookie: string | null }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { cookie: `__Host-idt_session=${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody<Record<string, unknown>>;
  return { status: response.status, body, setCookie: response.headers.get('set-cookie') };
}

/** Opens a cycle (as an admin would) with a draft assessment for every ICS; returns its id. */
export async function openCycle(db: DataSource, name: string, opensOn = '2026-01-01'): Promise<string> {
  const [cycle] = await db.query(
    `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on)
     SELECT $1, id, $2::date, $2::date + 90 FROM canvas_framework WHERE key = 'idt-canvas' AND version = 1 RETURNING id`,
    [name, opensOn],
  );
  await db.query(`INSERT INTO assessment (cycle_id, system_id) SELECT $1, id FROM system`, [cycle.id]);
  return cycle.id;
}

export async function assessmentOf(db: DataSource, cycleId: string, systemId: string): Promise<{ id: string; version: number }> {
  const [row] = await db.query(`SELECT id, version FROM assessment WHERE cycle_id = $1 AND system_id = $2`, [cycleId, systemId]);
  return row;
}

/** Answers every criterion of canvas v1 (score 3) straight into the database. */
export async function answerAll(db: DataSource, assessmentId: string, keys: readonly string[]): Promise<void> {
  await db.query(
    `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence)
     SELECT $1, key, 3, 'Evidence for ' || key FROM unnest($2::text[]) AS key
     ON CONFLICT (assessment_id, criterion_key) DO UPDATE SET self_level = 3`,
    [assessmentId, keys],
  );
}

export async function setStatus(db: DataSource, assessmentId: string, status: string): Promise<number> {
  const [[row]] = await db.query(`UPDATE assessment SET status = $2 WHERE id = $1 RETURNING version`, [assessmentId, status]);
  return row.version;
}

/** Closes a cycle (as the cycles' admin would), today, if it is still open. */
export async function closeCycle(db: DataSource, cycleId: string): Promise<void> {
  await db.query(`UPDATE assessment_cycle SET closed_on = least(closes_on, current_date) WHERE id = $1 AND closed_on IS NULL`, [cycleId]);
}

/** Publishes a cycle as `token`'s holder: closes it if still open, reads the confirmation and confirms it. */
export async function publishNow(api: TestApp, token: string, cycleId: string) {
  await closeCycle(api.database, cycleId);
  const preview = await gql(api, token, 'query ($c: ID!) { publishPreview(cycleId: $c) { outstandingSystemIds } }', { c: cycleId });
  const outstanding = (preview.body.data?.['publishPreview'] as { outstandingSystemIds: string[] } | undefined)?.outstandingSystemIds ?? [];
  return gql(api, token, 'mutation ($c: ID!, $o: [ID!]!) { publishCycle(cycleId: $c, confirmed: true, outstandingSystemIds: $o) { publishedAt } }', {
    c: cycleId,
    o: outstanding,
  });
}
