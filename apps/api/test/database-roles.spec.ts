import { Client } from 'pg';
import { appDatabaseUrl } from '../src/database/app-role';
import { runInDatabaseScope } from '../src/database/database-scope';
import { ActionPlanRepository } from '../src/modules/assessments/action-plan/action-plan.repository';
import { startTestApp, TestApp } from './support/test-app';
import { assessmentOf, createCohort, createPerson, gql, openCycle, Person, systemId } from './support/world';

/**
 * The API's database role (ADR 0034): it owns nothing, may only read and append to the audit trail, runs no DDL; and
 * row-level security keeps a query that forgot its tenancy filter to the caller's ICSs.
 */
describe('database roles and row-level security', () => {
  let api: TestApp;
  let devon: string;
  let cornwall: string;
  let cycleId: string;
  let lead: Person;
  let coach: Person;
  let national: Person;

  beforeAll(async () => {
    api = await startTestApp();
    devon = await systemId(api.database, 'Devon');
    cornwall = await systemId(api.database, 'Cornwall and the Isles of Scilly');
    cycleId = await openCycle(api.database, 'Spring 2026', '2026-03-01');
    lead = await createPerson(api.database, 'Devon lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    const cohort = await createCohort(api.database, 'Cornish cohort', [cornwall]);
    coach = await createPerson(api.database, 'Cornwall coach', [{ role: 'COACH', cohortId: cohort }]);
    national = await createPerson(api.database, 'National viewer', [{ role: 'NATIONAL' }]);
    for (const [system, action] of [
      [devon, 'Devon action'],
      [cornwall, 'Cornwall action'],
    ]) {
      await api.database.query(
        `INSERT INTO action_plan_item (system_id, domain_key, action, owner, status) VALUES ($1, 'leadership', $2, 'Someone', 'NOT_STARTED')`,
        [system, action],
      );
      const assessment = await assessmentOf(api.database, cycleId, system);
      await api.database.query(`INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence) VALUES ($1, 'k1', 2, 'x')`, [
        assessment.id,
      ]);
      await api.database.query(`INSERT INTO quick_check_answer (assessment_id, question_key, answer) VALUES ($1, 'q1', 'AGREE')`, [assessment.id]);
      await api.database.query(`INSERT INTO assessment_transition (assessment_id, transition, from_status, to_status) VALUES ($1, 'SUBMIT', 'DRAFT', 'SUBMITTED')`, [
        assessment.id,
      ]);
      await api.database.query(`INSERT INTO review_comment (assessment_id, criterion_key, author_side, body) VALUES ($1, 'k1', 'ICS', 'A comment')`, [assessment.id]);
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  describe("the app's role", () => {
    /** Runs `sql` on a connection of the app's own URL, in a transaction always rolled back; returns the error. */
    const asApp = async (sql: string): Promise<string> => {
      const client = new Client({ connectionString: appDatabaseUrl({ databaseUrl: api.databaseUrl }) });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query(sql);
        return 'no error';
      } catch (error) {
        return String(error);
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
        await client.end();
      }
    };

    it("is what the API's own pool runs as: idt_app, not a superuser, owning nothing", async () => {
      const [me] = await api.database.query(
        `SELECT current_user AS "user", r.rolsuper AS super, r.rolcreaterole AS "createRole", r.rolcreatedb AS "createDb",
                r.rolbypassrls AS "bypassRls", (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owns
           FROM pg_roles r WHERE r.rolname = current_user`,
      );
      expect(me).toEqual({ user: 'idt_app', super: false, createRole: false, createDb: false, bypassRls: false, owns: 0 });
      // And the owner, who ran the migrations, is someone else.
      const [owner] = await api.asOwner<{ owner: string }>(`SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'audit_event'`);
      expect(owner?.owner).not.toBe('idt_app');
    });

    it.each([
      ['UPDATE the audit trail', `UPDATE audit_event SET action = 'SIGNED_OUT'`, /permission denied/],
      ['DELETE from the audit trail', `DELETE FROM audit_event`, /permission denied/],
      ['TRUNCATE the audit trail', `TRUNCATE audit_event`, /permission denied/],
      ['switch the audit trigger off', `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`, /must be owner/],
      ['switch every trigger off', `ALTER TABLE audit_event DISABLE TRIGGER ALL`, /must be owner/],
      ['create a table', `CREATE TABLE sneaky (id int)`, /permission denied/],
      ['drop a table', `DROP TABLE assessment`, /must be owner/],
      ['alter a table', `ALTER TABLE assessment ADD COLUMN note text`, /must be owner/],
      ['switch row-level security off', `ALTER TABLE assessment DISABLE ROW LEVEL SECURITY`, /must be owner/],
      ['truncate an ICS table', `TRUNCATE assessment_response`, /permission denied/],
      ['create a schema', `CREATE SCHEMA sneaky`, /permission denied/],
      ['rewrite which migrations ran', `DELETE FROM migrations`, /permission denied/],
    ])('may not %s', async (_what, sql, refusal) => {
      expect(await asApp(sql)).toMatch(refusal);
    });

    it('may read and append to the audit trail', async () => {
      expect(await asApp(`SELECT count(*) FROM audit_event`)).toBe('no error');
      expect(await asApp(`INSERT INTO audit_event (action, subject_type) VALUES ('SIGNED_OUT', 'user_account')`)).toBe('no error');
    });

    it('may read and write every other table, including tables the owner creates later (default privileges)', async () => {
      const missing = await api.asOwner<{ table: string }>(
        `SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT IN ('audit_event', 'migrations')
            AND NOT has_table_privilege('idt_app', c.oid, 'SELECT, INSERT, UPDATE, DELETE')`,
      );
      expect(missing).toEqual([]);
      await api.asOwner(`CREATE TABLE later_table (id int)`);
      try {
        expect(await asApp(`INSERT INTO later_table VALUES (1)`)).toBe('no error');
        expect(await asApp(`TRUNCATE later_table`)).toMatch(/permission denied/);
      } finally {
        await api.asOwner(`DROP TABLE later_table`);
      }
    });
  });

  describe('row-level security', () => {
    const forgottenFilter = () =>
      api.database.query(`SELECT s.name FROM assessment a JOIN system s ON s.id = a.system_id WHERE a.cycle_id = $1 ORDER BY s.name`, [cycleId]);

    it("keeps a query that forgot its tenancy filter to the lead's own ICS", async () => {
      const rows = await runInDatabaseScope(`user:${lead.id}`, forgottenFilter);
      expect(rows).toEqual([{ name: 'Devon' }]);
      const answers = await runInDatabaseScope(`user:${lead.id}`, () => api.database.query(`SELECT DISTINCT assessment_id FROM assessment_response`));
      expect(answers).toEqual([{ assessment_id: (await assessmentOf(api.database, cycleId, devon)).id }]);
      const actions = await runInDatabaseScope(`user:${lead.id}`, () => api.database.query(`SELECT action FROM action_plan_item`));
      expect(actions).toEqual([{ action: 'Devon action' }]);
      // Inside a transaction too (its scope goes with START TRANSACTION).
      const inTransaction = await runInDatabaseScope(`user:${lead.id}`, () =>
        api.database.transaction((tx) => tx.query(`SELECT count(*)::int AS n FROM assessment`)),
      );
      expect(inTransaction).toEqual([{ n: 1 }]);
    });

    it('keeps each table under an assessment to the rows of the assessments the scope sees, for every kind of person', async () => {
      const [devonAssessment, cornwallAssessment] = [(await assessmentOf(api.database, cycleId, devon)).id, (await assessmentOf(api.database, cycleId, cornwall)).id];
      for (const table of ['assessment_response', 'quick_check_answer', 'assessment_transition', 'review_comment']) {
        const seen = async (scope: Parameters<typeof runInDatabaseScope>[0]) =>
          (
            (await runInDatabaseScope(scope, () =>
              api.database.query(`SELECT DISTINCT assessment_id FROM ${table} WHERE assessment_id = ANY($1::uuid[])`, [[devonAssessment, cornwallAssessment]]),
            )) as { assessment_id: string }[]
          )
            .map((row) => row.assessment_id)
            .sort();
        expect({ table, lead: await seen(`user:${lead.id}`) }).toEqual({ table, lead: [devonAssessment] });
        expect({ table, coach: await seen(`user:${coach.id}`) }).toEqual({ table, coach: [cornwallAssessment] });
        expect({ table, national: await seen(`user:${national.id}`) }).toEqual({ table, national: [devonAssessment, cornwallAssessment].sort() });
        expect({ table, nobody: await seen('none') }).toEqual({ table, nobody: [] });
      }
      // Writing under another ICS's assessment is refused (WITH CHECK), under one's own allowed.
      const asLead = <T>(work: () => Promise<T>) => runInDatabaseScope(`user:${lead.id}`, work);
      await expect(
        asLead(() => api.database.query(`INSERT INTO quick_check_answer (assessment_id, question_key, answer) VALUES ($1, 'q2', 'AGREE')`, [cornwallAssessment])),
      ).rejects.toThrow(/row-level security/);
      await asLead(() => api.database.query(`INSERT INTO quick_check_answer (assessment_id, question_key, answer) VALUES ($1, 'q2', 'AGREE')`, [devonAssessment]));
      expect(await api.database.query(`SELECT assessment_id FROM quick_check_answer WHERE question_key = 'q2'`)).toEqual([{ assessment_id: devonAssessment }]);
    });

    it("keeps a coach to their cohort's ICSs, and lets national viewers and the service itself see every ICS", async () => {
      expect(await runInDatabaseScope(`user:${coach.id}`, forgottenFilter)).toEqual([{ name: 'Cornwall and the Isles of Scilly' }]);
      const all = (await runInDatabaseScope(`user:${national.id}`, forgottenFilter)).length;
      expect(all).toBeGreaterThan(40);
      expect((await runInDatabaseScope('all', forgottenFilter)).length).toBe(all);
      expect(await runInDatabaseScope('none', forgottenFilter)).toEqual([]);
    });

    it("refuses writes to another ICS's rows", async () => {
      const theirs = await assessmentOf(api.database, cycleId, cornwall);
      const asLead = <T>(work: () => Promise<T>) => runInDatabaseScope(`user:${lead.id}`, work);
      const [, updated] = await asLead(() => api.database.query(`UPDATE assessment_response SET self_level = 4 WHERE assessment_id = $1`, [theirs.id]));
      expect(updated).toBe(0);
      const [, deleted] = await asLead(() => api.database.query(`DELETE FROM action_plan_item WHERE system_id = $1`, [cornwall]));
      expect(deleted).toBe(0);
      await expect(
        asLead(() =>
          api.database.query(`INSERT INTO action_plan_item (system_id, domain_key, action, owner, status) VALUES ($1, 'leadership', 'Planted', 'Me', 'NOT_STARTED')`, [
            cornwall,
          ]),
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(
        asLead(() => api.database.query(`INSERT INTO review_comment (assessment_id, criterion_key, author_side, body) VALUES ($1, 'k1', 'ICS', 'Planted')`, [theirs.id])),
      ).rejects.toThrow(/row-level security/);
      // Moving their own row to another ICS is refused too.
      await expect(asLead(() => api.database.query(`UPDATE action_plan_item SET system_id = $1 WHERE system_id = $2`, [cornwall, devon]))).rejects.toThrow(
        /row-level security/,
      );
      const [row] = await api.database.query(`SELECT self_level FROM assessment_response WHERE assessment_id = $1`, [theirs.id]);
      expect(row.self_level).toBe(2);
      expect(await api.database.query(`SELECT action FROM action_plan_item WHERE system_id = $1`, [cornwall])).toEqual([{ action: 'Cornwall action' }]);
    });

    it('carries the scope at no extra round trip in a transaction, and outside one only when the scope changes', async () => {
      // Every message the API's connections send (ScopedClient's own statements included), in order.
      const recording = jest.spyOn(Client.prototype, 'query');
      try {
        await runInDatabaseScope(`user:${lead.id}`, () => api.database.transaction((tx) => tx.query(`SELECT count(*) FROM assessment`)));
        const transaction = recording.mock.calls.map(([first]) => (typeof first === 'string' ? first : (first as { text: string }).text));
        expect(transaction.filter((text) => /set_config/.test(text))).toEqual([
          expect.stringMatching(/^START TRANSACTION; SELECT set_config\('idt.scope', 'user:[0-9a-f-]+', true\)$/),
        ]);
        expect(transaction).toHaveLength(3); // START TRANSACTION (with the scope), the SELECT, COMMIT
        recording.mockClear();
        // The pool has one connection free: the same one serves all three statements below.
        await runInDatabaseScope(`user:${coach.id}`, async () => {
          await api.database.query(`SELECT count(*) FROM assessment`);
          await api.database.query(`SELECT count(*) FROM assessment`);
        });
        await runInDatabaseScope(`user:${lead.id}`, () => api.database.query(`SELECT count(*) FROM assessment`));
        const autocommit = recording.mock.calls.map(([first]) => (typeof first === 'string' ? first : (first as { text: string }).text));
        const scopeChanges = autocommit.filter((text) => /set_config/.test(text)).length;
        expect(scopeChanges).toBeGreaterThanOrEqual(1);
        expect(scopeChanges).toBeLessThanOrEqual(2);
        expect(autocommit.filter((text) => !/set_config/.test(text))).toHaveLength(3);
      } finally {
        recording.mockRestore();
      }
    });

    it("gives each request its caller's scope: a lead's request sees only their ICS even where a filter is forgotten", async () => {
      const repository = api.app.get(ActionPlanRepository);
      const seen: unknown[] = [];
      const spy = jest.spyOn(repository, 'list').mockImplementation(async () => {
        seen.push(
          await api.database.query(
            `SELECT current_setting('idt.scope', true) AS scope, array(SELECT action FROM action_plan_item ORDER BY action) AS actions`,
          ),
        );
        return [];
      });
      try {
        const { body } = await gql(api, lead.token, `query ($s: ID!) { actionPlan(systemId: $s) { action } }`, { s: devon });
        expect(body.errors).toBeUndefined();
        const nationalCall = await gql(api, national.token, `query ($s: ID!) { actionPlan(systemId: $s) { action } }`, { s: devon });
        expect(nationalCall.body.errors).toBeUndefined();
      } finally {
        spy.mockRestore();
      }
      expect(seen).toEqual([
        [{ scope: `user:${lead.id}`, actions: ['Devon action'] }],
        [{ scope: `user:${national.id}`, actions: ['Cornwall action', 'Devon action'] }],
      ]);
    });
  });
});
