import { CANVAS_V1 } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, closeCycle, createCohort, createPerson, fingerprint, gql, openCycle, Person, setStatus, systemId } from './support/world';

const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const ANSWER = `mutation ($c: ID!, $s: ID!, $a: SignOffAnswer!, $m: String) {
  answerSignOff(cycleId: $c, systemId: $s, answer: $a, comment: $m) { systemId state label comment answeredOn } }`;
const FIGURES = `query ($c: ID) { myProvisionalFigures(cycleId: $c) {
  cycle { id name } published systemId systemName hasFigures overallScore category basis domainScores { domainKey name score } explanation
  signOff { state comment } } }`;
const SUMMARY = `query ($c: ID!) { signOffSummary(cycleId: $c) { phase total confirmed queried notAnswered rows { systemId name state comment } } }`;
const PREVIEW = `query ($c: ID!) { publishPreview(cycleId: $c) { canPublish reason statements outstandingSystemIds } }`;
const PUBLISH = `mutation ($c: ID!, $ok: Boolean!, $o: [ID!]!) { publishCycle(cycleId: $c, confirmed: $ok, outstandingSystemIds: $o) { publishedAt } }`;
const REVISE = `mutation ($c: ID!, $s: ID!, $r: String!, $l: [LevelCorrectionInput!]! = [{ criterionKey: "${KEYS[0]}", level: 4 }]) {
  reviseFigures(cycleId: $c, systemId: $s, reason: $r, levels: $l) { number reason revisedOn note } }`;
const LANDSCAPE = `query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) { published entries { name own revision { number reason note } } } }`;
const NOTIFICATIONS = `{ notifications { items { kind message } } }`;

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const problemOf = (errors: Errors) => ({ code: errors?.[0]?.extensions?.['code'], problem: errors?.[0]?.extensions?.['problem'], field: errors?.[0]?.extensions?.['field'] });

describe('sign-off, publishing and corrections (real PostgreSQL)', () => {
  let api: TestApp;
  let cycleId: string;
  let devon: string;
  let dorset: string;
  let kent: string;
  let devonLead: Person;
  let dorsetLead: Person;
  let kentLead: Person;
  let coach: Person;
  let admin: Person;
  let national: Person;

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    devon = await systemId(db, 'Devon');
    dorset = await systemId(db, 'Dorset');
    kent = await systemId(db, 'Kent and Medway');
    cycleId = await openCycle(db, 'Spring check');
    // Devon, Dorset and four more submitted (six with figures, so unnamed ICSs can be shown to peers); Kent did not.
    const others: { id: string }[] = await db.query(`SELECT id FROM system WHERE id <> ALL($1::uuid[]) ORDER BY name LIMIT 4`, [[devon, dorset, kent]]);
    for (const id of [devon, dorset, ...others.map((o) => o.id)]) {
      const assessment = await assessmentOf(db, cycleId, id);
      await answerAll(db, assessment.id, KEYS);
      await setStatus(db, assessment.id, 'SUBMITTED');
    }
    devonLead = await createPerson(db, 'Devon lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    dorsetLead = await createPerson(db, 'Dorset lead', [{ role: 'ICS_LEAD', systemId: dorset }]);
    kentLead = await createPerson(db, 'Kent lead', [{ role: 'ICS_LEAD', systemId: kent }]);
    coach = await createPerson(db, 'Coach', [{ role: 'COACH', cohortId: await createCohort(db, 'South', [dorset]) }]);
    admin = await createPerson(db, 'Admin', [{ role: 'ADMIN' }]);
    national = await createPerson(db, 'National', [{ role: 'NATIONAL' }]);
  });
  afterAll(async () => {
    await api.close();
  });

  /** Runs a call that must be refused, and checks that it changed nothing. */
  async function refused(token: string, query: string, variables: Record<string, unknown>) {
    const before = await fingerprint(api.database);
    const [{ n: auditBefore }] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event`);
    const result = await gql(api, token, query, variables);
    expect(result.body.data?.[Object.keys(result.body.data ?? {})[0]] ?? null).toBeNull();
    expect(await fingerprint(api.database)).toEqual(before);
    const [{ n: auditAfter }] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(auditAfter).toBe(auditBefore);
    return problemOf(result.body.errors);
  }

  it('refuses answers and publishing while the cycle is open', async () => {
    expect(await refused(devonLead.token, ANSWER, { c: cycleId, s: devon, a: 'CONFIRMED' })).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'CYCLE_NOT_CLOSED',
      field: 'cycleId',
    });
    expect(await refused(admin.token, PUBLISH, { c: cycleId, ok: true, o: [] })).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'CYCLE_NOT_CLOSED' });
    const preview = (await gql(api, admin.token, PREVIEW, { c: cycleId })).body.data?.['publishPreview'] as { canPublish: boolean; reason: string };
    expect(preview).toMatchObject({ canPublish: false, reason: expect.stringContaining('still open') });
    expect(problemOf((await gql(api, devonLead.token, FIGURES, { c: cycleId })).body.errors).problem).toBe('CYCLE_NOT_CLOSED');
  });

  it('shows an ICS lead their own provisional figures once the cycle has closed, from the stored placements', async () => {
    await closeCycle(api.database, cycleId);
    const all = (await gql(api, devonLead.token, FIGURES, {})).body.data?.['myProvisionalFigures'] as Record<string, unknown>[];
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      cycle: { id: cycleId, name: 'Spring check' },
      published: false,
      systemId: devon,
      systemName: 'Devon',
      hasFigures: true,
      overallScore: 50,
      basis: 'SELF',
      signOff: { state: 'NOT_ANSWERED', comment: null },
    });
    const figures = all[0] as { category: string; domainScores: { name: string; score: number }[]; explanation: string[] };
    expect(figures.category).toEqual(expect.any(String));
    expect(figures.domainScores.map((d) => d.name)).toEqual(CANVAS_V1.domains.map((d) => d.title));
    expect(figures.domainScores.every((d) => d.score === 50)).toBe(true);
    expect(figures.explanation.join(' ')).toMatch(/self-assessed/);
    // Kent submitted nothing: its lead sees that it has no figures, and cannot answer.
    const kents = (await gql(api, kentLead.token, FIGURES, { c: cycleId })).body.data?.['myProvisionalFigures'] as Record<string, unknown>[];
    expect(kents).toEqual([expect.objectContaining({ systemId: kent, hasFigures: false, overallScore: null })]);
    expect(await refused(kentLead.token, ANSWER, { c: cycleId, s: kent, a: 'CONFIRMED' })).toMatchObject({ problem: 'NO_FIGURES' });
    // Nobody else's figures: coaches and admins have none of their own to check.
    expect((await gql(api, admin.token, FIGURES, { c: cycleId })).body.data?.['myProvisionalFigures']).toEqual([]);
  });

  it('refuses an answer for someone else’s figures, a query without a comment, and a made-up answer, changing nothing', async () => {
    expect(await refused(devonLead.token, ANSWER, { c: cycleId, s: dorset, a: 'CONFIRMED' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(coach.token, ANSWER, { c: cycleId, s: dorset, a: 'CONFIRMED' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(admin.token, ANSWER, { c: cycleId, s: dorset, a: 'CONFIRMED' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(dorsetLead.token, ANSWER, { c: cycleId, s: dorset, a: 'QUERIED', m: '   ' })).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'COMMENT_REQUIRED',
      field: 'comment',
    });
    expect(await refused(dorsetLead.token, ANSWER, { c: cycleId, s: dorset, a: 'QUERIED', m: 'x'.repeat(2001) })).toMatchObject({ problem: 'COMMENT_TOO_LONG' });
    expect((await gql(api, dorsetLead.token, ANSWER, { c: cycleId, s: dorset, a: 'MAYBE' })).body.errors?.[0]).toBeDefined();
  });

  it('records confirmations and queries (audited, with the answer before), and tells the ICS’s reviewers of a query', async () => {
    const confirmed = await gql(api, devonLead.token, ANSWER, { c: cycleId, s: devon, a: 'CONFIRMED' });
    expect(confirmed.body.data?.['answerSignOff']).toMatchObject({ systemId: devon, state: 'CONFIRMED', label: 'Confirmed', comment: null });
    // Dorset confirms, then changes its mind and queries.
    await gql(api, dorsetLead.token, ANSWER, { c: cycleId, s: dorset, a: 'CONFIRMED' });
    const queried = await gql(api, dorsetLead.token, ANSWER, { c: cycleId, s: dorset, a: 'QUERIED', m: '  Our skills score looks too low.  ' });
    expect(queried.body.data?.['answerSignOff']).toMatchObject({ state: 'QUERIED', comment: 'Our skills score looks too low.' });

    const audit = await api.database.query(
      `SELECT before, after FROM audit_event WHERE action = 'CYCLE_SIGN_OFF_ANSWERED' AND subject_id = $1 AND actor_user_id = $2 ORDER BY id`,
      [cycleId, dorsetLead.id],
    );
    expect(audit.map((a: { before: unknown }) => a.before)).toEqual([null, { answer: 'CONFIRMED', comment: null }]);
    expect(audit[1].after).toEqual({ systemId: dorset, answer: 'QUERIED', comment: 'Our skills score looks too low.' });

    for (const reviewer of [coach, admin]) {
      const items = ((await gql(api, reviewer.token, NOTIFICATIONS)).body.data?.['notifications'] as { items: { kind: string; message: string }[] }).items;
      expect(items).toContainEqual({ kind: 'SIGN_OFF_QUERIED', message: 'Dorset raised a query about its provisional figures for Spring check.' });
    }
    // A confirmation tells nobody; a lead is not told of their own query.
    const leadItems = ((await gql(api, dorsetLead.token, NOTIFICATIONS)).body.data?.['notifications'] as { items: unknown[] }).items;
    expect(leadItems).toEqual([]);
  });

  it('shows the admin every ICS’s answer, a coach their cohort’s queries, and a lead their own', async () => {
    const forAdmin = (await gql(api, admin.token, SUMMARY, { c: cycleId })).body.data?.['signOffSummary'] as {
      total: number;
      confirmed: number;
      queried: number;
      notAnswered: number;
      rows: { systemId: string; state: string; comment: string | null }[];
    };
    expect(forAdmin).toMatchObject({ total: 6, confirmed: 1, queried: 1, notAnswered: 4 });
    expect(forAdmin.rows).toContainEqual({ systemId: dorset, name: 'Dorset', state: 'QUERIED', comment: 'Our skills score looks too low.' });
    expect(forAdmin.rows.some((r) => r.systemId === kent)).toBe(false);
    const forCoach = (await gql(api, coach.token, SUMMARY, { c: cycleId })).body.data?.['signOffSummary'] as { rows: { systemId: string }[] };
    expect(forCoach.rows.map((r) => r.systemId)).toEqual([dorset]);
    const forLead = (await gql(api, devonLead.token, SUMMARY, { c: cycleId })).body.data?.['signOffSummary'] as { rows: { systemId: string }[] };
    expect(forLead.rows.map((r) => r.systemId)).toEqual([devon]);
    const forNational = (await gql(api, national.token, SUMMARY, { c: cycleId })).body.data?.['signOffSummary'] as { rows: unknown[] };
    expect(forNational.rows).toEqual([]);

    // Open queries, across cycles: the coach and the admins see Dorset's; Devon's lead and national viewers none.
    const QUERIES = '{ openSignOffQueries { cycleId cycleName systemName comment } }';
    const dorsetQuery = { cycleId, cycleName: 'Spring check', systemName: 'Dorset', comment: 'Our skills score looks too low.' };
    expect((await gql(api, coach.token, QUERIES)).body.data?.['openSignOffQueries']).toEqual([dorsetQuery]);
    expect((await gql(api, admin.token, QUERIES)).body.data?.['openSignOffQueries']).toEqual([dorsetQuery]);
    expect((await gql(api, dorsetLead.token, QUERIES)).body.data?.['openSignOffQueries']).toEqual([dorsetQuery]);
    expect((await gql(api, devonLead.token, QUERIES)).body.data?.['openSignOffQueries']).toEqual([]);
    expect((await gql(api, national.token, QUERIES)).body.data?.['openSignOffQueries']).toEqual([]);
  });

  it('publishes only with a confirmation of the facts as they are now, tells every participant, and never twice', async () => {
    expect(await refused(devonLead.token, PREVIEW, { c: cycleId })).toMatchObject({ code: 'FORBIDDEN' });
    const preview = (await gql(api, admin.token, PREVIEW, { c: cycleId })).body.data?.['publishPreview'] as {
      canPublish: boolean;
      statements: string[];
      outstandingSystemIds: string[];
    };
    expect(preview.canPublish).toBe(true);
    expect(preview.outstandingSystemIds).toHaveLength(5);
    expect(preview.outstandingSystemIds).toContain(dorset);
    expect(preview.outstandingSystemIds).not.toContain(devon);
    expect(preview.statements.join('\n')).toMatch(/1 ICS queried their figures: Dorset\./);
    expect(preview.statements.join('\n')).toMatch(/Kent and Medway/);
    expect(preview.statements.join('\n')).toMatch(/cannot be undone/);

    expect(await refused(admin.token, PUBLISH, { c: cycleId, ok: false, o: preview.outstandingSystemIds })).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'CONFIRMATION_REQUIRED',
      field: 'confirmed',
    });
    expect(await refused(admin.token, PUBLISH, { c: cycleId, ok: true, o: [dorset] })).toMatchObject({ problem: 'CONFIRMATION_OUT_OF_DATE' });
    expect(await refused(coach.token, PUBLISH, { c: cycleId, ok: true, o: preview.outstandingSystemIds })).toMatchObject({ code: 'FORBIDDEN' });

    const published = await gql(api, admin.token, PUBLISH, { c: cycleId, ok: true, o: preview.outstandingSystemIds });
    expect(published.body.data?.['publishCycle']).toEqual({ publishedAt: expect.any(String) });
    const [audit] = await api.database.query(`SELECT actor_user_id, after FROM audit_event WHERE action = 'CYCLE_PUBLISHED' AND subject_id = $1`, [cycleId]);
    expect(audit.actor_user_id).toBe(admin.id);
    expect(audit.after).toMatchObject({ status: 'PUBLISHED', confirmed: 1, queried: [dorset] });
    // Every participant's leads are told, those without figures too.
    for (const [lead, name] of [[devonLead, 'Devon'], [dorsetLead, 'Dorset'], [kentLead, 'Kent and Medway']] as const) {
      const items = ((await gql(api, lead.token, NOTIFICATIONS)).body.data?.['notifications'] as { items: { kind: string; message: string }[] }).items;
      expect(items).toContainEqual({
        kind: 'CYCLE_PUBLISHED',
        message: `The landscape of Spring check is published: ${name}'s figures are final and other ICSs can now see them.`,
      });
    }

    expect(await refused(admin.token, PUBLISH, { c: cycleId, ok: true, o: preview.outstandingSystemIds })).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'ALREADY_PUBLISHED',
      field: 'cycleId',
    });
    expect(await refused(devonLead.token, ANSWER, { c: cycleId, s: devon, a: 'QUERIED', m: 'Too late' })).toMatchObject({ problem: 'ALREADY_PUBLISHED' });
    // Published: its queries are no longer open.
    expect((await gql(api, coach.token, '{ openSignOffQueries { cycleId } }')).body.data?.['openSignOffQueries']).toEqual([]);
  });

  it('records corrections after publishing, numbered, shown on the landscape, without the reason where the ICS is unnamed', async () => {
    const open = await openCycle(api.database, 'Still open');
    expect(await refused(admin.token, REVISE, { c: open, s: dorset, r: 'A reason' })).toMatchObject({ problem: 'CYCLE_NOT_PUBLISHED' });
    expect(await refused(admin.token, REVISE, { c: cycleId, s: dorset, r: ' ' })).toEqual({ code: 'BAD_USER_INPUT', problem: 'REASON_REQUIRED', field: 'reason' });
    expect(await refused(national.token, REVISE, { c: cycleId, s: dorset, r: 'A reason' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(dorsetLead.token, REVISE, { c: cycleId, s: dorset, r: 'A reason' })).toMatchObject({ code: 'FORBIDDEN' });

    const first = await gql(api, admin.token, REVISE, { c: cycleId, s: dorset, r: 'The skills domain was scored on an old answer.' });
    expect(first.body.data?.['reviseFigures']).toMatchObject({ number: 1, reason: 'The skills domain was scored on an old answer.' });
    const second = await gql(api, admin.token, REVISE, {
      c: cycleId,
      s: dorset,
      r: 'Dorset asked for its leadership score to be checked again.',
      l: [{ criterionKey: KEYS[1], level: 2 }],
    });
    expect(second.body.data?.['reviseFigures']).toMatchObject({ number: 2, note: expect.stringMatching(/\(correction 2\): criterion 1\.2 \(.+\) from level 3 to level 2\. Reason: Dorset asked/) });
    expect((await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'CYCLE_FIGURES_REVISED'`))[0].n).toBe(2);
    const items = ((await gql(api, dorsetLead.token, NOTIFICATIONS)).body.data?.['notifications'] as { items: { kind: string }[] }).items;
    expect(items.map((i) => i.kind)).toContain('FIGURES_REVISED');

    type Entry = { name: string | null; own: boolean; revision: { number: number; reason: string | null; note: string } | null };
    const nationally = ((await gql(api, national.token, LANDSCAPE, { c: cycleId })).body.data?.['landscape'] as { entries: Entry[] }).entries;
    expect(nationally.find((e) => e.name === 'Dorset')?.revision).toMatchObject({ number: 2, reason: 'Dorset asked for its leadership score to be checked again.' });
    expect(nationally.filter((e) => e.revision !== null)).toHaveLength(1);
    // Devon's lead sees Dorset without its name: the correction is shown, its reason (which names Dorset) is not.
    const toPeer = ((await gql(api, devonLead.token, LANDSCAPE, { c: cycleId })).body.data?.['landscape'] as { entries: Entry[] }).entries;
    const revised = toPeer.filter((e) => e.revision !== null);
    expect(revised).toHaveLength(1);
    expect(revised[0]).toMatchObject({ name: null, own: false, revision: { number: 2, reason: null } });
    expect(JSON.stringify(toPeer)).not.toContain('Dorset');
  });
});
