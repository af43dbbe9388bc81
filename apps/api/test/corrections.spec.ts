import { CANVAS_V1, criterionTitles } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, closeCycle, createPerson, fingerprint, gql, openCycle, Person, setStatus, systemId } from './support/world';

/*
 * A correction after publishing carries corrected levels (docs/decisions/0028-corrections-after-publishing.md): the
 * levels are written where they count, the revision records each level before and after, the audit trail has a row
 * per corrected level and one for the revision, the whole cycle is placed again in the same transaction (a placement
 * is relative: others' categories move), the published landscape shows the corrected figures at once (its cache is
 * emptied), and bad input is refused with a stable code, changing nothing.
 */

const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const TITLES = new Map(criterionTitles(CANVAS_V1).map((c) => [c.key, c.title]));
const REVISE = `mutation ($c: ID!, $s: ID!, $r: String!, $l: [LevelCorrectionInput!]!) {
  reviseFigures(cycleId: $c, systemId: $s, reason: $r, levels: $l) { number reason revisedOn note changes { criterionKey title before after } } }`;
const CORRECTABLE = `query ($c: ID!, $s: ID!) { correctableFigures(cycleId: $c, systemId: $s) {
  systemName published hasFigures basis revisions criteria { criterionKey title domainTitle statement level } } }`;
const LANDSCAPE = `query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) {
  published entries { systemId name overallScore category revision { number reason note changes { criterionKey before after } } } } }`;

type Entry = {
  systemId: string | null;
  name: string | null;
  overallScore: number | null;
  category: string | null;
  revision: { number: number; reason: string | null; note: string; changes: { criterionKey: string; before: number | null; after: number }[] } | null;
};
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const problemOf = (errors: Errors) => ({
  code: errors?.[0]?.extensions?.['code'],
  problem: errors?.[0]?.extensions?.['problem'],
  field: errors?.[0]?.extensions?.['field'],
  problems: ((errors?.[0]?.extensions?.['problems'] as { code: string; field: string }[] | undefined) ?? []).map((p) => `${p.code} ${p.field}`),
});

describe('corrections after publishing carry corrected levels (real PostgreSQL)', () => {
  let api: TestApp;
  let cycleId: string;
  let devon: string;
  let dorset: string;
  let kent: string;
  let admin: Person;
  let national: Person;
  let devonLead: Person;
  let devonAssessment: string;
  const taking: string[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    devon = await systemId(db, 'Devon');
    dorset = await systemId(db, 'Dorset');
    kent = await systemId(db, 'Kent and Medway');
    cycleId = await openCycle(db, 'Corrected year');
    // Eight ICSs with figures, each further along than the one before: ICS i has level 2 everywhere but its first i
    // criteria at level 3. Devon is the least far along, and validated (its figures are on moderated levels); the
    // others are submitted (on their self-assessed levels). Kent submitted nothing.
    const others: { id: string }[] = await db.query(`SELECT id FROM system WHERE id <> ALL($1::uuid[]) ORDER BY name LIMIT 6`, [[devon, dorset, kent]]);
    taking.push(devon, dorset, ...others.map((o) => o.id));
    for (const [i, id] of taking.entries()) {
      const assessment = await assessmentOf(db, cycleId, id);
      await answerAll(db, assessment.id, KEYS);
      await db.query(`UPDATE assessment_response SET self_level = CASE WHEN criterion_key = ANY($2::text[]) THEN 3 ELSE 2 END WHERE assessment_id = $1`, [
        assessment.id,
        KEYS.slice(0, i * 2),
      ]);
      await setStatus(db, assessment.id, id === devon ? 'VALIDATED' : 'SUBMITTED');
      if (id === devon) devonAssessment = assessment.id;
    }
    await closeCycle(db, cycleId);
    await db.query(`UPDATE assessment_cycle SET published_at = now() WHERE id = $1`, [cycleId]);
    admin = await createPerson(db, 'Admin', [{ role: 'ADMIN' }]);
    national = await createPerson(db, 'National', [{ role: 'NATIONAL' }]);
    devonLead = await createPerson(db, 'Devon lead', [{ role: 'ICS_LEAD', systemId: devon }]);
  });
  afterAll(async () => {
    await api.close();
  });

  const landscape = async () => ((await gql(api, national.token, LANDSCAPE, { c: cycleId })).body.data?.['landscape'] as { entries: Entry[] }).entries;

  /** Runs a correction that must be refused, and checks that it changed nothing (no answer, revision or audit row). */
  async function refused(token: string, variables: Record<string, unknown>) {
    const before = await fingerprint(api.database);
    const [{ n: auditBefore }] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event`);
    const [{ placed: placedBefore }] = await api.database.query(`SELECT placed_changes::text AS placed FROM cycle_placement_state WHERE cycle_id = $1`, [cycleId]);
    const result = await gql(api, token, REVISE, variables);
    expect(result.body.data?.['reviseFigures'] ?? null).toBeNull();
    expect(await fingerprint(api.database)).toEqual(before);
    const [{ n: auditAfter }] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(auditAfter).toBe(auditBefore);
    const [{ placed }] = await api.database.query(`SELECT placed_changes::text AS placed FROM cycle_placement_state WHERE cycle_id = $1`, [cycleId]);
    expect(placed).toBe(placedBefore);
    return problemOf(result.body.errors);
  }

  it('shows the admin each criterion of an ICS’s published figures with the level that counts; nobody else', async () => {
    const figures = (await gql(api, admin.token, CORRECTABLE, { c: cycleId, s: dorset })).body.data?.['correctableFigures'] as {
      systemName: string;
      basis: string;
      criteria: { criterionKey: string; title: string; level: number | null }[];
    };
    expect(figures).toMatchObject({ systemName: 'Dorset', published: true, hasFigures: true, basis: 'SELF', revisions: 0 });
    expect(figures.criteria.map((c) => c.criterionKey)).toEqual(KEYS);
    expect(figures.criteria.slice(0, 3).map((c) => c.level)).toEqual([3, 3, 2]);
    expect(figures.criteria[0].title).toBe(TITLES.get(KEYS[0]));
    expect(problemOf((await gql(api, devonLead.token, CORRECTABLE, { c: cycleId, s: devon })).body.errors).code).toBe('FORBIDDEN');
    expect(problemOf((await gql(api, national.token, CORRECTABLE, { c: cycleId, s: devon })).body.errors).code).toBe('FORBIDDEN');
  });

  it('refuses bad corrections with a stable code and field, changing nothing', async () => {
    // Read (and so place and cache) the published landscape first.
    await landscape();
    const ok = { c: cycleId, s: devon, r: 'A reason', l: [{ criterionKey: KEYS[0], level: 5 }] };
    expect(await refused(admin.token, { ...ok, l: [] })).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'NO_CHANGES', field: 'levels' });
    expect(await refused(admin.token, { ...ok, l: [{ criterionKey: 'made-up.criterion', level: 3 }] })).toMatchObject({
      problem: 'CRITERION_UNKNOWN',
      field: 'levels[0].criterionKey',
    });
    expect(await refused(admin.token, { ...ok, l: [{ criterionKey: KEYS[0], level: 6 }] })).toMatchObject({ problem: 'LEVEL_INVALID', field: 'levels[0].level' });
    expect(await refused(admin.token, { ...ok, l: [{ criterionKey: KEYS[0], level: 0 }] })).toMatchObject({ problem: 'LEVEL_INVALID' });
    // Devon's first criterion counts level 2 (its self-assessed level, since its coach gave no moderated level).
    expect(await refused(admin.token, { ...ok, l: [{ criterionKey: KEYS[0], level: 2 }] })).toMatchObject({ problem: 'LEVEL_UNCHANGED', field: 'levels[0].level' });
    expect(
      await refused(admin.token, {
        ...ok,
        r: ' ',
        l: [
          { criterionKey: KEYS[0], level: 4 },
          { criterionKey: KEYS[0], level: 5 },
        ],
      }),
    ).toMatchObject({ problems: ['CRITERION_REPEATED levels[1].criterionKey', 'REASON_REQUIRED reason'] });
    expect(await refused(admin.token, { ...ok, r: 'x'.repeat(2001) })).toMatchObject({ problem: 'REASON_TOO_LONG', field: 'reason' });
    expect(await refused(admin.token, { ...ok, s: kent })).toMatchObject({ problem: 'NO_FIGURES', field: 'systemId' });
    const elsewhere = await openCycle(api.database, 'Not published');
    expect(await refused(admin.token, { ...ok, c: elsewhere })).toMatchObject({ problem: 'CYCLE_NOT_PUBLISHED', field: 'cycleId' });
    expect(await refused(admin.token, { ...ok, s: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ problem: 'NOT_A_PARTICIPANT' });
    expect(await refused(devonLead.token, ok)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(national.token, ok)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('writes the corrected levels, records the revision and its audit rows, and places the whole cycle again, in one go', async () => {
    const before = await landscape();
    const devonBefore = before.find((e) => e.systemId === devon) as Entry;
    const others = new Map(before.filter((e) => e.systemId !== devon).map((e) => [e.systemId, e.category]));
    expect(devonBefore.overallScore).toBe(25);

    // Every criterion of Devon to level 5: Devon goes from the least to the furthest along.
    const result = await gql(api, admin.token, REVISE, {
      c: cycleId,
      s: devon,
      r: 'The coach’s moderated levels were entered against last year’s assessment.',
      l: [...KEYS].reverse().map((criterionKey) => ({ criterionKey, level: 5 })),
    });
    expect(result.body.errors).toBeUndefined();
    const revision = result.body.data?.['reviseFigures'] as { number: number; note: string; changes: { criterionKey: string; before: number; after: number }[] };
    expect(revision.number).toBe(1);
    expect(revision.changes.map((c) => c.criterionKey)).toEqual(KEYS);
    expect(revision.changes.every((c) => c.before === 2 && c.after === 5)).toBe(true);
    expect(revision.note).toContain(`criterion ${TITLES.get(KEYS[0])} from level 2 to level 5`);
    expect(revision.note).toContain('Reason: The coach’s moderated levels were entered against last year’s assessment.');

    // Validated: the corrected level is its moderated level; the ICS's own self-assessed level is kept.
    const answers = await api.database.query(`SELECT self_level, moderated_level FROM assessment_response WHERE assessment_id = $1`, [devonAssessment]);
    expect(answers).toHaveLength(KEYS.length);
    expect(answers.every((a: { self_level: number; moderated_level: number }) => a.self_level === 2 && a.moderated_level === 5)).toBe(true);

    // Placed again before the transaction committed: the stored placement is current and has the corrected score.
    const [state] = await api.database.query(`SELECT placed_changes = counted_changes AS current FROM cycle_placement_state WHERE cycle_id = $1`, [cycleId]);
    expect(state.current).toBe(true);
    const [stored] = await api.database.query(`SELECT overall_score FROM cycle_placement WHERE cycle_id = $1 AND system_id = $2`, [cycleId, devon]);
    expect(stored.overall_score).toBe(100);

    // The audit trail: one row per corrected level (on the assessment, so the ICS filter finds it) and one for the revision.
    const corrected = await api.database.query(
      `SELECT subject_id, before, after FROM audit_event WHERE action = 'LEVEL_CORRECTED' ORDER BY after->>'criterionKey'`,
    );
    expect(corrected).toHaveLength(KEYS.length);
    expect(corrected[0]).toMatchObject({
      subject_id: devonAssessment,
      before: { selfLevel: 2, moderatedLevel: null, notAssessed: false },
      after: { moderatedLevel: 5, selfLevel: 2, revision: 1 },
    });
    const [revised] = await api.database.query(`SELECT subject_id, after FROM audit_event WHERE action = 'CYCLE_FIGURES_REVISED'`);
    expect(revised).toMatchObject({ subject_id: cycleId, after: { systemId: devon, number: 1 } });
    expect(revised.after.changes).toHaveLength(KEYS.length);

    // The published landscape (cached before) shows the corrected figures at once, and others' categories moved.
    const after = await landscape();
    const devonAfter = after.find((e) => e.systemId === devon) as Entry;
    expect(devonAfter.overallScore).toBe(100);
    expect(devonAfter.category).not.toBe(devonBefore.category);
    expect(devonAfter.revision).toMatchObject({ number: 1, note: revision.note });
    const moved = after.filter((e) => e.systemId !== devon && others.get(e.systemId) !== e.category);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('corrects a self-assessed figure where it is what counts, numbers corrections per ICS, and tells the ICS’s leads', async () => {
    const dorsetLead = await createPerson(api.database, 'Dorset lead', [{ role: 'ICS_LEAD', systemId: dorset }]);
    const first = await gql(api, admin.token, REVISE, { c: cycleId, s: dorset, r: 'Typed 2 for 4.', l: [{ criterionKey: KEYS[2], level: 4 }] });
    expect(first.body.data?.['reviseFigures']).toMatchObject({ number: 1, changes: [{ criterionKey: KEYS[2], before: 2, after: 4 }] });
    const second = await gql(api, admin.token, REVISE, { c: cycleId, s: dorset, r: 'And the next one.', l: [{ criterionKey: KEYS[3], level: 1 }] });
    expect(second.body.data?.['reviseFigures']).toMatchObject({ number: 2, note: expect.stringContaining('(correction 2)') });
    const assessment = await assessmentOf(api.database, cycleId, dorset);
    const rows = await api.database.query(
      `SELECT criterion_key, self_level, moderated_level FROM assessment_response WHERE assessment_id = $1 AND criterion_key = ANY($2::text[]) ORDER BY criterion_key`,
      [assessment.id, [KEYS[2], KEYS[3]]],
    );
    expect(rows.map((r: { self_level: number; moderated_level: number | null }) => [r.self_level, r.moderated_level]).sort()).toEqual([
      [1, null],
      [4, null],
    ]);
    const notifications = (await gql(api, dorsetLead.token, '{ notifications { items { kind } } }')).body.data?.['notifications'] as { items: { kind: string }[] };
    expect(notifications.items.map((i) => i.kind)).toContain('FIGURES_REVISED');
    const figures = (await gql(api, admin.token, CORRECTABLE, { c: cycleId, s: dorset })).body.data?.['correctableFigures'] as { revisions: number };
    expect(figures.revisions).toBe(2);
  });
});
