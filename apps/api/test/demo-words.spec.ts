import { DEMO_ACCOUNTS, DEMO_CYCLE_NAME, DEMO_HISTORY_CYCLES, DEMO_SUBMITTED_PIONEERS, PIONEERS_COHORT } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { gql, openSession } from './support/world';

interface HistoryEntry {
  transition: string;
  actorName: string | null;
  occurredAt: string;
}

/** The demo data as people read it: who did what in every history, and the Pioneers' ten projects. */
describe('demo data in people’s words', () => {
  let api: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApp({ seedDemoData: true });
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await api.database.query(`SELECT id FROM user_account WHERE email = $1`, [account.email]);
      tokens[account.role] = await openSession(api.database, user.id);
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  const history = async (cycleName: string, systemName: string): Promise<HistoryEntry[]> => {
    const [row] = await api.database.query(
      `SELECT a.id FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id JOIN system s ON s.id = a.system_id
       WHERE c.name = $1 AND s.name = $2`,
      [cycleName, systemName],
    );
    const { body } = await gql(api, tokens['ADMIN'], 'query ($id: ID!) { assessment(id: $id) { status history { transition actorName occurredAt } } }', {
      id: row.id,
    });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (body.data?.['assessment'] as { history: HistoryEntry[] }).history;
  };
  const coach = DEMO_ACCOUNTS.find((a) => a.role === 'COACH')?.name;
  const lead = DEMO_ACCOUNTS.find((a) => a.role === 'ICS_LEAD');

  it('gives every validated past assessment its whole history: submitted, in review, validated, in order, in the cycle', async () => {
    for (const cycle of DEMO_HISTORY_CYCLES) {
      for (const [systemName, by] of [
        [lead?.systemName as string, [lead?.name, coach, coach]], // the demo lead's own ICS, a Pioneer
        ['Surrey Heartlands', ['Illustrative data', coach, coach]], // a Pioneer
        ['Cornwall and the Isles of Scilly', ['Illustrative data', 'Illustrative data', 'Illustrative data']], // not a Pioneer
      ] as const) {
        const entries = await history(cycle.name, systemName);
        expect(entries.map((e) => e.transition)).toEqual(['SUBMIT', 'START_REVIEW', 'VALIDATE']);
        expect(entries.map((e) => e.actorName)).toEqual(by);
        const times = entries.map((e) => Date.parse(e.occurredAt));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(times[0]).toBeGreaterThan(Date.parse(cycle.opensOn));
        expect(times[2]).toBeLessThan(Date.parse(cycle.closesOn));
      }
    }
    const [{ missing }] = await api.database.query(
      `SELECT count(*)::int AS missing FROM assessment a
       WHERE a.status = 'VALIDATED' AND NOT EXISTS (SELECT 1 FROM assessment_transition t WHERE t.assessment_id = a.id AND t.transition = 'VALIDATE')`,
    );
    expect(missing).toBe(0);
  });

  it('says who submitted the open cycle’s illustrative submissions: nobody is "Not recorded"', async () => {
    for (const { systemName } of DEMO_SUBMITTED_PIONEERS) {
      const entries = await history(DEMO_CYCLE_NAME, systemName);
      expect(entries.map((e) => [e.transition, e.actorName])).toEqual([['SUBMIT', 'Illustrative data']]);
    }
    const [{ unnamed }] = await api.database.query(
      `SELECT count(*)::int AS unnamed FROM assessment_transition t JOIN assessment a ON a.id = t.assessment_id
       JOIN assessment_cycle c ON c.id = a.cycle_id WHERE t.actor_user_id IS NULL AND NOT c.illustrative`,
    );
    expect(unnamed).toBe(0);
  });

  it('shows the Pioneers’ ten projects, in eight ICSs, on the cohort, to whoever may see the cohort', async () => {
    const query = `{ cohorts { name systems { name } projects { id systemId systemName name pathway description } } }`;
    for (const role of ['COACH', 'ADMIN', 'ICS_LEAD'] as const) {
      const { body } = await gql(api, tokens[role], query);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const cohort = (body.data?.['cohorts'] as { name: string; systems: { name: string }[]; projects: { systemName: string; name: string; pathway: string }[] }[]).find(
        (c) => c.name === PIONEERS_COHORT.name,
      );
      expect(cohort?.projects).toHaveLength(10);
      expect(cohort?.systems.map((s) => s.name).sort()).toEqual([...PIONEERS_COHORT.systemNames].sort());
      expect(cohort?.systems).toHaveLength(8);
      expect(new Set(cohort?.projects.map((p) => p.systemName))).toEqual(new Set(PIONEERS_COHORT.systemNames));
      expect(cohort?.projects.filter((p) => p.systemName === 'North West London').map((p) => p.pathway).sort()).toEqual([
        'Community and mental health services',
        'Severe mental illness',
      ]);
      expect(cohort?.projects.filter((p) => p.systemName === 'Surrey Heartlands')).toHaveLength(2);
    }
  });

  it('takes an ICS’s projects away with its membership', async () => {
    const [cohort] = await api.database.query(`SELECT id FROM cohort WHERE name = $1`, [PIONEERS_COHORT.name]);
    const client = await api.database.createQueryRunner();
    try {
      await client.startTransaction();
      await client.query(`DELETE FROM cohort_member WHERE cohort_id = $1 AND system_id = (SELECT id FROM system WHERE name = 'Surrey Heartlands')`, [cohort.id]);
      const [{ n }] = await client.query(`SELECT count(*)::int AS n FROM cohort_member_project WHERE cohort_id = $1`, [cohort.id]);
      expect(n).toBe(8);
    } finally {
      await client.rollbackTransaction();
      await client.release();
    }
  });
});
