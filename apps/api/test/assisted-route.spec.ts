import { CANVAS_V1 } from '@idt/domain';
import { eventually, startSmtpServer } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, createCohort, createPerson, gql, openCycle, Person, systemId } from './support/world';

const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const [K1] = KEYS;

const STATE = 'id status version recordedOnBehalfBy recordedOnBehalfSince';
const ON_BEHALF = `mutation ($input: RecordOnBehalfInput!) { recordAssessmentOnBehalf(input: $input) { ${STATE} } }`;
const SAVE = `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { ${STATE} } }`;
const TRANSITION = `mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { ${STATE} } }`;
const ASSESSMENT = `query ($id: ID!) { assessment(id: $id) { ${STATE} } }`;
const MINE = `{ myAssessments { ${STATE} } }`;
const OVERVIEW = `query ($cohortId: ID!, $cycleId: ID) { cohortOverview(cohortId: $cohortId, cycleId: $cycleId) {
  members { systemName recordedOnBehalfBy recordedOnBehalfSince } } }`;
const NOTIFICATIONS = `{ notifications { unreadCount items { id kind message assessmentId createdAt readAt } } }`;

interface State {
  id: string;
  status: string;
  version: number;
  recordedOnBehalfBy: string | null;
  recordedOnBehalfSince: string | null;
}
interface Notice {
  id: string;
  kind: string;
  message: string;
  assessmentId: string;
  createdAt: string;
  readAt: string | null;
}

/**
 * The assisted route (a coach records an ICS's assessment on its behalf) is visible to the ICS: its leads are told in
 * the app and by email the moment it starts, the assessment says who is recording it and since when, the audit trail
 * has it, and nobody is told of what they did themselves.
 */
describe('the assisted route, seen by the ICS', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let api: TestApp;
  let devon: string;
  let cohort: string;
  let lead: Person;
  let coach: Person;
  let otherCoach: Person;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ email: { smtpUrl: smtp.url, from: 'IDT Canvas <no-reply@idt-canvas.test>' } });
    devon = await systemId(api.database, 'Devon');
    cohort = await createCohort(api.database, 'Pioneers', [devon]);
    lead = await createPerson(api.database, 'Lee Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    coach = await createPerson(api.database, 'Sam Coach', [{ role: 'COACH', cohortId: cohort }]);
    otherCoach = await createPerson(api.database, 'Other Coach', [{ role: 'COACH', cohortId: cohort }]);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const call = async (who: Person, document: string, variables: Record<string, unknown>) => {
    const { body } = await gql(api, who.token, document, variables);
    expect(body.errors).toBeUndefined();
    return Object.values(body.data ?? {})[0];
  };
  const mine = async (who: Person, assessmentId: string) =>
    ((await call(who, NOTIFICATIONS, {})) as { items: Notice[] }).items.filter((n) => n.assessmentId === assessmentId);
  const emailsTo = (who: Person) => smtp.received.filter((m) => m.to.includes(who.email));
  /** A mail's subject, unfolded (long headers are folded over lines). */
  const subject = (raw: string) => /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1].replace(/\r?\n[ \t]/g, ' ') ?? '';

  /** A draft of Devon's in a new cycle that its lead has started answering. */
  async function leadsDraft(cycleName: string): Promise<State> {
    const cycleId = await openCycle(api.database, cycleName);
    const { id, version } = await assessmentOf(api.database, cycleId, devon);
    return (await call(lead, SAVE, {
      input: { assessmentId: id, expectedVersion: version, responses: [{ criterionKey: K1, selfLevel: 3, evidence: 'Our draft, not ready' }] },
    })) as State;
  }

  it('tells the ICS lead, in the app and by email, the moment a coach starts recording its draft, and no one else', async () => {
    const draft = await leadsDraft('Autumn 2026');
    const before = Date.now();
    const started = (await call(coach, ON_BEHALF, { input: { assessmentId: draft.id, expectedVersion: draft.version } })) as State;
    expect(started).toMatchObject({ status: 'DRAFT', recordedOnBehalfBy: 'Sam Coach' });

    const message =
      "Sam Coach, your programme coach, started recording Devon's self-assessment for Autumn 2026 on its behalf, and can now see and change its draft answers.";
    const toLead = await mine(lead, draft.id);
    expect(toLead).toEqual([expect.objectContaining({ kind: 'RECORDING_ON_BEHALF_STARTED', message, readAt: null })]);
    expect(new Date(toLead[0].createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await mine(coach, draft.id)).toEqual([]);
    expect(await mine(otherCoach, draft.id)).toEqual([]);

    const mails = await eventually(() => emailsTo(lead), (m) => m.length > 0);
    expect(mails.map((m) => subject(m.raw))).toEqual([message]);
    expect(mails[0].raw).toContain('/notifications');
    expect(emailsTo(coach)).toEqual([]);
  });

  it('shows who is recording the assessment and since when, to the lead and to the coach', async () => {
    const draft = await leadsDraft('Winter 2026');
    const started = (await call(coach, ON_BEHALF, { input: { assessmentId: draft.id, expectedVersion: draft.version } })) as State;
    const [{ since }] = await api.database.query(`SELECT recorded_on_behalf_at AS since FROM assessment WHERE id = $1`, [draft.id]);
    const expected = { recordedOnBehalfBy: 'Sam Coach', recordedOnBehalfSince: (since as Date).toISOString() };

    expect(started).toMatchObject(expected);
    expect(await call(lead, ASSESSMENT, { id: draft.id })).toMatchObject(expected);
    expect(((await call(lead, MINE, {})) as State[]).find((a) => a.id === draft.id)).toMatchObject(expected);
    expect(await call(coach, ASSESSMENT, { id: draft.id })).toMatchObject(expected);
    const [cycle] = await api.database.query(`SELECT cycle_id FROM assessment WHERE id = $1`, [draft.id]);
    const overview = (await call(coach, OVERVIEW, { cohortId: cohort, cycleId: cycle.cycle_id })) as { members: object[] };
    expect(overview.members).toEqual([{ systemName: 'Devon', ...expected }]);

    // One the lead completes alone says nobody is recording it.
    const own = await leadsDraft('Spring 2027');
    expect(await call(lead, ASSESSMENT, { id: own.id })).toMatchObject({ recordedOnBehalfBy: null, recordedOnBehalfSince: null });
  });

  it('records in the audit trail who started recording on the ICS’s behalf, when and from where', async () => {
    const draft = await leadsDraft('Summer 2027');
    await call(coach, ON_BEHALF, { input: { assessmentId: draft.id, expectedVersion: draft.version } });
    const rows = await api.database.query(
      `SELECT actor_user_id AS "actor", subject_type AS "subjectType", before, after, ip IS NOT NULL AS "hasIp", occurred_at AS "at"
       FROM audit_event WHERE subject_id = $1 AND action = 'RECORDING_ON_BEHALF_STARTED'`,
      [draft.id],
    );
    const [{ since }] = await api.database.query(`SELECT recorded_on_behalf_at AS since FROM assessment WHERE id = $1`, [draft.id]);
    expect(rows).toEqual([
      {
        actor: coach.id,
        subjectType: 'assessment',
        before: { recordedOnBehalfBy: null },
        after: { recordedOnBehalfBy: coach.id, recordedOnBehalfSince: expect.any(String) },
        hasIp: true,
        at: expect.any(Date),
      },
    ]);
    expect(new Date(rows[0].after.recordedOnBehalfSince).getTime()).toBe((since as Date).getTime());
  });

  it('tells the lead and the other coaches when the coach submits on the ICS’s behalf, but not the coach who did it', async () => {
    const draft = await leadsDraft('Submitted for them');
    const started = (await call(coach, ON_BEHALF, { input: { assessmentId: draft.id, expectedVersion: draft.version } })) as State;
    await answerAll(api.database, draft.id, KEYS);
    const submitted = (await call(coach, TRANSITION, {
      input: { assessmentId: draft.id, expectedVersion: started.version, transition: 'SUBMIT', declarationConfirmed: true },
    })) as State;
    expect(submitted.status).toBe('SUBMITTED');

    expect(await mine(coach, draft.id)).toEqual([]);
    expect((await mine(otherCoach, draft.id)).map((n) => n.kind)).toEqual(['ASSESSMENT_SUBMITTED']);
    const toLead = await mine(lead, draft.id);
    expect(toLead.map((n) => n.kind)).toEqual(['ASSESSMENT_SUBMITTED_ON_BEHALF', 'RECORDING_ON_BEHALF_STARTED']);
    expect(toLead[0].message).toBe("Sam Coach, your programme coach, submitted Devon's self-assessment for Submitted for them on its behalf.");
    const mails = await eventually(
      () => emailsTo(lead).filter((m) => subject(m.raw).includes("submitted Devon's self-assessment for Submitted for them")),
      (m) => m.length > 0,
    );
    expect(mails.map((m) => subject(m.raw))).toEqual([toLead[0].message]);
    await eventually(() => emailsTo(otherCoach), (m) => m.length > 0);
    expect(emailsTo(coach)).toEqual([]);
  });

  it('does not tell the lead that their own submission was made on their behalf', async () => {
    const draft = await leadsDraft('Their own');
    await answerAll(api.database, draft.id, KEYS);
    await call(lead, TRANSITION, { input: { assessmentId: draft.id, expectedVersion: draft.version, transition: 'SUBMIT', declarationConfirmed: true } });
    expect(await mine(lead, draft.id)).toEqual([]);
    expect((await mine(coach, draft.id)).map((n) => n.kind)).toEqual(['ASSESSMENT_SUBMITTED']);
  });
});
