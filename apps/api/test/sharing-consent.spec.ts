import { DEMO_HISTORY_CYCLES } from '@idt/domain';
import { PublishedAnswersCache } from '../src/modules/published-answers/published-answers.cache';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, gql, Person } from './support/world';

const LANDSCAPE = `query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) { published entries { systemId name own } } }`;
const CHOICE = 'query ($s: ID!) { peerSharing(systemId: $s) { systemId systemName shareNameWithPeers updatedAt canChange } }';
const SHARE = 'mutation ($s: ID!, $v: Boolean!) { setPeerSharing(systemId: $s, shareNameWithPeers: $v) }';

/** Polls until `done` holds (every 10 ms, for at most `ms`); returns the last value and how long it took. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 1000): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > ms) return { value, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Sharing consent (issue 13 §4): an ICS's leads read and change whether peers see its name; the change is audited with
 * the choice before and after; a published landscape served from the cache follows at once (the peer_sharing trigger
 * tells every replica's cache, migration 1763930000000).
 */
describe('sharing consent (real PostgreSQL, demo data)', () => {
  let api: TestApp;
  let lead: Person;
  let otherLead: Person;
  let coach: Person;
  let privateSystem: { id: string; name: string };
  let otherSystem: string;
  let latestCycle: string;

  beforeAll(async () => {
    api = await startTestApp({ seedDemoData: true });
    const db = api.database;
    const [cycle] = await db.query(`SELECT id FROM assessment_cycle WHERE name = $1`, [DEMO_HISTORY_CYCLES[DEMO_HISTORY_CYCLES.length - 1].name]);
    latestCycle = cycle.id;
    // Two ICSs that keep their names private and have no unpublished submissions (so only the published landscape shows them).
    const hidden: { id: string; name: string }[] = await db.query(
      `SELECT s.id, s.name FROM system s JOIN peer_sharing ps ON ps.system_id = s.id
       WHERE NOT ps.share_name_with_peers ORDER BY s.name LIMIT 2`,
    );
    [privateSystem, { id: otherSystem }] = [hidden[0], hidden[1]];
    lead = await createPerson(db, 'Sharing lead', [{ role: 'ICS_LEAD', systemId: privateSystem.id }]);
    otherLead = await createPerson(db, 'Other lead', [{ role: 'ICS_LEAD', systemId: otherSystem }]);
    const [cohort] = await db.query(`INSERT INTO cohort (name) VALUES ('Sharing cohort') RETURNING id`);
    await db.query(`INSERT INTO cohort_member (cohort_id, system_id) VALUES ($1, $2)`, [cohort.id, privateSystem.id]);
    coach = await createPerson(db, 'Sharing coach', [{ role: 'COACH', cohortId: cohort.id }]);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('tells the lead their current choice, and their coach too (who cannot change it)', async () => {
    const asLead = await gql(api, lead.token, CHOICE, { s: privateSystem.id });
    expect(asLead.body.data?.['peerSharing']).toMatchObject({
      systemId: privateSystem.id,
      systemName: privateSystem.name,
      shareNameWithPeers: false,
      canChange: true,
    });
    const asCoach = await gql(api, coach.token, CHOICE, { s: privateSystem.id });
    expect(asCoach.body.data?.['peerSharing']).toMatchObject({ shareNameWithPeers: false, canChange: false });
    expect((await gql(api, otherLead.token, CHOICE, { s: privateSystem.id })).body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    expect((await gql(api, lead.token, CHOICE, { s: 'not-an-id' })).body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'systemId',
    });
  });

  it('audits each change with the choice before and after, and the cached landscape follows at once', async () => {
    const cache = api.app.get(PublishedAnswersCache);
    const named = (l: { entries: { name: string | null }[] }) => l.entries.some((e) => e.name === privateSystem.name);
    const landscape = async () => {
      const { body } = await gql(api, otherLead.token, LANDSCAPE, { c: latestCycle });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data?.['landscape'] as { published: boolean; entries: { name: string | null }[] };
    };
    // The other lead's view is published, from the cache (the second read is a hit), and does not name the ICS.
    const first = await landscape();
    expect(first.published).toBe(true);
    expect(named(first)).toBe(false);
    const hits = cache.statistics.hits;
    expect(named(await landscape())).toBe(false);
    expect(cache.statistics.hits).toBe(hits + 1);

    for (const share of [true, false]) {
      const invalidations = cache.statistics.invalidations;
      expect((await gql(api, lead.token, SHARE, { s: privateSystem.id, v: share })).body.data).toEqual({ setPeerSharing: share });
      const after = await eventually(landscape, (l) => named(l) === share, 1000);
      expect(named(after.value)).toBe(share);
      expect(after.ms).toBeLessThan(1000);
      expect(cache.statistics.invalidations).toBeGreaterThan(invalidations);
      const [row] = await api.database.query(
        `SELECT actor_user_id, before, after FROM audit_event WHERE action = 'PEER_SHARING_CHANGED' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
        [privateSystem.id],
      );
      expect(row).toEqual({ actor_user_id: lead.id, before: { shareNameWithPeers: !share }, after: { shareNameWithPeers: share } });
      expect((await gql(api, lead.token, CHOICE, { s: privateSystem.id })).body.data?.['peerSharing']).toMatchObject({
        shareNameWithPeers: share,
        updatedAt: expect.any(String),
      });
    }
  });

  it('refuses the coach and another ICS’s lead, and changes nothing', async () => {
    const count = async () => (await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'PEER_SHARING_CHANGED'`))[0].n;
    const before = await count();
    expect((await gql(api, coach.token, SHARE, { s: privateSystem.id, v: true })).body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await gql(api, otherLead.token, SHARE, { s: privateSystem.id, v: true })).body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
    const [row] = await api.database.query(`SELECT share_name_with_peers AS v FROM peer_sharing WHERE system_id = $1`, [privateSystem.id]);
    expect(row.v).toBe(false);
  });
});
