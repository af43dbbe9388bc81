import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { addDaysToIsoDate, CANVAS_V1, nextDraftOf, serializeFrameworkDocument, todayInEngland } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import {
  answerAll,
  assessmentOf,
  closeCycle,
  createCohort,
  createPerson,
  fingerprint,
  gql,
  openCycle,
  openSession,
  Person,
  setStatus,
  systemId,
  TEST_PASSWORD,
} from './support/world';

/**
 * THE MUTATION FUZZ TEST (ADR 0035). Every mutation the running API serves (found by introspection, so one added
 * tomorrow is fuzzed without a line here) is called with generated arguments, plausible and hostile (NUL characters,
 * half emoji, huge text, impossible dates, numbers at the ends of int4, wrong ids, other ICSs' ids), as every role.
 * Whatever the answer, it is never an internal error, and an answer with an error has changed nothing.
 *
 * Bounded for a shared 2-core machine: RUNS runs per mutation, one app and one database. The seed is fixed (set
 * FUZZ_SEED to try another); a failure prints the seed, the path and the counter-example to replay it.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261206);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10);

type Who = 'anonymous' | 'icsLead' | 'coach' | 'national' | 'admin';
const EVERYONE: readonly Who[] = ['anonymous', 'icsLead', 'coach', 'national', 'admin'];

/** Codes a client may see: stable upper-snake words. An internal error is never one, nor is a code graphql-js gives a fault. */
function isStableCode(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z][A-Z_]*[A-Z]$/.test(code) && code !== 'INTERNAL_SERVER_ERROR';
}

const CRITERION_KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const DOMAIN_KEYS = CANVAS_V1.domains.map((d) => d.key);
const day = (days: number) => addDaysToIsoDate(todayInEngland(new Date()), days);

/** Text no column can store, or that PostgreSQL would refuse or choke on, or that merely looks odd. */
const HOSTILE_TEXT = [
  '\u0000',
  'Evidence\u0000with a NUL',
  '\uD83D',
  'half \uDE00 an emoji',
  '\uDE00\uD83D',
  '😀 whole emoji',
  '\u202Eright-to-left override',
  '',
  '   ',
  "'; DROP TABLE system; --",
  '%_\\',
  'x'.repeat(3000),
  '界'.repeat(3000),
  'y'.repeat(20_000),
  '0000-01-01',
  '2026-02-30',
  '10000-01-01',
  '-0001-01-01',
  '2026-13-01',
  '9999-12-31',
  '0001-01-01',
  '2026-1-1',
  'NaN',
  '1e400',
];
const HOSTILE_IDS = ['not-an-id', '\u0000', '', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-4fff-bfff-ffffffffffff', '1', '9'.repeat(40), "' OR 1=1 --"];
const EDGE_INTS = [0, -1, 1, 2147483647, -2147483648, 32767, 32768, -32769];

/** Any UTF-16 code units, NUL and lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 12 });

interface Pools {
  readonly ids: Record<string, readonly string[]>;
  readonly emails: readonly string[];
  readonly frameworkDocument: string;
}

/** Plausible text for an argument, by its name (so that generated calls get past the first check often enough). */
function plausibleText(name: string, pools: Pools): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  if (n.includes('email')) return fc.oneof(fc.constantFrom(...pools.emails), fc.emailAddress());
  if (n.includes('password')) return fc.constantFrom(TEST_PASSWORD, 'wrong password entirely', 'correct horse battery staple 42');
  if (n === 'criterionkey') return fc.constantFrom(...CRITERION_KEYS);
  if (n === 'domainkey') return fc.constantFrom(...DOMAIN_KEYS);
  if (/on$|date$|^from$|^to$/.test(n)) return fc.integer({ min: -40, max: 700 }).map(day);
  if (n.includes('link')) return fc.constantFrom('https://www.england.nhs.uk/digital', 'http://example.nhs.uk/a?b=c');
  if (n === 'document') return fc.constant(pools.frameworkDocument);
  return fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('Devon', 'A short note', 'Run a co-design workshop'));
}

function textArbitrary(name: string, pools: Pools): fc.Arbitrary<string> {
  const plausible = plausibleText(name, pools);
  return fc.oneof(
    { weight: 4, arbitrary: plausible },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 1, arbitrary: fc.tuple(plausible, fc.constantFrom('\u0000', '\uD800', '\uDFFF')).map(([text, bad]) => text + bad) },
    { weight: 1, arbitrary: codeUnits },
  );
}

/** The pool an id argument draws from, by its name: an ICS, a cohort, an assessment… or any id of any kind. */
function idPool(name: string, pools: Pools): readonly string[] {
  const n = name.toLowerCase().replace(/ids?$/, '');
  const kind = Object.keys(pools.ids).find((k) => n.endsWith(k.toLowerCase()));
  return kind ? pools.ids[kind] : Object.values(pools.ids).flat();
}

function idArbitrary(name: string, pools: Pools): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...idPool(name, pools)) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.values(pools.ids).flat()) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
  );
}

function intArbitrary(name: string): fc.Arbitrary<number> {
  const n = name.toLowerCase();
  const plausible = /level/.test(n) ? fc.integer({ min: -1, max: 6 }) : /version/.test(n) ? fc.integer({ min: 0, max: 6 }) : fc.integer({ min: -2, max: 50 });
  return fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 2, arbitrary: fc.constantFrom(...EDGE_INTS) }, { weight: 1, arbitrary: fc.integer() });
}

/** Values for an input type: nulls for what may be null, short lists, every field of an input object. */
function valueArbitrary(type: GraphQLInputType, name: string, pools: Pools): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return requiredValue(type.ofType, name, pools);
  return fc.option(requiredValue(type, name, pools), { nil: null, freq: 5 });
}

function requiredValue(type: GraphQLInputType, name: string, pools: Pools): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueArbitrary(type.ofType, name, pools), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueArbitrary(f.type, f.name, pools)])));
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return idArbitrary(name, pools);
    case 'Int':
      return fc.oneof({ weight: 8, arbitrary: intArbitrary(name) }, { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5) });
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 0.5, 1, -1, 100));
    case 'Boolean':
      return fc.boolean();
    default:
      return textArbitrary(name, pools);
  }
}

function argsArbitrary(field: GraphQLField<unknown, unknown>, pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueArbitrary(arg.type, arg.name, pools)])));
}

/** `mutation ($a: T!, …) { name(a: $a, …) { __typename } }` for a field of the Mutation type. */
function documentFor(field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

describe('every mutation, fuzzed as every role', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  let pools: Pools;
  let people: Record<Exclude<Who, 'anonymous'>, Person>;

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    const [own, other, outside] = await Promise.all(['Devon', 'Kent and Medway', 'Dorset'].map((name) => systemId(db, name)));
    const cohortOwn = await createCohort(db, 'Fuzz cohort A', [own]);
    const cohortOther = await createCohort(db, 'Fuzz cohort B', [other]);
    people = {
      admin: await createPerson(db, 'Admin', [{ role: 'ADMIN' }]),
      national: await createPerson(db, 'National', [{ role: 'NATIONAL' }]),
      coach: await createPerson(db, 'Coach', [{ role: 'COACH', cohortId: cohortOwn }]),
      icsLead: await createPerson(db, 'Lead', [{ role: 'ICS_LEAD', systemId: own }]),
    };
    // The people whom generated user and grant ids may name (never the callers: revoking their roles would end the run).
    const spares = [await createPerson(db, 'Spare', [{ role: 'ICS_LEAD', systemId: other }]), await createPerson(db, 'Other spare', [{ role: 'COACH', cohortId: cohortOther }])];

    // An open cycle with a draft for every ICS (the lead's answered), and a closed one with figures for both ICSs.
    const openId = await openCycle(db, 'Fuzz open cycle');
    await answerAll(db, (await assessmentOf(db, openId, own)).id, CRITERION_KEYS.slice(0, 4));
    const closedId = await openCycle(db, 'Fuzz closed cycle', '2025-06-01');
    for (const system of [own, other]) {
      const assessment = await assessmentOf(db, closedId, system);
      await answerAll(db, assessment.id, CRITERION_KEYS);
      await setStatus(db, assessment.id, 'SUBMITTED');
    }
    await closeCycle(db, closedId);
    const inReview = await assessmentOf(db, await openCycle(db, 'Fuzz review cycle', '2025-01-01'), own);
    await answerAll(db, inReview.id, CRITERION_KEYS);
    await setStatus(db, inReview.id, 'IN_REVIEW');
    for (const system of [own, other]) {
      await db.query(`INSERT INTO action_plan_item (system_id, domain_key, action) VALUES ($1, 'co-design', 'Hold a workshop')`, [system]);
    }
    for (const person of [...Object.values(people), ...spares]) {
      await db.query(`INSERT INTO notification (recipient_user_id, kind, message) VALUES ($1, 'ASSESSMENT_SUBMITTED', 'Submitted')`, [person.id]);
    }
    const [published] = await db.query(`SELECT definition FROM canvas_framework WHERE status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`);

    const column = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { id: string }[]).map((r) => String(r.id));
    pools = {
      ids: {
        system: [own, other, outside],
        cohort: [cohortOwn, cohortOther],
        cycle: await column(`SELECT id FROM assessment_cycle`),
        assessment: await column(`SELECT id FROM assessment WHERE system_id = ANY($1)`, [[own, other]]),
        user: spares.map((s) => s.id),
        grant: await column(`SELECT id FROM role_grant WHERE user_id = ANY($1)`, [spares.map((s) => s.id)]),
        framework: await column(`SELECT id FROM canvas_framework`),
        action: await column(`SELECT id FROM action_plan_item`),
        notification: await column(`SELECT id::text AS id FROM notification`),
      },
      emails: [...Object.values(people), ...spares].map((p) => p.email),
      frameworkDocument: serializeFrameworkDocument(nextDraftOf(published.definition), 'yaml'),
    };

    const { body } = await gql(api, people.admin.token, getIntrospectionQuery());
    schema = buildClientSchema(body.data as unknown as IntrospectionQuery);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Waits until no background job is queued or running (a job may write after an allowed call has answered). */
  async function settled(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const [row] = await api.database.query(
        `SELECT CASE WHEN to_regclass('pgboss.job') IS NULL THEN 0 ELSE 1 END AS has`,
      );
      if (!row.has) return;
      const [{ busy }] = await api.database.query(`SELECT count(*)::int AS busy FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`);
      if (busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('finds the mutations by introspection', () => {
    const names = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(names).toEqual(expect.arrayContaining(['saveAnswers', 'signIn', 'addAction', 'createUser', 'openAssessmentCycle']));
  });

  it('never answers an internal error, and changes nothing when it answers an error', async () => {
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    console.log(`Fuzzing ${mutations.length} mutations, ${RUNS} runs each, seed ${SEED} (FUZZ_SEED=${SEED} to replay).`);
    for (const [index, field] of mutations.entries()) {
      const document = documentFor(field);
      const property = fc.asyncProperty(fc.constantFrom(...EVERYONE), argsArbitrary(field, pools), async (who, variables) => {
        // A fresh session each run: an allowed signOut (or any mutation that ends sessions) must not end the fuzzing.
        const token = who === 'anonymous' ? null : await openSession(api.database, people[who].id);
        const before = await fingerprint(api.database);
        const { status, body } = await gql(api, token, document, variables);
        const codes = (body.errors ?? []).map((error) => error.extensions?.['code']);
        const unstable = (body.errors ?? []).filter((error) => !isStableCode(error.extensions?.['code']));
        if (unstable.length > 0 || status >= 500) {
          throw new Error(`${field.name} as ${who} answered HTTP ${status} with ${JSON.stringify(unstable)}`);
        }
        if (codes.length > 0) {
          const after = await fingerprint(api.database);
          if (JSON.stringify(after) !== JSON.stringify(before)) {
            const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
            throw new Error(`${field.name} as ${who} answered ${codes.join(', ')} but changed ${changed.join(', ')}`);
          }
        } else {
          await settled();
        }
      });
      await fc.assert(property, { seed: SEED + index, numRuns: RUNS, endOnFailure: true });
    }
  }, 240_000);
});
