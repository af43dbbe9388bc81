import { startTestApp, TestApp } from './support/test-app';
import { assessmentOf, createPerson, gql, openCycle, Person, systemId } from './support/world';

const PAGE = `query ($filter: AuditEventFilter, $after: String, $first: Int) {
  auditEvents(filter: $filter, after: $after, first: $first) {
    events { id occurredAt actorUserId actorName action description subjectKind subjectName systemId systemName }
    endCursor hasNextPage kinds { action description } people { id name }
  } }`;
const CSV = 'query ($filter: AuditEventFilter) { auditEventsCsv(filter: $filter) { csv rows truncated } }';

interface Event {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  description: string;
  subjectKind: string;
  subjectName: string | null;
  systemId: string | null;
  systemName: string | null;
}
interface Page {
  events: Event[];
  endCursor: string | null;
  hasNextPage: boolean;
  kinds: { action: string; description: string }[];
  people: { id: string; name: string }[];
}

/** The audit trail, read (issue 13 §5): keyset pages, filters, who may read it, and a role that cannot rewrite it. */
describe('the audit trail (real PostgreSQL)', () => {
  let api: TestApp;
  let admin: Person;
  let national: Person;
  let lead: Person;
  let coach: Person;
  let devon: string;
  let dorset: string;

  const auditCount = async () => (await api.database.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n as number;
  const page = async (who: Person, variables: Record<string, unknown>) => {
    const { body } = await gql(api, who.token, PAGE, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.['auditEvents'] as Page;
  };
  const refusal = async (who: Person, variables: Record<string, unknown>, query = PAGE) => {
    const { body } = await gql(api, who.token, query, variables);
    expect(body.data ?? null).toBeNull();
    return { code: body.errors?.[0].extensions?.['code'], field: body.errors?.[0].extensions?.['field'], message: body.errors?.[0].message };
  };
  /** Every page, `first` at a time; `between` runs after each page (to add events while someone pages). */
  async function allPages(who: Person, filter: Record<string, unknown>, first: number, between?: () => Promise<void>) {
    const seen: Event[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 1000; pages += 1) {
      const p: Page = await page(who, { filter, after, first });
      seen.push(...p.events);
      if (between) await between();
      if (!p.hasNextPage) {
        expect(p.endCursor).toBeNull();
        return seen;
      }
      after = p.endCursor;
    }
    throw new Error('paging did not end');
  }
  const insertEvents = (rows: { at: string; actor: string | null; action: string; type: string; subject: string | null; after?: unknown }[]) =>
    api.database.query(
      `INSERT INTO audit_event (occurred_at, actor_user_id, action, subject_type, subject_id, after)
       SELECT e.at, e.actor, e.action, e.type, e.subject, e.after FROM jsonb_to_recordset($1::jsonb)
         AS e(at timestamptz, actor uuid, action text, type text, subject text, after jsonb)`,
      [JSON.stringify(rows)],
    );

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    devon = await systemId(db, 'Devon');
    dorset = await systemId(db, 'Dorset');
    admin = await createPerson(db, 'Ada Admin', [{ role: 'ADMIN' }]);
    national = await createPerson(db, 'Nia National', [{ role: 'NATIONAL' }]);
    lead = await createPerson(db, 'Lee Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    const [cohort] = await db.query(`INSERT INTO cohort (name) VALUES ('Trail cohort') RETURNING id`);
    coach = await createPerson(db, 'Coco Coach', [{ role: 'COACH', cohortId: cohort.id }]);
    // 130 sign-ins by the admin in 2025, two at each of 65 instants: ties on the time are broken by id.
    const signIns = Array.from({ length: 130 }, (_, i) => ({
      at: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 2) * 60_000).toISOString(),
      actor: admin.id,
      action: 'SIGNED_IN',
      type: 'user_session',
      subject: null,
    }));
    await insertEvents(signIns);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  it('pages newest first, stable and complete, while new events keep arriving', async () => {
    const before: string[] = (await api.database.query(`SELECT e.id::text AS event FROM audit_event e ORDER BY e.occurred_at DESC, e.id DESC`)).map(
      (r: { event: string }) => r.event,
    );
    expect(before.length).toBeGreaterThanOrEqual(130);
    let added = 0;
    const seen = await allPages(admin, {}, 17, async () => {
      // Someone signs in between every two pages: news lands above the first page, never inside the pages still to come.
      await insertEvents([{ at: new Date().toISOString(), actor: lead.id, action: 'SIGNED_IN', type: 'user_session', subject: null }]);
      added += 1;
    });
    expect(added).toBeGreaterThan(7);
    expect(seen.map((e) => e.id)).toEqual(before);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    const newest = await page(admin, { first: added });
    expect(newest.events.every((e) => e.actorUserId === lead.id)).toBe(true);
    expect(newest.events[0]).toMatchObject({ actorName: 'Lee Lead', description: 'Signed in', subjectKind: 'Account' });
  });

  it('reads each event in words: who, what, when, to what, and which ICS', async () => {
    // Devon's lead chooses to be named: the trail says so, before and after, about Devon.
    const share = await gql(api, lead.token, 'mutation ($s: ID!) { setPeerSharing(systemId: $s, shareNameWithPeers: true) }', { s: devon });
    expect(share.body.data).toEqual({ setPeerSharing: true });
    const [row] = await api.database.query(
      `SELECT before, after FROM audit_event WHERE action = 'PEER_SHARING_CHANGED' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
      [devon],
    );
    expect(row).toEqual({ before: { shareNameWithPeers: false }, after: { shareNameWithPeers: true } });
    const { events, kinds, people } = await page(national, { filter: { actions: ['PEER_SHARING_CHANGED'] } });
    expect(events[0]).toMatchObject({
      actorName: 'Lee Lead',
      description: 'Chose to show Devon’s name to other ICSs',
      subjectKind: 'ICS',
      subjectName: 'Devon',
      systemId: devon,
      systemName: 'Devon',
    });
    expect(new Date(events[0].occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Every kind of event has words, and nothing on the page is an internal code.
    expect(kinds.length).toBeGreaterThan(20);
    for (const kind of kinds) expect(kind.description).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Ada Admin', 'Lee Lead']));
  });

  it('filters by person, ICS, kind of event and UK days, all together', async () => {
    const cycleId = await openCycle(api.database, 'Trail cycle');
    const devonAssessment = await assessmentOf(api.database, cycleId, devon);
    const dorsetAssessment = await assessmentOf(api.database, cycleId, dorset);
    await insertEvents([
      // 23:30 UTC on 30 June is 00:30 on 1 July in the UK (summer time).
      { at: '2026-06-30T23:30:00Z', actor: lead.id, action: 'RESPONSE_CHANGED', type: 'assessment', subject: devonAssessment.id },
      { at: '2026-06-30T22:30:00Z', actor: lead.id, action: 'RESPONSE_CHANGED', type: 'assessment', subject: devonAssessment.id },
      { at: '2026-07-02T10:00:00Z', actor: coach.id, action: 'RESPONSE_MODERATED', type: 'assessment', subject: devonAssessment.id },
      { at: '2026-07-02T11:00:00Z', actor: lead.id, action: 'RESPONSE_CHANGED', type: 'assessment', subject: dorsetAssessment.id },
      { at: '2026-07-03T09:00:00Z', actor: admin.id, action: 'ROLE_GRANTED', type: 'role_grant', subject: null, after: { userId: lead.id, role: 'ICS_LEAD', systemId: devon } },
    ]);
    const ids = (events: Event[]) => events.map((e) => `${e.action} ${e.systemName} ${e.occurredAt.slice(0, 16)}`);

    const aboutDevonInJuly = await page(admin, { filter: { systemId: devon, from: '2026-07-01', to: '2026-07-31' } });
    expect(ids(aboutDevonInJuly.events)).toEqual([
      'ROLE_GRANTED Devon 2026-07-03T09:00',
      'RESPONSE_MODERATED Devon 2026-07-02T10:00',
      'RESPONSE_CHANGED Devon 2026-06-30T23:30',
    ]);
    expect(aboutDevonInJuly.events[0]).toMatchObject({ subjectKind: 'Account', subjectName: 'Lee Lead', actorName: 'Ada Admin' });
    expect(aboutDevonInJuly.events[2]).toMatchObject({ subjectKind: 'Assessment', subjectName: 'Devon’s assessment for Trail cycle' });

    const leadsAnswers = await page(admin, { filter: { actorUserId: lead.id, actions: ['RESPONSE_CHANGED'], from: '2026-06-30', to: '2026-07-02' } });
    expect(ids(leadsAnswers.events)).toEqual([
      'RESPONSE_CHANGED Dorset 2026-07-02T11:00',
      'RESPONSE_CHANGED Devon 2026-06-30T23:30',
      'RESPONSE_CHANGED Devon 2026-06-30T22:30',
    ]);
    const oneDay = await page(admin, { filter: { actorUserId: lead.id, from: '2026-06-30', to: '2026-06-30' } });
    expect(ids(oneDay.events)).toEqual(['RESPONSE_CHANGED Devon 2026-06-30T22:30']);

    // Paged with filters: the same events, a page at a time.
    expect((await allPages(admin, { systemId: devon, from: '2026-07-01', to: '2026-07-31' }, 1)).map((e) => e.id)).toEqual(
      aboutDevonInJuly.events.map((e) => e.id),
    );

    // The CSV holds the same events, in the same order, with a header; a cell a spreadsheet would run stays text.
    const { body } = await gql(api, admin.token, CSV, { filter: { systemId: devon, from: '2026-07-01', to: '2026-07-31' } });
    const csv = body.data?.['auditEventsCsv'] as { csv: string; rows: number; truncated: boolean };
    expect(csv.rows).toBe(3);
    expect(csv.truncated).toBe(false);
    const lines = csv.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('When (UTC),Who,What happened,Kind of thing,What it was done to,ICS');
    expect(lines[1]).toBe('2026-07-03T09:00:00.000Z,Ada Admin,Gave someone the ICS lead role,Account,Lee Lead,Devon');
    expect(lines[3]).toBe('2026-06-30T23:30:00.000Z,Lee Lead,Changed an answer in an assessment,Assessment,Devon’s assessment for Trail cycle,Devon');
  });

  it('is refused to ICS leads and coaches, and to nobody signed in', async () => {
    expect(await refusal(lead, {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(coach, {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(lead, {}, CSV)).toMatchObject({ code: 'FORBIDDEN' });
    const { body } = await gql(api, null, PAGE, {});
    expect(body.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a cursor that is not one', { after: 'not-a-cursor' }, 'after'],
    ['a cursor with a made-up time', { after: Buffer.from(JSON.stringify(['2025-13-01T00:00:00.000000Z', '5'])).toString('base64url') }, 'after'],
    ['a cursor with an id that is not a number', { after: Buffer.from(JSON.stringify(['2025-01-01T00:00:00.000000Z', "1; DROP TABLE x"])).toString('base64url') }, 'after'],
    ['a day that does not exist', { filter: { from: '2026-02-30' } }, 'filter.from'],
    ['a day written another way', { filter: { to: '1/7/2026' } }, 'filter.to'],
    ['a "to" before the "from"', { filter: { from: '2026-07-02', to: '2026-07-01' } }, 'filter.to'],
    ['a kind of event that does not exist', { filter: { actions: ['SIGNED_IN', 'DELETED_EVERYTHING'] } }, 'filter.actions[1]'],
    ['a person id that is not an id', { filter: { actorUserId: 'admin' } }, 'filter.actorUserId'],
    ['an ICS id that is not an id', { filter: { systemId: 'Devon' } }, 'filter.systemId'],
    ['no events per page', { first: 0 }, 'first'],
    ['too many events per page', { first: 201 }, 'first'],
  ])('refuses %s with BAD_USER_INPUT and its field, and changes nothing', async (_what, variables, field) => {
    const count = await auditCount();
    const answer = await refusal(admin, variables);
    expect(answer).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.message).not.toMatch(/[A-Z]{2,}_[A-Z]|syntax|SQL/);
    expect(await auditCount()).toBe(count);
  });

  describe("as the app's own database role (idt_app)", () => {
    /** Runs `sql` as idt_app in a transaction that is always rolled back; returns the error, if any. */
    async function asAppRole(sql: string): Promise<{ code?: string; message: string } | null> {
      const runner = api.database.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query('SET LOCAL ROLE idt_app');
        await runner.query(sql);
        return null;
      } catch (error) {
        const e = error as { code?: string; message: string };
        return { code: e.code, message: e.message };
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    }

    it('reads the trail and appends to it', async () => {
      expect(await asAppRole(`SELECT count(*) FROM audit_event`)).toBeNull();
      expect(await asAppRole(`INSERT INTO audit_event (action, subject_type) VALUES ('SIGNED_OUT', 'user_session')`)).toBeNull();
    });

    it.each([
      ['UPDATE', `UPDATE audit_event SET action = 'SIGNED_OUT'`, /permission denied/],
      ['DELETE', `DELETE FROM audit_event`, /permission denied/],
      ['TRUNCATE', `TRUNCATE audit_event`, /permission denied/],
      ['switch the append-only trigger off', `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`, /must be owner/],
      ['drop the trigger', `DROP TRIGGER audit_event_append_only ON audit_event`, /must be owner/],
      ['add a column', `ALTER TABLE audit_event ADD COLUMN note text`, /must be owner/],
      ['drop the table', `DROP TABLE audit_event`, /must be owner/],
      ['index it', `CREATE INDEX audit_event_by_ip ON audit_event (ip)`, /must be owner/],
    ])('cannot %s', async (_what, sql, message) => {
      const count = await auditCount();
      const error = await asAppRole(sql);
      expect(error?.code).toBe('42501');
      expect(error?.message).toMatch(message);
      expect(await auditCount()).toBe(count);
    });
  });
});
