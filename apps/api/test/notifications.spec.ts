import { CANVAS_V1 } from '@idt/domain';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { eventually, startSmtpServer } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, createCohort, createPerson, fingerprint, gql, openCycle, Person, systemId } from './support/world';

const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const TRANSITION = `mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { status version } }`;
const NOTIFICATIONS = `{ notifications { unreadCount items { id kind message assessmentId createdAt readAt } } }`;

interface Notice {
  id: string;
  kind: string;
  message: string;
  assessmentId: string;
  createdAt: string;
  readAt: string | null;
}

describe('notifications', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let api: TestApp;
  let devon: string;
  let lead: Person;
  let coach: Person;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ email: { smtpUrl: smtp.url, from: 'IDT Canvas <no-reply@idt-canvas.test>' } });
    devon = await systemId(api.database, 'Devon');
    const cohort = await createCohort(api.database, 'Pioneers', [devon]);
    lead = await createPerson(api.database, 'Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    coach = await createPerson(api.database, 'Coach', [{ role: 'COACH', cohortId: cohort }]);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const mine = async (who: Person) => (await gql(api, who.token, NOTIFICATIONS)).body.data?.['notifications'] as { unreadCount: number; items: Notice[] };
  const move = async (who: Person, assessmentId: string, expectedVersion: number, transition: string, extra: object = {}) => {
    const { body } = await gql(api, who.token, TRANSITION, { input: { assessmentId, expectedVersion, transition, ...extra } });
    expect(body.errors).toBeUndefined();
    return (body.data?.['transitionAssessment'] as { version: number }).version;
  };

  it('tells the coach of a submission and the ICS lead of a return and a validation, in the app and by email', async () => {
    const cycle = await openCycle(api.database, 'Spring 2026');
    const { id, version } = await assessmentOf(api.database, cycle, devon);
    await answerAll(api.database, id, KEYS);

    let v = await move(lead, id, version, 'SUBMIT', { declarationConfirmed: true });
    const coachSees = await mine(coach);
    expect(coachSees.unreadCount).toBe(1);
    expect(coachSees.items).toEqual([
      expect.objectContaining({ kind: 'ASSESSMENT_SUBMITTED', assessmentId: id, readAt: null, message: 'Devon submitted its self-assessment for Spring 2026: it is ready for review.' }),
    ]);
    expect((await mine(lead)).items).toEqual([]);
    const toCoach = await eventually(() => smtp.received.filter((m) => m.to.includes(coach.email)), (m) => m.length > 0);
    expect(toCoach).toHaveLength(1);
    expect(toCoach[0].raw).toContain('Subject: Devon submitted its self-assessment for Spring 2026');
    expect(toCoach[0].raw).toContain('From: IDT Canvas <no-reply@idt-canvas.test>');
    await eventually(() => api.database.query(`SELECT emailed_at FROM notification WHERE assessment_id = $1`, [id]), (rows) => rows[0]?.emailed_at);

    v = await move(coach, id, v, 'START_REVIEW');
    v = await move(coach, id, v, 'RETURN', { reason: 'Add your evidence for access.' });
    v = await move(lead, id, v, 'SUBMIT', { declarationConfirmed: true });
    v = await move(coach, id, v, 'START_REVIEW');
    await move(coach, id, v, 'VALIDATE');
    expect((await mine(lead)).items.map((n) => n.kind)).toEqual(['ASSESSMENT_VALIDATED', 'ASSESSMENT_RETURNED']);
    // The coach had not read the first submission's notice: the second renews it (listed once) and is emailed too.
    expect((await mine(coach)).items.map((n) => n.kind)).toEqual(['ASSESSMENT_SUBMITTED']);
    expect(await eventually(() => smtp.received.filter((m) => m.to.includes(coach.email)), (m) => m.length >= 2)).toHaveLength(2);
    const toLead = await eventually(() => smtp.received.filter((m) => m.to.includes(lead.email)), (m) => m.length >= 2);
    expect(toLead.map((m) => /Subject: (.*)/.exec(m.raw)?.[1])).toEqual(
      expect.arrayContaining([expect.stringContaining('returned'), expect.stringContaining('validated')]),
    );
  });

  it('tells the other side of a review thread about comments, once until they have read it', async () => {
    const cycle = await openCycle(api.database, 'Threads');
    const { id, version } = await assessmentOf(api.database, cycle, devon);
    await answerAll(api.database, id, KEYS);
    let v = await move(lead, id, version, 'SUBMIT', { declarationConfirmed: true });
    v = await move(coach, id, v, 'START_REVIEW');
    const comment = (who: Person, criterionKey: string, body: string) =>
      gql(api, who.token, 'mutation ($input: AddReviewCommentInput!) { addReviewComment(input: $input) { id } }', { input: { assessmentId: id, criterionKey, body } });
    const about = async (who: Person, kind: string) => (await mine(who)).items.filter((n) => n.assessmentId === id && n.kind === kind);

    // A moderation with a comment, then two more comments: one notification for the lead while it is unread.
    const { body } = await gql(api, coach.token, 'mutation ($input: ModerateResponseInput!) { moderateResponse(input: $input) { version } }', {
      input: { assessmentId: id, expectedVersion: v, criterionKey: KEYS[0], moderatedLevel: 2, comment: 'Thin evidence' },
    });
    expect(body.errors).toBeUndefined();
    await comment(coach, KEYS[1], 'And here?');
    await comment(coach, KEYS[2], 'And here?');
    const toLead = await about(lead, 'COMMENT_FROM_REVIEWER');
    expect(toLead.map((n) => n.message)).toEqual(["Your coach commented on Devon's self-assessment for Threads."]);
    // Once read, the next comment is news again.
    await gql(api, lead.token, 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: toLead.map((n) => n.id) });
    await comment(coach, KEYS[3], 'One more');
    expect(await about(lead, 'COMMENT_FROM_REVIEWER')).toHaveLength(2);

    // The lead's reply goes to the ICS's coaches, and never back to the lead.
    await comment(lead, KEYS[0], 'We have the Healthwatch report: linked now.');
    expect((await about(coach, 'COMMENT_FROM_ICS')).map((n) => n.message)).toEqual(['Devon replied to the review of its self-assessment for Threads.']);
    expect(await about(lead, 'COMMENT_FROM_ICS')).toEqual([]);
    expect(await about(coach, 'COMMENT_FROM_REVIEWER')).toEqual([]);
  });

  it('lists notifications newest first by when they happened, whatever order they were stored in', async () => {
    const reader = await createPerson(api.database, 'Reader');
    // As the demo data stores them: the older submission stored last.
    for (const [message, daysAgo] of [['Two days ago', 2], ['Just now', 0], ['A week ago', 7], ['Yesterday', 1]] as const) {
      await api.database.query(
        `INSERT INTO notification (recipient_user_id, kind, message, created_at) VALUES ($1, 'CYCLE_CLOSING', $2, now() - make_interval(days => $3))`,
        [reader.id, message, daysAgo],
      );
    }
    expect((await mine(reader)).items.map((n) => n.message)).toEqual(['Just now', 'Yesterday', 'Two days ago', 'A week ago']);
  });

  it('never lists the same news twice: a resubmission renews the unread notice, and racing comments make one', async () => {
    const cycle = await openCycle(api.database, 'Twice');
    const { id, version } = await assessmentOf(api.database, cycle, devon);
    await answerAll(api.database, id, KEYS);
    let v = await move(lead, id, version, 'SUBMIT', { declarationConfirmed: true });
    const [first] = (await mine(coach)).items.filter((n) => n.assessmentId === id);
    v = await move(lead, id, v, 'WITHDRAW');
    v = await move(lead, id, v, 'SUBMIT', { declarationConfirmed: true });
    const [latest, ...others] = (await mine(coach)).items.filter((n) => n.assessmentId === id);
    expect(others).toEqual([]);
    expect(latest).toMatchObject({ kind: 'ASSESSMENT_SUBMITTED', readAt: null });
    expect(new Date(latest.createdAt).getTime()).toBeGreaterThan(new Date(first.createdAt).getTime());

    // Five comments at once, each checking for an unread notice before the others have written theirs.
    await move(coach, id, v, 'START_REVIEW');
    const results = await Promise.all(
      KEYS.slice(0, 5).map((criterionKey) =>
        gql(api, coach.token, 'mutation ($input: AddReviewCommentInput!) { addReviewComment(input: $input) { id } }', {
          input: { assessmentId: id, criterionKey, body: `About ${criterionKey}` },
        }),
      ),
    );
    expect(results.map((r) => r.body.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect((await mine(lead)).items.filter((n) => n.assessmentId === id && n.kind === 'COMMENT_FROM_REVIEWER')).toHaveLength(1);

    // And the database holds to it, whatever the code does.
    await expect(
      api.database.query(`INSERT INTO notification (recipient_user_id, kind, assessment_id, message) VALUES ($1, 'COMMENT_FROM_REVIEWER', $2, 'Again')`, [
        lead.id,
        id,
      ]),
    ).rejects.toThrow(/notification_one_unread_idx/);
  });

  it('tells nobody of their own action: a coach who also leads the ICS submits, and only the other coach hears of it', async () => {
    const both = await createPerson(api.database, 'Coach and lead', [
      { role: 'ICS_LEAD', systemId: devon },
      { role: 'COACH', cohortId: (await api.database.query(`SELECT id FROM cohort WHERE name = 'Pioneers'`))[0].id },
    ]);
    const { id, version } = await assessmentOf(api.database, await openCycle(api.database, 'Own action'), devon);
    await answerAll(api.database, id, KEYS);
    await move(both, id, version, 'SUBMIT', { declarationConfirmed: true });
    expect((await mine(both)).items.filter((n) => n.assessmentId === id)).toEqual([]);
    expect((await mine(coach)).items.filter((n) => n.assessmentId === id).map((n) => n.kind)).toEqual(['ASSESSMENT_SUBMITTED']);
    // Submitted by one of its own leads: not "on its behalf".
    expect((await mine(lead)).items.filter((n) => n.assessmentId === id)).toEqual([]);
  });

  it('marks only your own notifications read', async () => {
    const before = await mine(coach);
    const other = await createPerson(api.database, 'Someone else');
    const [theirs] = await api.database.query(
      `INSERT INTO notification (recipient_user_id, kind, message) VALUES ($1, 'CYCLE_CLOSING', 'Theirs') RETURNING id::text AS id`,
      [other.id],
    );
    const { body } = await gql(api, coach.token, 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', {
      ids: [...before.items.map((n) => n.id), theirs.id],
    });
    expect(body.data?.['markNotificationsRead']).toBe(before.unreadCount);
    expect((await mine(coach)).unreadCount).toBe(0);
    const [row] = await api.database.query(`SELECT read_at FROM notification WHERE id = $1`, [theirs.id]);
    expect(row.read_at).toBeNull();
  });

  it('refuses ids that are not notification ids and silly page sizes, changing nothing', async () => {
    // Earlier tests' emails are sent by jobs that mark each notification emailed: let them finish first.
    await eventually(
      () => api.asOwner<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`),
      (rows: { n: number }[]) => rows[0].n === 0,
      20_000,
    );
    const before = await fingerprint(api.database);
    for (const ids of [['abc'], ['-1'], ['1; DROP TABLE notification']]) {
      const { body } = await gql(api, coach.token, 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    }
    const { body } = await gql(api, coach.token, '{ notifications(first: 1000) { unreadCount } }');
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await fingerprint(api.database)).toEqual(before);
  });

  it('reminds ICS leads with unsubmitted assessments a week before the cycle closes, once', async () => {
    const service = api.app.get(NotificationsService);
    const closing = await openCycle(api.database, 'Closing soon', '2026-01-01'); // closes 2026-04-01
    const closingAssessment = await assessmentOf(api.database, closing, devon);
    const reminders = async () =>
      (await mine(lead)).items.filter((n) => n.kind === 'CYCLE_CLOSING' && n.assessmentId === closingAssessment.id);

    expect(await service.remindClosingCycles(new Date('2026-03-20T09:00:00Z'))).toBe(0); // 12 days before: too early
    expect(await reminders()).toEqual([]);
    expect(await service.remindClosingCycles(new Date('2026-03-26T09:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect((await reminders()).map((n) => n.message)).toEqual([
      "Closing soon closes on 1 April 2026: Devon's self-assessment is not submitted yet.",
    ]);
    await service.remindClosingCycles(new Date('2026-03-27T09:00:00Z'));
    expect(await reminders()).toHaveLength(1);
    await eventually(() => smtp.received.filter((m) => m.raw.includes('Subject: Closing soon closes')), (m) => m.length > 0);

    // A submitted one is not chased.
    const submittedCycle = await openCycle(api.database, 'Closing, submitted', '2026-01-01');
    const done = await assessmentOf(api.database, submittedCycle, devon);
    await api.database.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE id = $1`, [done.id]);
    await service.remindClosingCycles(new Date('2026-03-28T09:00:00Z'));
    expect((await mine(lead)).items.filter((n) => n.assessmentId === done.id)).toEqual([]);
  });

  it('schedules the closing reminders hourly on the job queue when they are on, and runs them once at start', async () => {
    const withReminders = await startTestApp({ closingReminders: true });
    try {
      // pg-boss's schema is the owner's (ADR 0034).
      expect(await withReminders.asOwner(`SELECT name, cron, timezone FROM pgboss.schedule`)).toEqual([{ name: 'closing-reminders', cron: '0 * * * *', timezone: 'Europe/London' }]);
      const done = await eventually(
        () => withReminders.asOwner<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'closing-reminders'`),
        (rows: { state: string }[]) => rows.some((r) => r.state === 'completed'),
      );
      expect(done.map((r) => r.state)).toContain('completed');
    } finally {
      await withReminders.close();
    }
  });

  it('still makes the change when email fails, keeping the notification in the app and the email to try again', async () => {
    // An app of its own (its own database and queue), whose mail server is not there.
    const broken = await startTestApp({ email: { smtpUrl: 'smtp://127.0.0.1:1', from: 'x@y.z' } });
    try {
      const db = broken.database;
      const system = await systemId(db, 'Devon');
      await createCohort(db, 'Pioneers', [system]);
      const brokenLead = await createPerson(db, 'Lead', [{ role: 'ICS_LEAD', systemId: system }]);
      await createPerson(db, 'Coach', [{ role: 'COACH', cohortId: (await db.query(`SELECT id FROM cohort`))[0].id }]);
      const { id, version } = await assessmentOf(db, await openCycle(db, 'Email down'), system);
      await answerAll(db, id, KEYS);
      const { body } = await gql(broken, brokenLead.token, TRANSITION, { input: { assessmentId: id, expectedVersion: version, transition: 'SUBMIT', declarationConfirmed: true } });
      expect(body.data?.['transitionAssessment']).toMatchObject({ status: 'SUBMITTED' });
      expect(await db.query(`SELECT kind, emailed_at FROM notification WHERE assessment_id = $1`, [id])).toEqual([{ kind: 'ASSESSMENT_SUBMITTED', emailed_at: null }]);
      // The email job failed and waits to be tried again.
      const jobs = await eventually(
        () => broken.asOwner<{ state: string; retry_count: number }>(`SELECT state, retry_count FROM pgboss.job WHERE name = 'notification-email'`),
        (rows: { state: string; retry_count: number }[]) => rows.some((r) => r.state === 'retry'),
      );
      expect(jobs.map((j) => j.state)).toEqual(['retry']);
    } finally {
      await broken.close();
    }
  });
});
