import { addDaysToIsoDate, CANVAS_V1, todayInEngland } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, createCohort, createPerson, fingerprint, gql, Person, setStatus, systemId } from './support/world';

/**
 * Cycles for the admin (issue 13, ADR 0023): opening one on the domain's rules, moving its closing date, closing it,
 * and its progress. Every refusal carries BAD_USER_INPUT, the field, the domain's stable code, and changes nothing.
 */
const day = (n: number) => addDaysToIsoDate(todayInEngland(new Date()), n);
const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));

const OPEN = `mutation ($input: OpenAssessmentCycleInput!) {
  openAssessmentCycle(input: $input) { id name opensOn closesOn illustrative phase closedOn closedEarly cohort { id } } }`;
const CHANGE = 'mutation ($c: ID!, $d: String!) { changeCycleClosingDate(cycleId: $c, closesOn: $d) { id closesOn phase } }';
const CLOSE = 'mutation ($c: ID!) { closeAssessmentCycle(cycleId: $c) { id phase phaseLabel closedOn closedEarly } }';
const PROGRESS = `query ($c: ID!) { cycleProgress(cycleId: $c) {
  cycle { name } counts { status label count } rows { systemName regionName status label answeredCount criteriaCount } csvHeaders } }`;

interface Extensions {
  code: string;
  field: string;
  problemCode: string;
  problems: { code: string; field: string; message: string }[];
}

describe('cycles for the admin', () => {
  let api: TestApp;
  let admin: Person;
  let lead: Person;
  let national: Person;
  let published: string;
  let draft: string;
  let pioneers: string;
  let devon: string;

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    admin = await createPerson(db, 'Admin', [{ role: 'ADMIN' }]);
    national = await createPerson(db, 'National', [{ role: 'NATIONAL' }]);
    devon = await systemId(db, 'Devon');
    lead = await createPerson(db, 'Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    pioneers = await createCohort(db, 'Pioneers', [devon, await systemId(db, 'Dorset')]);
    [{ id: published }] = await db.query(`SELECT id FROM canvas_framework WHERE status = 'PUBLISHED' ORDER BY version LIMIT 1`);
    [{ id: draft }] = await db.query(
      `INSERT INTO canvas_framework (key, version, title, status, definition)
       SELECT key, 99, 'Draft canvas', 'DRAFT', definition FROM canvas_framework WHERE id = $1 RETURNING id`,
      [published],
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  const open = (input: Record<string, unknown>, who: Person = admin) => gql(api, who.token, OPEN, { input });
  const refusal = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0].extensions as unknown as Extensions;

  /** Refused with BAD_USER_INPUT, this field and this domain code (among the problems), and nothing changed. */
  async function expectRefused(call: () => Promise<{ body: { errors?: { extensions?: Record<string, unknown> }[] } }>, field: string, code: string) {
    const before = await fingerprint(api.database);
    const auditBefore = await auditCount();
    const { body } = await call();
    const ext = refusal(body);
    expect(ext).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(ext.problems).toContainEqual(expect.objectContaining({ code, field }));
    expect(ext.problems.every((p) => p.message.length > 10)).toBe(true);
    expect(await fingerprint(api.database)).toEqual(before);
    expect(await auditCount()).toBe(auditBefore);
    return ext;
  }
  const auditCount = async () => (await api.database.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n as number;

  describe('opening', () => {
    it('opens a cohort cycle with a draft for each of its ICSs, audited, and says it is open', async () => {
      const { body } = await open({ name: '  Pioneers   spring ', frameworkId: published, opensOn: day(0), closesOn: day(30), cohortId: pioneers, illustrative: true });
      expect(body.errors).toBeUndefined();
      const cycle = body.data?.['openAssessmentCycle'] as { id: string };
      expect(cycle).toMatchObject({ name: 'Pioneers spring', opensOn: day(0), closesOn: day(30), illustrative: true, phase: 'OPEN', closedOn: null, closedEarly: false, cohort: { id: pioneers } });
      expect((await api.database.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1`, [cycle.id]))[0].n).toBe(2);
      const [audit] = await api.database.query(`SELECT actor_user_id, after FROM audit_event WHERE action = 'CYCLE_OPENED' AND subject_id = $1`, [cycle.id]);
      expect(audit).toMatchObject({ actor_user_id: admin.id, after: expect.objectContaining({ name: 'Pioneers spring', illustrative: true }) });
    });

    it('refuses a draft canvas version', async () => {
      await expectRefused(() => open({ name: 'On a draft', frameworkId: draft, opensOn: day(100), closesOn: day(120) }), 'frameworkId', 'FRAMEWORK_NOT_PUBLISHED');
    });

    it('refuses an all-ICS cycle overlapping an open cohort cycle, naming it', async () => {
      const ext = await expectRefused(() => open({ name: 'Everyone', frameworkId: published, opensOn: day(10), closesOn: day(40) }), 'opensOn', 'CYCLE_OVERLAPS');
      expect(ext.problems.find((p) => p.code === 'CYCLE_OVERLAPS')?.message).toContain('Pioneers spring');
    });

    it.each([
      ['year 0000', { opensOn: '0000-01-01' }, 'opensOn', 'DATE_INVALID'],
      ['30 February', { closesOn: '2026-02-30' }, 'closesOn', 'DATE_INVALID'],
      ['not a date', { opensOn: '1 March' }, 'opensOn', 'DATE_INVALID'],
      ['an opening in the past', { opensOn: day(-1) }, 'opensOn', 'OPENS_IN_PAST'],
      ['a close before the opening', { opensOn: day(210), closesOn: day(205) }, 'closesOn', 'CLOSES_BEFORE_OPENS'],
      ['a cycle longer than a year', { closesOn: day(200 + 400) }, 'closesOn', 'CYCLE_TOO_LONG'],
      ['a date too far ahead', { opensOn: day(800), closesOn: day(810) }, 'opensOn', 'DATE_OUT_OF_RANGE'],
      ['a name in use (any case)', { name: 'PIONEERS SPRING' }, 'name', 'NAME_TAKEN'],
      ['an empty name', { name: '   ' }, 'name', 'NAME_REQUIRED'],
      ['an unknown canvas', { frameworkId: '00000000-0000-4000-8000-000000000009' }, 'frameworkId', 'FRAMEWORK_NOT_FOUND'],
      ['an unknown cohort', { cohortId: '00000000-0000-4000-8000-000000000009' }, 'cohortId', 'COHORT_NOT_FOUND'],
    ])('refuses %s with its code, changing nothing', async (_what, override, field, code) => {
      await expectRefused(() => open({ name: 'Fine name', frameworkId: published, opensOn: day(200), closesOn: day(260), ...override }), field, code);
    });

    it('lists every problem at once', async () => {
      const ext = await expectRefused(() => open({ name: '', frameworkId: draft, opensOn: '2026-02-30', closesOn: day(20) }), 'name', 'NAME_REQUIRED');
      expect(ext.problems.map((p) => p.code).sort()).toEqual(['DATE_INVALID', 'FRAMEWORK_NOT_PUBLISHED', 'NAME_REQUIRED']);
      expect(ext.field).toBe('name');
      expect(ext.problemCode).toBe('NAME_REQUIRED');
    });

    it('refuses anyone but an admin', async () => {
      const { body } = await open({ name: 'Not mine', frameworkId: published, opensOn: day(300), closesOn: day(310) }, national);
      expect(body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('the closing date and closing', () => {
    let cycleId: string;
    beforeAll(async () => {
      const { body } = await open({ name: 'Pioneers autumn', frameworkId: published, opensOn: day(0), closesOn: day(20), cohortId: await createCohort(api.database, 'Just Devon', [devon]) });
      // Devon is in both "Pioneers spring" (to day 30) and this one: refused. Close the spring one first.
      expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', problemCode: 'CYCLE_OVERLAPS' });
      const [{ id: spring }] = await api.database.query(`SELECT id FROM assessment_cycle WHERE name = 'Pioneers spring'`);
      await gql(api, admin.token, CLOSE, { c: spring });
      const again = await open({ name: 'Pioneers autumn', frameworkId: published, opensOn: day(0), closesOn: day(20), cohortId: pioneers });
      cycleId = (again.body.data?.['openAssessmentCycle'] as { id: string }).id;
    });

    it('moves the closing date, audited, and tells the leads of its ICSs', async () => {
      const { body } = await gql(api, admin.token, CHANGE, { c: cycleId, d: day(25) });
      expect(body.data?.['changeCycleClosingDate']).toEqual({ id: cycleId, closesOn: day(25), phase: 'OPEN' });
      const [audit] = await api.database.query(`SELECT before, after FROM audit_event WHERE action = 'CYCLE_CLOSING_DATE_CHANGED' AND subject_id = $1`, [cycleId]);
      expect(audit).toEqual({ before: { closesOn: day(20) }, after: { closesOn: day(25) } });
      const [notice] = await api.database.query(
        `SELECT n.message FROM notification n JOIN assessment a ON a.id = n.assessment_id
         WHERE n.recipient_user_id = $1 AND n.kind = 'CYCLE_CLOSING_DATE_CHANGED' AND a.cycle_id = $2`,
        [lead.id, cycleId],
      );
      expect(notice.message).toMatch(/^Pioneers autumn now closes on \d+ \w+ \d{4}, not \d+ \w+ \d{4}\.$/);
    });

    it.each([
      ['the same date', () => day(25), 'CLOSING_DATE_UNCHANGED'],
      ['a date in the past', () => day(-1), 'CLOSES_IN_PAST'],
      ['30 February', () => '2027-02-30', 'DATE_INVALID'],
      ['year 0000', () => '0000-06-01', 'DATE_INVALID'],
    ])('refuses %s, changing nothing', async (_what, date, code) => {
      await expectRefused(() => gql(api, admin.token, CHANGE, { c: cycleId, d: date() }), 'closesOn', code);
    });

    it('shows its progress per ICS with the counts, to admins only', async () => {
      const devonDraft = await assessmentOf(api.database, cycleId, devon);
      await answerAll(api.database, devonDraft.id, KEYS.slice(0, 4));
      const { body } = await gql(api, admin.token, PROGRESS, { c: cycleId });
      const progress = body.data?.['cycleProgress'] as {
        counts: { status: string; count: number }[];
        rows: { systemName: string; status: string; label: string; answeredCount: number; criteriaCount: number }[];
        csvHeaders: string[];
      };
      expect(progress.rows.map((r) => [r.systemName, r.label, r.answeredCount])).toEqual([
        ['Devon', 'In progress', 4],
        ['Dorset', 'Not started', 0],
      ]);
      expect(progress.rows[0].criteriaCount).toBe(KEYS.length);
      expect(progress.counts.map((c) => c.count)).toEqual([1, 1, 0, 0, 0, 0]);
      expect(progress.csvHeaders[0]).toBe('ICS');
      await setStatus(api.database, devonDraft.id, 'SUBMITTED');
      const later = await gql(api, admin.token, PROGRESS, { c: cycleId });
      expect((later.body.data?.['cycleProgress'] as typeof progress).counts.find((c) => c.status === 'SUBMITTED')?.count).toBe(1);
      for (const who of [national, lead]) expect((await gql(api, who.token, PROGRESS, { c: cycleId })).body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    });

    it('closes early, audited, tells the leads; closing twice or moving the date of a closed cycle is refused', async () => {
      const { body } = await gql(api, admin.token, CLOSE, { c: cycleId });
      expect(body.data?.['closeAssessmentCycle']).toEqual({
        id: cycleId,
        phase: 'CLOSED',
        phaseLabel: 'Closed: ICSs are checking their figures',
        closedOn: day(0),
        closedEarly: true,
      });
      const [audit] = await api.database.query(`SELECT after FROM audit_event WHERE action = 'CYCLE_CLOSED' AND subject_id = $1`, [cycleId]);
      expect(audit.after).toEqual({ status: 'CLOSED', closedOn: day(0), closedEarly: true });
      const notices = await api.database.query(
        `SELECT n.message FROM notification n JOIN assessment a ON a.id = n.assessment_id WHERE n.kind = 'CYCLE_CLOSED' AND a.cycle_id = $1`,
        [cycleId],
      );
      expect(notices).toEqual([{ message: "Pioneers autumn has closed: check Devon's provisional figures, then confirm them or raise a query." }]);

      // The admin's home lists it as closed (to publish), no longer as open, though its planned date is ahead.
      const home = (await gql(api, admin.token, '{ home { admin { openCycles { cycleId } closedUnpublished { cycleId } } } }')).body.data?.['home'] as {
        admin: { openCycles: { cycleId: string }[]; closedUnpublished: { cycleId: string }[] };
      };
      expect(home.admin.openCycles.map((c) => c.cycleId)).not.toContain(cycleId);
      expect(home.admin.closedUnpublished.map((c) => c.cycleId)).toContain(cycleId);

      await expectRefused(() => gql(api, admin.token, CLOSE, { c: cycleId }), 'cycleId', 'ALREADY_CLOSED');
      await expectRefused(() => gql(api, admin.token, CHANGE, { c: cycleId, d: day(40) }), 'cycleId', 'ALREADY_CLOSED');
    });

    it('frees its dates: an all-ICS cycle may open once every overlapping cycle is closed', async () => {
      const { body } = await open({ name: 'Everyone now', frameworkId: published, opensOn: day(1), closesOn: day(40) });
      expect(body.errors).toBeUndefined();
    });

    it('closes a cycle past its closing date on that date, not early', async () => {
      const [{ id }] = await api.database.query(
        `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on) VALUES ('Overdue', $1, $2, $3) RETURNING id`,
        [published, day(-30), day(-2)],
      );
      const { body } = await gql(api, admin.token, CLOSE, { c: id });
      expect(body.data?.['closeAssessmentCycle']).toMatchObject({ closedOn: day(-2), closedEarly: false, phase: 'CLOSED' });
    });

    it('answers NOT_FOUND for a cycle that does not exist', async () => {
      const { body } = await gql(api, admin.token, CLOSE, { c: '00000000-0000-4000-8000-000000000009' });
      expect(body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });
  });
});
