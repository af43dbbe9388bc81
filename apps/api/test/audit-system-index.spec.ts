import { Client } from 'pg';
import { declaredQueries } from '../src/database/typed-sql';
import { startTestApp, TestApp } from './support/test-app';
import { assessmentOf, openCycle, systemId } from './support/world';

/*
 * The audit trail's ICS filter is served by an index (migration 1764000600000): an event's ICS is stored when it is
 * appended (`audit_event_system_of`, by a trigger), and "this ICS, newest first, after this cursor" is an index range
 * on `audit_event_system_newest_first_idx`, as the API's own prepared statement runs it, with the generic plan a
 * pooled connection ends up using and with a custom plan alike. `npm run bench:audit` times it with a million events.
 */

const ROWS = 200_000;
const UUID = /^[0-9a-f-]{36}$/;

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

describe('the audit trail’s ICS filter is an index range (real PostgreSQL)', () => {
  let api: TestApp;
  let client: Client;
  let devon: string;
  let devonAssessment: string;

  beforeAll(async () => {
    api = await startTestApp();
    client = new Client({ connectionString: api.databaseUrl });
    await client.connect();
    devon = await systemId(api.database, 'Devon');
    devonAssessment = (await assessmentOf(api.database, await openCycle(api.database, 'Audit index cycle'), devon)).id;
    // A large trail: one event in 500 is a sharing choice of some ICS (so Devon's are rare), the rest sign-outs.
    await client.query(
      `INSERT INTO audit_event (occurred_at, action, subject_type, subject_id)
       SELECT now() - make_interval(secs => ($1::int - g)), CASE WHEN g % 500 = 0 THEN 'PEER_SHARING_CHANGED' ELSE 'SIGNED_OUT' END,
              CASE WHEN g % 500 = 0 THEN 'peer_sharing' ELSE 'user_session' END,
              CASE WHEN g % 500 = 0 THEN systems.ids[1 + (g / 500) % cardinality(systems.ids)]::text END
       FROM generate_series(1, $1::int) AS g, (SELECT array_agg(id ORDER BY name) AS ids FROM system) AS systems`,
      [ROWS],
    );
    await client.query('ANALYZE audit_event');
  }, 180_000);

  afterAll(async () => {
    await client?.end();
    await api?.close();
  });

  it('stores each appended event’s ICS, from its subject, also when the app’s own role appends it', async () => {
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM audit_event WHERE subject_type = 'peer_sharing' AND system_id::text <> subject_id`)).rows;
    expect(n).toBe(0);
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL ROLE idt_app');
      const { rows } = await client.query(
        `INSERT INTO audit_event (action, subject_type, subject_id, after) VALUES
           ('RESPONSE_CHANGED', 'assessment', $1, NULL),
           ('ROLE_GRANTED', 'role_grant', NULL, jsonb_build_object('systemId', $2::text)),
           ('SIGN_IN_FAILED', 'user_account', 'not-an-id@example.test', NULL),
           ('RESPONSE_CHANGED', 'assessment', 'not-an-id', NULL)
         RETURNING system_id`,
        [devonAssessment, devon],
      );
      expect(rows.map((r) => r.system_id)).toEqual([devon, devon, null, null]);
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it.each(['force_generic_plan', 'force_custom_plan'])('pages one ICS’s events along its index, first page and deep (%s)', async (mode) => {
    const query = declaredQueries().find((q) => q.name === 'audit.pageOfSystem');
    expect(query).toBeDefined();
    const statement = `audit_page_${mode}`;
    await client.query(`PREPARE ${statement}(uuid, uuid, text[], date, date, timestamptz, bigint, int) AS ${query?.text}`);
    await client.query(`SET plan_cache_mode = ${mode}`);
    try {
      const { rows: [oldest] } = await client.query(
        `SELECT occurred_at, id FROM audit_event WHERE system_id = $1 ORDER BY occurred_at, id OFFSET 2 LIMIT 1`,
        [devon],
      );
      for (const [at, id] of [
        ['infinity', '9223372036854775807'],
        [oldest.occurred_at.toISOString(), oldest.id],
      ]) {
        const args = `NULL, ${client.escapeLiteral(devon)}, NULL, NULL, NULL, ${client.escapeLiteral(at)}, ${client.escapeLiteral(String(id))}, 51`;
        const { rows } = await client.query(`EXPLAIN (FORMAT JSON) EXECUTE ${statement}(${args})`);
        const plan = nodes(rows[0]['QUERY PLAN'][0].Plan as PlanNode);
        const onTrail = plan.filter((p) => p['Relation Name'] === 'audit_event');
        expect(onTrail.map((p) => p['Node Type'])).not.toContain('Seq Scan');
        // An index scan in its order, or (for an ICS with as few events as Devon's here) a bitmap scan of its range.
        expect(plan.map((p) => p['Index Name'])).toContain('audit_event_system_newest_first_idx');
        const { rows: page } = await client.query(`EXECUTE ${statement}(${args})`);
        expect(page.length).toBeGreaterThan(0);
        expect(page.every((r) => r.systemId === devon && UUID.test(r.systemId))).toBe(true);
      }
    } finally {
      await client.query(`DEALLOCATE ${statement}`);
      await client.query('RESET plan_cache_mode');
    }
  });
});
