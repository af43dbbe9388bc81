import { CANVAS_V1, DEMO_CYCLE_NAME, DEMO_HISTORY_CYCLES, DEMO_SUBMITTED_PIONEERS, PIONEERS_COHORT } from '@idt/domain';
import { statementsDuring } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, createCohort, createPerson, gql, openCycle, Person, systemId } from './support/world';

const HOME = `{ home {
  leads {
    systemId systemName openActionCount
    assessment { id status cycleName closesOn daysLeft canEdit criteriaAnswered criteriaTotal
      domainsLeft { domainKey number title answered total }
      returnReason returnedItems { criterionKey criterionStatement domainKey domainNumber comment authorName } }
    overdueActions { action dueOn } nextActions { action dueOn }
  }
  coach {
    reviewsWaiting { systemName daysWaiting status }
    cohorts { cohortName memberCount cycleName statusCounts { status count } }
  }
  national {
    latestPublished { cycleName illustrative methodDescription assessed categoryCounts { category count } }
    provisional { cycleName participating open closingSoon statusCounts { status count } }
  }
  admin {
    cohortsWithoutCoach { id name } systemsWithoutLead { id name }
    openCycles { cycleName daysLeft closingSoon participating closedOn } closedUnpublished { cycleName closedOn } reviewsWaiting
  }
} }`;

const TRANSITION = `mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { version } }`;
const MODERATE = `mutation ($input: ModerateResponseInput!) { moderateResponse(input: $input) { version } }`;
const CRITERIA = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));

type Counts = { status: string; count: number }[];
const byStatus = (counts: Counts) => Object.fromEntries(counts.map((c) => [c.status, c.count]));
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('each role’s home (demo data, real PostgreSQL)', () => {
  let api: TestApp;
  let devon: string;
  let pioneers: string;

  beforeAll(async () => {
    api = await startTestApp({ seedDemoData: true });
    devon = await systemId(api.database, 'Devon');
    [{ id: pioneers }] = await api.database.query(`SELECT id FROM cohort WHERE name = $1`, [PIONEERS_COHORT.name]);
  });
  afterAll(async () => {
    await api.close();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const homeOf = async (who: Person): Promise<any> => {
    const { body } = await gql(api, who.token, HOME);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.['home'];
  };
  const call = async (who: Person, query: string, input: object) => {
    const { body } = await gql(api, who.token, query, { input });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, { version: number }>;
  };

  it('refuses anyone signed out', async () => {
    const { body } = await gql(api, null, HOME);
    expect(body.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it('shows a coach the reviews waiting in their cohorts, oldest first, and each cohort’s progress by status', async () => {
    const coach = await createPerson(api.database, 'Coach', [{ role: 'COACH', cohortId: pioneers }]);
    // A submitted assessment outside the coach's cohorts stays out of their section.
    const home = await homeOf(coach);
    expect(home.leads).toEqual([]);
    expect(home.national).toBeNull();
    expect(home.admin).toBeNull();
    const demo = home.coach.reviewsWaiting.filter((r: { systemName: string }) => DEMO_SUBMITTED_PIONEERS.some((p) => p.systemName === r.systemName));
    expect(demo.map((r: { systemName: string; daysWaiting: number }) => [r.systemName, r.daysWaiting])).toEqual(
      DEMO_SUBMITTED_PIONEERS.map((p) => [p.systemName, p.submittedDaysAgo]),
    );
    const days = home.coach.reviewsWaiting.map((r: { daysWaiting: number }) => r.daysWaiting);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(home.coach.cohorts).toHaveLength(1);
    const [cohort] = home.coach.cohorts;
    expect(cohort).toMatchObject({ cohortName: PIONEERS_COHORT.name, memberCount: PIONEERS_COHORT.systemNames.length, cycleName: DEMO_CYCLE_NAME });
    const counts = byStatus(cohort.statusCounts);
    expect(Object.keys(counts)).toEqual(['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'VALIDATED']);
    expect(counts['SUBMITTED']).toBe(DEMO_SUBMITTED_PIONEERS.length);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(PIONEERS_COHORT.systemNames.length);
  });

  it('shows an ICS lead their open assessment, what is left, its closing date, and the actions overdue and due next', async () => {
    const lead = await createPerson(api.database, 'Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    const plan = [
      ['Long overdue', isoDay(-30), 'NOT_STARTED'],
      ['Overdue', isoDay(-1), 'IN_PROGRESS'],
      ['Done, once overdue', isoDay(-5), 'DONE'],
      ['Due soon', isoDay(3), 'NOT_STARTED'],
      ['Due later', isoDay(40), 'NOT_STARTED'],
      ['Due much later', isoDay(80), 'NOT_STARTED'],
      ['Due last', isoDay(200), 'NOT_STARTED'],
      ['No date', null, 'NOT_STARTED'],
    ];
    for (const [action, dueOn, status] of plan) {
      await api.database.query(`INSERT INTO action_plan_item (system_id, domain_key, action, due_on, status) VALUES ($1, 'co-design', $2, $3, $4)`, [
        devon,
        action,
        dueOn,
        status,
      ]);
    }
    const [current] = await api.database.query(`SELECT id FROM assessment_cycle WHERE name = $1`, [DEMO_CYCLE_NAME]);
    const draft = await assessmentOf(api.database, current.id, devon);
    const firstDomain = CANVAS_V1.domains[0];
    await answerAll(api.database, draft.id, firstDomain.criteria.map((c) => c.key));
    // A cycle opening next month is not today's work.
    await openCycle(api.database, 'Next cycle', isoDay(30));

    const home = await homeOf(lead);
    expect(home.coach).toBeNull();
    expect(home.national).toBeNull();
    expect(home.admin).toBeNull();
    expect(home.leads).toHaveLength(1);
    const [devonHome] = home.leads;
    expect(devonHome).toMatchObject({ systemId: devon, systemName: 'Devon', openActionCount: 7 });
    expect(devonHome.assessment).toMatchObject({
      id: draft.id,
      status: 'DRAFT',
      cycleName: DEMO_CYCLE_NAME,
      daysLeft: 90,
      canEdit: true,
      criteriaAnswered: firstDomain.criteria.length,
      criteriaTotal: CRITERIA.length,
      returnReason: null,
      returnedItems: [],
    });
    expect(devonHome.assessment.domainsLeft.map((d: { number: number }) => d.number)).toEqual(CANVAS_V1.domains.slice(1).map((d) => d.number));
    expect(devonHome.assessment.domainsLeft[0]).toEqual({
      domainKey: CANVAS_V1.domains[1].key,
      number: 2,
      title: CANVAS_V1.domains[1].title,
      answered: 0,
      total: CANVAS_V1.domains[1].criteria.length,
    });
    expect(devonHome.overdueActions.map((a: { action: string }) => a.action)).toEqual(['Long overdue', 'Overdue']);
    expect(devonHome.nextActions.map((a: { action: string }) => a.action)).toEqual(['Due soon', 'Due later', 'Due much later']);
  });

  it('shows an ICS lead what the coach returned: the reason and each criterion commented on, with its comment', async () => {
    const cycleId = await openCycle(api.database, 'Returned cycle', isoDay(-2));
    const lead = await createPerson(api.database, 'Returned lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    const coach = await createPerson(api.database, 'Returning coach', [{ role: 'COACH', cohortId: pioneers }]);
    const assessment = await assessmentOf(api.database, cycleId, devon);
    await answerAll(api.database, assessment.id, CRITERIA);
    let version = (await call(lead, TRANSITION, { assessmentId: assessment.id, expectedVersion: assessment.version, transition: 'SUBMIT', declarationConfirmed: true }))
      .transitionAssessment.version;
    version = (await call(coach, TRANSITION, { assessmentId: assessment.id, expectedVersion: version, transition: 'START_REVIEW' })).transitionAssessment.version;
    const commented = CANVAS_V1.domains[2].criteria[0];
    version = (
      await call(coach, MODERATE, { assessmentId: assessment.id, expectedVersion: version, criterionKey: commented.key, moderatedLevel: 2, comment: 'Which partners were funded?' })
    ).moderateResponse.version;
    await call(coach, TRANSITION, { assessmentId: assessment.id, expectedVersion: version, transition: 'RETURN', reason: 'Say more about partnerships.' });

    const [devonHome] = (await homeOf(lead)).leads;
    expect(devonHome.assessment).toMatchObject({ id: assessment.id, status: 'RETURNED', canEdit: true, daysLeft: 88, returnReason: 'Say more about partnerships.' });
    expect(devonHome.assessment.returnedItems).toEqual([
      {
        criterionKey: commented.key,
        criterionStatement: commented.statement,
        domainKey: CANVAS_V1.domains[2].key,
        domainNumber: 3,
        comment: 'Which partners were funded?',
        authorName: 'Returning coach',
      },
    ]);
    // Everything is answered: nothing is left but the returned items.
    expect(devonHome.assessment.domainsLeft).toEqual([]);
  });

  it('shows a national viewer the latest published landscape by category, and the provisional cycles with their submissions', async () => {
    const national = await createPerson(api.database, 'National', [{ role: 'NATIONAL' }]);
    const home = await homeOf(national);
    expect(home.leads).toEqual([]);
    expect(home.coach).toBeNull();
    expect(home.admin).toBeNull();
    const latest = home.national.latestPublished;
    expect(latest).toMatchObject({ cycleName: DEMO_HISTORY_CYCLES[DEMO_HISTORY_CYCLES.length - 1].name, illustrative: true, assessed: 42 });
    expect(latest.methodDescription).toMatch(/Rogers/);
    expect(latest.categoryCounts.map((c: { category: string }) => c.category)).toEqual(['INNOVATORS', 'EARLY_ADOPTERS', 'EARLY_MAJORITY', 'LATE_MAJORITY', 'LAGGARDS']);
    expect(latest.categoryCounts.reduce((sum: number, c: { count: number }) => sum + c.count, 0)).toBe(42);
    const demo = home.national.provisional.find((c: { cycleName: string }) => c.cycleName === DEMO_CYCLE_NAME);
    expect(demo).toMatchObject({ participating: 42, open: true, closingSoon: false });
    expect(byStatus(demo.statusCounts)['SUBMITTED']).toBeGreaterThanOrEqual(DEMO_SUBMITTED_PIONEERS.length);
    // Published cycles and cycles not yet open are not provisional work.
    const names = home.national.provisional.map((c: { cycleName: string }) => c.cycleName);
    expect(names).not.toContain(latest.cycleName);
    expect(names).not.toContain('Next cycle');
  });

  it('shows an admin what needs setting up: cohorts without a coach, ICSs without a lead, open, closing and closed cycles', async () => {
    const admin = await createPerson(api.database, 'Admin', [{ role: 'ADMIN' }]);
    const lonely = await createCohort(api.database, 'Nobody coaches this', [await systemId(api.database, 'Dorset')]);
    const closing = await openCycle(api.database, 'Closing cycle', isoDay(-60));
    await api.database.query(`UPDATE assessment_cycle SET closes_on = $2 WHERE id = $1`, [closing, isoDay(3)]);
    // Past its closing date but nobody closed it: not "closed" (ADR 0023: closed means closed_on is set).
    const pastClosing = await openCycle(api.database, 'Past its closing date', isoDay(-100));
    await api.database.query(`UPDATE assessment_cycle SET closes_on = $2 WHERE id = $1`, [pastClosing, isoDay(-10)]);
    // Closed early: closed, although its planned closing date is still to come.
    const closedEarly = await openCycle(api.database, 'Closed cycle', isoDay(-100));
    await api.database.query(`UPDATE assessment_cycle SET closes_on = $2, closed_on = $3, closed_early = true WHERE id = $1`, [
      closedEarly,
      isoDay(30),
      isoDay(-1),
    ]);

    const home = await homeOf(admin);
    expect(home.leads).toEqual([]);
    expect(home.coach).toBeNull();
    expect(home.national).toBeNull();
    expect(home.admin.cohortsWithoutCoach).toEqual([{ id: lonely, name: 'Nobody coaches this' }]);
    const withoutLead = home.admin.systemsWithoutLead.map((s: { name: string }) => s.name);
    expect(withoutLead).not.toContain('Devon');
    expect(withoutLead).toContain('Dorset');
    const [{ count }] = await api.database.query(
      `SELECT count(*)::int FROM system s WHERE NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.role = 'ICS_LEAD' AND g.system_id = s.id)`,
    );
    expect(withoutLead).toHaveLength(count);
    const open = home.admin.openCycles;
    expect(open.find((c: { cycleName: string }) => c.cycleName === 'Closing cycle')).toMatchObject({ daysLeft: 3, closingSoon: true, participating: 42 });
    expect(open.find((c: { cycleName: string }) => c.cycleName === DEMO_CYCLE_NAME)).toMatchObject({ closingSoon: false, daysLeft: 90 });
    expect(home.admin.closedUnpublished).toEqual([{ cycleName: 'Closed cycle', closedOn: isoDay(-1) }]);
    expect(open.find((c: { cycleName: string }) => c.cycleName === 'Past its closing date')).toMatchObject({ daysLeft: -10, closingSoon: false, closedOn: null });
    expect(open.map((c: { cycleName: string }) => c.cycleName)).not.toContain('Closed cycle');
    // Leave the world as the later tests expect it (a closed cycle gives its leads figures to check).
    await api.database.query(`DELETE FROM assessment WHERE cycle_id = $1`, [closedEarly]);
    await api.database.query(`DELETE FROM assessment_cycle WHERE id = $1`, [closedEarly]);
    expect(home.admin.reviewsWaiting).toBeGreaterThanOrEqual(DEMO_SUBMITTED_PIONEERS.length);
  });

  it('gives someone with two roles a section for each', async () => {
    const both = await createPerson(api.database, 'Lead and coach', [
      { role: 'ICS_LEAD', systemId: devon },
      { role: 'COACH', cohortId: pioneers },
    ]);
    const home = await homeOf(both);
    expect(home.leads.map((l: { systemName: string }) => l.systemName)).toEqual(['Devon']);
    expect(home.coach.cohorts.map((c: { cohortName: string }) => c.cohortName)).toEqual([PIONEERS_COHORT.name]);
    expect(home.national).toBeNull();
    expect(home.admin).toBeNull();
  });

  it('issues the same number of SQL statements however many ICSs, cohort members, submissions and leads there are', async () => {
    const db = api.database;
    const [kent, surrey] = await Promise.all(['Kent and Medway', 'Surrey Heartlands'].map((n) => systemId(db, n)));
    const cohort = await createCohort(db, 'Counted cohort', [kent]);
    const everything = await createPerson(db, 'Every role', [
      { role: 'ICS_LEAD', systemId: kent },
      { role: 'COACH', cohortId: cohort },
      { role: 'NATIONAL' },
      { role: 'ADMIN' },
    ]);
    const statements = () => statementsDuring(db, () => homeOf(everything));
    const count = async () => (await statements()).length;
    await count(); // the published canvas is read once per replica, then kept
    const before = await count();

    // Many more ICSs in the cohort, each with a submitted assessment; more leads; more actions.
    const others: { id: string }[] = await db.query(`SELECT id FROM system WHERE id <> $1 ORDER BY name LIMIT 20`, [kent]);
    for (const { id } of others) await db.query(`INSERT INTO cohort_member (cohort_id, system_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [cohort, id]);
    const cycleId = await openCycle(db, 'Counted cycle', isoDay(-1));
    await db.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE cycle_id = $1`, [cycleId]);
    await db.query(
      `INSERT INTO assessment_transition (assessment_id, transition, from_status, to_status) SELECT id, 'SUBMIT', 'DRAFT', 'SUBMITTED' FROM assessment WHERE cycle_id = $1`,
      [cycleId],
    );
    await createPerson(db, 'Another lead', [{ role: 'ICS_LEAD', systemId: surrey }]);
    for (let i = 0; i < 10; i++) {
      await db.query(`INSERT INTO action_plan_item (system_id, domain_key, action, due_on) VALUES ($1, 'co-design', $2, $3)`, [kent, `Action ${i}`, isoDay(i - 5)]);
    }
    const home = await homeOf(everything);
    expect(home.coach.reviewsWaiting.length).toBeGreaterThan(20);
    expect(await count()).toBe(before);
    expect(before).toBeLessThanOrEqual(20);
    if (process.env['SHOW_SQL']) console.log((await statements()).map((q) => q.slice(0, 140).replace(/\s+/g, ' ')).join('\n'));
  });
});
