import fc from 'fast-check';
import {
  buildClientSchema,
  FieldNode,
  getArgumentValues,
  getIntrospectionQuery,
  getVariableValues,
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
  OperationDefinitionNode,
  parse,
} from 'graphql';
import { addDaysToIsoDate, CANVAS_V1, nextDraftOf, serializeFrameworkDocument, todayInEngland } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { OPERATIONS, World } from './tenancy/operations';
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
 * Bounded for a shared 2-core machine: at most RUNS runs per mutation and SECONDS in all, one app and one database.
 * Each run starts from the tenancy matrix's call that succeeds (operations.ts) or from generated plausible arguments,
 * and puts one hostile value in place of one of its values. The seed is fixed (set FUZZ_SEED to try another, FUZZ_RUNS
 * and FUZZ_SECONDS to fuzz longer); a failure prints the seed, the path and the counter-example to replay it.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261206);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 16);
/** The whole fuzzing's time, shared out evenly between the mutations (a mutation stops early, without failing, at its share). */
const SECONDS = Number(process.env['FUZZ_SECONDS'] ?? 70);

type Who = 'anonymous' | 'icsLead' | 'coach' | 'national' | 'admin';
const EVERYONE: readonly Who[] = ['anonymous', 'icsLead', 'coach', 'national', 'admin'];

/**
 * A call that succeeds, from the tenancy matrix (operations.ts, which has an entry for every operation): its arguments
 * as graphql-js reads them from the entry's document and variables, for the first role allowed in its own scope. A
 * hostile value put in such a call meets the service's own rules, not merely "sign in first" or "not found".
 */
async function matrixCall(schema: GraphQLSchema, world: World, name: string): Promise<{ who: Who; args: Record<string, unknown> } | null> {
  const entry = OPERATIONS[name];
  const field = schema.getMutationType()?.getFields()[name];
  if (!entry || !field) return null;
  const who = EVERYONE.find((w) => {
    const rule = entry.expect[w];
    return (typeof rule === 'string' ? rule : rule.own) === 'ALLOWED';
  });
  if (!who) return null;
  const operation = parse(entry.document).definitions[0] as OperationDefinitionNode;
  const node = operation.selectionSet.selections[0] as FieldNode;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], (await entry.variables?.(world, 'own', who)) ?? {});
  if (!('coerced' in variables)) return null;
  return { who, args: getArgumentValues(field, node, variables.coerced) };
}

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
const HOSTILE_DATES = ['0000-01-01', '0000-02-29', '10000-01-01', '2026-02-30', '-0001-01-01'];
const ODD_DATES = ['2027-02-29', '2026-13-01', '2026-00-10', '0001-01-01', '9999-12-31', '1999-12-31', '2026-1-1', '2026-01-01T00:00:00Z', 'today'];
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

/** The pool an id argument draws from, by its name: an ICS, a cohort, an assessment… or any id of any kind. */
function idPool(name: string, pools: Pools): readonly string[] {
  const n = name.toLowerCase().replace(/ids?$/, '');
  const kind = Object.keys(pools.ids).find((k) => n.endsWith(k.toLowerCase()));
  return kind ? pools.ids[kind] : Object.values(pools.ids).flat();
}

function plausibleInt(name: string): fc.Arbitrary<number> {
  const n = name.toLowerCase();
  if (n.includes('level')) return fc.integer({ min: 0, max: 5 });
  if (n.includes('version')) return fc.integer({ min: 0, max: 4 });
  return fc.integer({ min: 0, max: 20 });
}

/** Plausible values for an input type: nulls for what may be null, short lists, every field of an input object. */
function valueArbitrary(type: GraphQLInputType, name: string, pools: Pools): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return requiredValue(type.ofType, name, pools);
  return fc.option(requiredValue(type, name, pools), { nil: null, freq: 3 });
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
      return fc.constantFrom(...idPool(name, pools));
    case 'Int':
      return plausibleInt(name);
    case 'Float':
      return fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constantFrom(0, 1, 2.5, 4));
    case 'Boolean':
      return fc.boolean();
    default:
      return plausibleText(name, pools);
  }
}

function argsArbitrary(field: GraphQLField<unknown, unknown>, pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueArbitrary(arg.type, arg.name, pools)])));
}

type LeafKind = 'text' | 'date' | 'id' | 'int' | 'float';
const DATE_NAME = /on$|date$|^from$|^to$/i;
type Path = readonly (string | number)[];

/** Every text, id and number in a value of `type` (or that it could hold), with where it is. */
function leavesOf(type: GraphQLInputType, value: unknown, path: Path, out: { path: Path; kind: LeafKind }[]): void {
  if (isNonNullType(type)) return leavesOf(type.ofType, value, path, out);
  // A text, id or number left out (or null) can be given too: the hostile value may go there.
  if ((value === null || value === undefined) && (isListType(type) || isInputObjectType(type))) return;
  if (isListType(type)) return (value as unknown[]).forEach((item, i) => leavesOf(type.ofType, item, [...path, i], out));
  if (isInputObjectType(type)) {
    for (const f of Object.values(type.getFields())) leavesOf(f.type, (value as Record<string, unknown>)[f.name], [...path, f.name], out);
    return;
  }
  if (isEnumType(type)) return;
  const name = getNamedType(type).name;
  if (name === 'Boolean') return;
  const text = DATE_NAME.test(String([...path].reverse().find((step) => typeof step === 'string'))) ? 'date' : 'text';
  out.push({ path, kind: name === 'ID' ? 'id' : name === 'Int' ? 'int' : name === 'Float' ? 'float' : text });
}

/** One hostile value of each kind; a run puts one of them in place of one plausible value. */
function hostileArbitrary(pools: Pools) {
  return fc.record({
    pick: fc.nat(),
    text: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
      { weight: 1, arbitrary: fc.constantFrom('\u0000', '\uD800', '\uDFFF').map((bad) => `Plausible text${bad}`) },
      { weight: 1, arbitrary: codeUnits },
    ),
    date: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_DATES) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    ),
    id: fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.uuid(), fc.constantFrom(...Object.values(pools.ids).flat())),
    int: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EDGE_INTS) }, { weight: 1, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5) }),
    float: fc.constantFrom(-1, 1e308, -1e308, 5e-324, 2 ** 53),
  });
}

/** The plausible arguments with one leaf (chosen by `hostile.pick`) replaced by the hostile value of its kind. */
function withOneHostileLeaf(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  hostile: { pick: number } & Record<LeafKind, unknown>,
): Record<string, unknown> {
  const leaves: { path: Path; kind: LeafKind }[] = [];
  for (const arg of field.args) leavesOf(arg.type, args[arg.name], [arg.name], leaves);
  if (leaves.length === 0) return args;
  const { path, kind } = leaves[hostile.pick % leaves.length];
  const copy = structuredClone(args);
  let at: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  at[path[path.length - 1]] = hostile[kind];
  return copy;
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
  let world: World;

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

    world = {
      db,
      people: { ...people, spare: spares[0] },
      cohorts: { own: cohortOwn, other: cohortOther },
      systems: { own, other, outside },
      cycleId: openId,
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
      const [{ busy }] = await api.asOwner<{ busy: number }>(`SELECT count(*)::int AS busy FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`);
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
    console.log(`Fuzzing ${mutations.length} mutations, up to ${RUNS} runs each in ${SECONDS} s, seed ${SEED} (FUZZ_SEED=${SEED} to replay).`);
    // One session per person, opened again only when a call ended it (signOut, or any mutation that ends sessions).
    const tokens = new Map<Who, string | null>(EVERYONE.map((who) => [who, null]));
    const tokenOf = async (who: Who) => {
      if (who === 'anonymous') return null;
      const token = tokens.get(who) ?? (await openSession(api.database, people[who].id));
      tokens.set(who, token);
      return token;
    };
    // What the database holds between calls (sessions and the audit trail aside); worked out again only when some
    // transaction has written since (the next transaction id moved), as a full fingerprint costs some 40 queries.
    const nextTransaction = async () => String((await api.database.query(`SELECT pg_snapshot_xmax(pg_current_snapshot()) AS x`))[0].x);
    let state = await fingerprint(api.database);
    let mark = await nextTransaction();
    for (const [index, field] of mutations.entries()) {
      const document = documentFor(field);
      // Each run starts from a call the matrix knows succeeds (half the time, when there is one) or from generated
      // plausible arguments; a quarter of the runs send it as it is, the rest with one hostile value in place of one.
      const runs = fc.record({
        generated: argsArbitrary(field, pools),
        fromMatrix: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
        caller: fc.constantFrom(...EVERYONE),
        hostile: fc.option(hostileArbitrary(pools), { nil: null, freq: 4 }),
      });
      // Each mutation's share of the time: past it, the remaining runs do nothing. (Not fast-check's
      // interruptAfterTimeLimit, which leaves the interrupted run going on behind the next mutation's.)
      const deadline = Date.now() + (SECONDS * 1000) / mutations.length;
      const property = fc.asyncProperty(runs, async ({ generated, fromMatrix, caller, hostile }) => {
        if (Date.now() > deadline) return;
        const seeded = fromMatrix ? await matrixCall(schema, world, field.name) : null;
        if (seeded) {
          // The matrix made what its call needs: that is the state the calls start from.
          state = await fingerprint(api.database);
          mark = await nextTransaction();
        }
        const base = seeded?.args ?? generated;
        const variables = hostile ? withOneHostileLeaf(field, base, hostile) : base;
        // As the role the matrix allows (when the call is the matrix's) and as any role.
        for (const who of new Set([...(seeded ? [seeded.who] : []), caller])) {
          const { status, body } = await gql(api, await tokenOf(who), document, variables);
          const codes = (body.errors ?? []).map((error) => error.extensions?.['code']);
          const unstable = (body.errors ?? []).filter((error) => !isStableCode(error.extensions?.['code']));
          if (unstable.length > 0 || status >= 500) {
            throw new Error(`${field.name} as ${who} with ${JSON.stringify(variables)} answered HTTP ${status} with ${JSON.stringify(unstable)}`);
          }
          if (codes.includes('UNAUTHENTICATED')) tokens.set(who, null);
          if (codes.length === 0) await settled();
          const now = await nextTransaction();
          if (now === mark) continue; // nothing has written since the last fingerprint
          const before = state;
          state = await fingerprint(api.database);
          mark = await nextTransaction();
          if (codes.length > 0 && JSON.stringify(state) !== JSON.stringify(before)) {
            const changed = Object.keys(state).filter((table) => state[table] !== before[table]);
            throw new Error(`${field.name} as ${who} with ${JSON.stringify(variables)} answered ${codes.join(', ')} but changed ${changed.join(', ')}`);
          }
        }
      });
      await fc.assert(property, {
        seed: SEED + index,
        numRuns: RUNS,
        endOnFailure: true,
      });
    }
  }, 240_000);
});
