import { CANVAS_V1 } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, closeCycle, createPerson, gql, openCycle, Person, publishNow, setStatus, systemId } from './support/world';

const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const ANSWER = `mutation ($c: ID!, $s: ID!, $a: SignOffAnswer!, $m: String) { answerSignOff(cycleId: $c, systemId: $s, answer: $a, comment: $m) { state } }`;
const REVISE = `mutation ($c: ID!, $s: ID!) {
  reviseFigures(cycleId: $c, systemId: $s, reason: "A level was typed wrongly", levels: [{ criterionKey: "${KEYS[0]}", level: 4 }]) { number } }`;
const PAGE = `query ($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 200) {
  events { actorName action description subjectKind subjectName systemId systemName } } }`;

interface Event {
  actorName: string | null;
  action: string;
  description: string;
  subjectKind: string;
  subjectName: string | null;
  systemId: string | null;
  systemName: string | null;
}

/**
 * The audit trail says which ICS an event was about, and what happened, in words (issue 13, found by the whole-year
 * journey): a sign-off says whether it was a confirmation or a query and whose figures, and the ICS filter finds it; an
 * assessment is named by its ICS and cycle.
 */
describe('the audit trail in words (real PostgreSQL)', () => {
  let api: TestApp;
  let cycleId: string;
  let devon: string;
  let dorset: string;
  let admin: Person;
  let devonLead: Person;
  let dorsetLead: Person;

  const events = async (filter: Record<string, unknown>) => {
    const { body } = await gql(api, admin.token, PAGE, { filter });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (body.data?.['auditEvents'] as { events: Event[] }).events;
  };

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    devon = await systemId(db, 'Devon');
    dorset = await systemId(db, 'Dorset');
    cycleId = await openCycle(db, 'Words check 2026/27');
    const others: { id: string }[] = await db.query(`SELECT id FROM system WHERE id <> ALL($1::uuid[]) ORDER BY name LIMIT 4`, [[devon, dorset]]);
    for (const id of [devon, dorset, ...others.map((o) => o.id)]) {
      const assessment = await assessmentOf(db, cycleId, id);
      await answerAll(db, assessment.id, KEYS);
      await setStatus(db, assessment.id, 'SUBMITTED');
    }
    await closeCycle(db, cycleId);
    admin = await createPerson(db, 'Ada Admin', [{ role: 'ADMIN' }]);
    devonLead = await createPerson(db, 'Devon lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    dorsetLead = await createPerson(db, 'Dorset lead', [{ role: 'ICS_LEAD', systemId: dorset }]);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  it('says whether a sign-off confirmed or queried, whose figures, and finds it by its ICS', async () => {
    expect((await gql(api, devonLead.token, ANSWER, { c: cycleId, s: devon, a: 'CONFIRMED' })).body.errors).toBeUndefined();
    expect((await gql(api, dorsetLead.token, ANSWER, { c: cycleId, s: dorset, a: 'QUERIED', m: 'Domain 3 looks too low.' })).body.errors).toBeUndefined();

    const devons = await events({ systemId: devon, actions: ['CYCLE_SIGN_OFF_ANSWERED'] });
    expect(devons).toEqual([
      {
        actorName: 'Devon lead',
        action: 'CYCLE_SIGN_OFF_ANSWERED',
        description: 'Confirmed Devon’s provisional figures',
        subjectKind: 'Assessment cycle',
        subjectName: 'Words check 2026/27',
        systemId: devon,
        systemName: 'Devon',
      },
    ]);
    const dorsets = await events({ systemId: dorset, actions: ['CYCLE_SIGN_OFF_ANSWERED'] });
    expect(dorsets).toEqual([expect.objectContaining({ actorName: 'Dorset lead', description: 'Queried Dorset’s provisional figures', systemName: 'Dorset' })]);
    // Every ICS: both, each with its own ICS.
    const all = await events({ actions: ['CYCLE_SIGN_OFF_ANSWERED'] });
    expect(all.map((e) => `${e.description} | ${e.systemName}`)).toEqual(['Queried Dorset’s provisional figures | Dorset', 'Confirmed Devon’s provisional figures | Devon']);
  });

  it('names an assessment by its ICS and cycle', async () => {
    const assessment = await assessmentOf(api.database, cycleId, devon);
    await api.database.query(
      `INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, after) VALUES ($1, 'ASSESSMENT_TRANSITIONED', 'assessment', $2, '{"status":"SUBMITTED"}')`,
      [devonLead.id, assessment.id],
    );
    const [event] = await events({ systemId: devon, actions: ['ASSESSMENT_TRANSITIONED'] });
    expect(event).toMatchObject({
      description: 'Submitted an assessment',
      subjectKind: 'Assessment',
      subjectName: 'Devon’s assessment for Words check 2026/27',
      systemName: 'Devon',
    });
  });

  it('names the role taken away (from the row’s "before")', async () => {
    await api.database.query(
      `INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, before) VALUES ($1, 'ROLE_REVOKED', 'role_grant', NULL, $2)`,
      [admin.id, JSON.stringify({ userId: devonLead.id, role: 'ICS_LEAD', systemId: devon })],
    );
    const [event] = await events({ systemId: devon, actions: ['ROLE_REVOKED'] });
    expect(event).toMatchObject({ description: 'Took the ICS lead role away from someone', subjectKind: 'Account', subjectName: 'Devon lead', systemName: 'Devon' });
  });

  it('says whose published figures a correction changed, and the ICS filter finds it', async () => {
    expect((await publishNow(api, admin.token, cycleId)).body.errors).toBeUndefined();
    expect((await gql(api, admin.token, REVISE, { c: cycleId, s: devon })).body.errors).toBeUndefined();
    const [revised] = await events({ systemId: devon, actions: ['CYCLE_FIGURES_REVISED'] });
    expect(revised).toMatchObject({ description: 'Recorded a correction to Devon’s published figures (correction 1)', systemId: devon, systemName: 'Devon' });
    // Publishing is about every ICS: no ICS of its own.
    const [published] = await events({ actions: ['CYCLE_PUBLISHED'] });
    expect(published).toMatchObject({ description: "Published a cycle's landscape", systemId: null, subjectName: 'Words check 2026/27' });
    expect(await events({ systemId: dorset, actions: ['CYCLE_FIGURES_REVISED', 'CYCLE_PUBLISHED'] })).toEqual([]);
  });
});
