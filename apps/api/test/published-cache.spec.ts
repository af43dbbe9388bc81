import { DEMO_HISTORY_CYCLES } from '@idt/domain';
import { PublishedAnswersCache } from '../src/modules/published-answers/published-answers.cache';
import { PublishedAnswers } from '../src/modules/published-answers/published-answers.service';
import { statementsDuring } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';
import { createCohort, createPerson, gql, openCycle, Person, publishNow } from './support/world';

const LANDSCAPE = `query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) {
  published entries { systemId name own overallScore category } } }`;
const PROFILE = `query ($s: ID!) { systemProfile(systemId: $s) { cycles { cycle { id } published overallScore category } } }`;
const MOVEMENT = `query ($f: ID!, $t: ID!) { movement(fromCycleId: $f, toCycleId: $t) { movedUp moves { name toScore to } } }`;
const SHARE = 'mutation ($s: ID!, $v: Boolean!) { setPeerSharing(systemId: $s, shareNameWithPeers: $v) }';

interface Entry {
  systemId: string | null;
  name: string | null;
  own: boolean;
  overallScore: number | null;
  category: string | null;
}

/** Polls until `done` holds (checking every 20 ms, for at most `ms`); returns the last value seen. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A GraphQL query sent by GET, as the web app sends queries (the header passes Apollo's CSRF prevention). */
async function getQuery(api: TestApp, token: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const url = `${api.url}/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;
  return fetch(url, { headers: { cookie: `__Host-idt_session=${token}`, 'apollo-require-preflight': 'true', ...headers } });
}

/**
 * Published landscapes, profiles and movements come from each replica's memory (ADR 0019). Two API replicas on one
 * database: a change made through one (a correction, a choice to be named, a publication) must reach the other's cache
 * at once, through PostgreSQL LISTEN/NOTIFY, and nobody is ever served what someone who sees more was shown.
 */
describe('published answers from a cache, across two replicas (real PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  let national: Person;
  let devonLead: Person;
  let dorsetLead: Person;
  let coach: Person;
  let devon: string;
  let dorset: string;
  const cycles: Record<string, string> = {};
  const latest = DEMO_HISTORY_CYCLES[DEMO_HISTORY_CYCLES.length - 1].name;
  const first = DEMO_HISTORY_CYCLES[0].name;
  const cacheOf = (api: TestApp) => api.app.get(PublishedAnswersCache);

  beforeAll(async () => {
    a = await startTestApp({ seedDemoData: true });
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    const db = a.database;
    for (const row of await db.query(`SELECT id, name FROM assessment_cycle`)) cycles[row.name] = row.id;
    // Two ICSs that do not share their names with peers: each lead sees the other only as an unnamed dot.
    const hidden: { id: string; name: string }[] = await db.query(
      `SELECT s.id, s.name FROM system s JOIN peer_sharing ps ON ps.system_id = s.id
       WHERE NOT ps.share_name_with_peers
         AND NOT EXISTS (SELECT 1 FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
                         WHERE a.system_id = s.id AND c.published_at IS NULL AND a.status <> 'DRAFT')
       ORDER BY s.name LIMIT 3`,
    );
    [devon, dorset] = [hidden[0].id, hidden[1].id];
    national = await createPerson(db, 'National', [{ role: 'NATIONAL' }]);
    devonLead = await createPerson(db, 'Lead one', [{ role: 'ICS_LEAD', systemId: devon }]);
    dorsetLead = await createPerson(db, 'Lead two', [{ role: 'ICS_LEAD', systemId: dorset }]);
    const cohort = await createCohort(db, 'Cached cohort', [hidden[2].id]);
    coach = await createPerson(db, 'Coach', [{ role: 'COACH', cohortId: cohort }]);
  }, 60000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const landscapeOn = async (api: TestApp, who: Person, cycleName: string = latest) => {
    const { body } = await gql(api, who.token, LANDSCAPE, { c: cycles[cycleName] });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.['landscape'] as { published: boolean; entries: Entry[] };
  };
  const profileOn = async (api: TestApp, who: Person, system: string) => {
    const { body } = await gql(api, who.token, PROFILE, { s: system });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.['systemProfile'] as { cycles: { cycle: { id: string }; published: boolean; overallScore: number | null }[] };
  };
  const movementOn = async (api: TestApp, who: Person) => {
    const { body } = await gql(api, who.token, MOVEMENT, { f: cycles[first], t: cycles[latest] });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.['movement'] as { moves: { name: string | null; toScore: number | null }[] };
  };
  const scoreOf = (entries: readonly Entry[], systemId: string) => entries.find((e) => e.systemId === systemId)?.overallScore;

  it('serves a published landscape, profile and movement from memory, and never a stale one after a correction on the other replica', async () => {
    const before = { landscape: await landscapeOn(b, national), profile: await profileOn(b, national, devon), movement: await movementOn(b, national) };
    expect(before.landscape.published).toBe(true);
    const oldScore = scoreOf(before.landscape.entries, devon);
    expect(oldScore).toEqual(expect.any(Number));

    // The second read on B is a hit for each of the three, and reads nothing of the assessments.
    const hits = cacheOf(b).statistics.hits;
    const statements = await statementsDuring(b.database, async () => {
      expect(await landscapeOn(b, national)).toEqual(before.landscape);
      expect(await profileOn(b, national, devon)).toEqual(before.profile);
      expect(await movementOn(b, national)).toEqual(before.movement);
    });
    expect(cacheOf(b).statistics.hits).toBe(hits + 3);
    expect(statements.filter((s) => /assessment|cycle_placement/.test(s))).toEqual([]);
    // The same query again is answered whole, without running its resolver; another selection of it runs the resolver,
    // which finds the landscape in memory.
    const resolved = jest.spyOn(b.app.get(PublishedAnswers), 'answer');
    await landscapeOn(b, national);
    expect(resolved).not.toHaveBeenCalled();
    const other = await gql(b, national.token, 'query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) { assessed } }', { c: cycles[latest] });
    expect(other.body.data).toEqual({ landscape: { assessed: 42 } });
    expect(resolved).toHaveBeenCalledTimes(1);
    resolved.mockRestore();

    // On A: a coach's moderated levels corrected in a published cycle (every criterion of the ICS to 5), and the stored
    // placement marked for rebuilding, in one transaction: the path a correction takes.
    await a.database.transaction(async (tx) => {
      await tx.query(
        `UPDATE assessment_response SET moderated_level = 5
         WHERE assessment_id = (SELECT id FROM assessment WHERE cycle_id = $1 AND system_id = $2)`,
        [cycles[latest], devon],
      );
      await tx.query(`UPDATE cycle_placement_state SET counted_changes = counted_changes + 1 WHERE cycle_id = $1`, [cycles[latest]]);
    });
    // B hears of it at once: the first read after the commit may be a moment early, but within a short bound every
    // answer is the corrected one, and it then stays so.
    const corrected = await eventually(
      () => landscapeOn(b, national),
      (l) => scoreOf(l.entries, devon) !== oldScore,
      2000,
    );
    expect(scoreOf(corrected.entries, devon)).toBe(100);
    expect(await landscapeOn(b, national)).toEqual(await landscapeOn(a, national));
    const profile = await profileOn(b, national, devon);
    expect(profile.cycles.find((c) => c.cycle.id === cycles[latest])?.overallScore).toBe(100);
    const movement = await movementOn(b, national);
    const devonName = before.landscape.entries.find((e) => e.systemId === devon)?.name;
    expect(movement.moves.find((m) => m.name === devonName)?.toScore).toBe(100);
  });

  it("names an ICS on the other replica as soon as it chooses to share, and hides it again as soon as it stops", async () => {
    const name = (await landscapeOn(a, national)).entries.find((e) => e.systemId === devon)?.name;
    const named = (l: { entries: Entry[] }) => l.entries.some((e) => e.name === name);
    expect(named(await landscapeOn(b, dorsetLead))).toBe(false);
    expect(named(await landscapeOn(b, dorsetLead))).toBe(false);

    expect((await gql(a, devonLead.token, SHARE, { s: devon, v: true })).body.data).toEqual({ setPeerSharing: true });
    expect(named(await eventually(() => landscapeOn(b, dorsetLead), named, 2000))).toBe(true);

    expect((await gql(a, devonLead.token, SHARE, { s: devon, v: false })).body.data).toEqual({ setPeerSharing: false });
    expect(named(await eventually(() => landscapeOn(b, dorsetLead), (l) => !named(l), 2000))).toBe(false);
  });

  it("never gives one person an answer cached for someone who sees more (or less)", async () => {
    const nameOf = async (id: string) => (await landscapeOn(a, national)).entries.find((e) => e.systemId === id)?.name;
    const [devonName, dorsetName] = [await nameOf(devon), await nameOf(dorset)];
    for (const api of [b, b, a]) {
      const asDevon = await landscapeOn(api, devonLead);
      const asDorset = await landscapeOn(api, dorsetLead);
      const asCoach = await landscapeOn(api, coach);
      expect(asDevon.entries.filter((e) => e.own).map((e) => e.name)).toEqual([devonName]);
      expect(asDevon.entries.map((e) => e.name)).not.toContain(dorsetName);
      expect(asDorset.entries.filter((e) => e.own).map((e) => e.name)).toEqual([dorsetName]);
      expect(asDorset.entries.map((e) => e.name)).not.toContain(devonName);
      expect(asCoach.entries.map((e) => e.name)).not.toContain(devonName);
      expect(asCoach.entries.filter((e) => e.own)).toHaveLength(1);
      expect((await landscapeOn(api, national)).entries.every((e) => e.name !== null)).toBe(true);
    }
    // A lead may not read another ICS's profile, even one someone else has just read from the cache.
    await profileOn(b, national, dorset);
    const refused = await gql(b, devonLead.token, PROFILE, { s: dorset });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('shows a person whose roles change their new view at once, in the same session, on either replica', async () => {
    const own = async (api: TestApp) => (await landscapeOn(api, devonLead)).entries.filter((e) => e.own).map((e) => e.systemId).sort();
    for (const api of [a, b]) expect(await own(api)).toEqual([devon]); // cached for this person now
    await a.database.query(`INSERT INTO role_grant (user_id, role, system_id) VALUES ($1, 'ICS_LEAD', $2)`, [devonLead.id, dorset]);
    for (const api of [b, a]) expect(await eventually(() => own(api), (ids) => ids.length === 2)).toEqual([devon, dorset].sort());
    await a.database.query(`DELETE FROM role_grant WHERE user_id = $1 AND system_id = $2`, [devonLead.id, dorset]);
    for (const api of [a, b]) expect(await eventually(() => own(api), (ids) => ids.length === 1)).toEqual([devon]);
  });

  it('does not keep a provisional landscape, and caches the cycle as soon as it is published', async () => {
    const cycleId = await openCycle(a.database, 'Provisional cycle', '2030-01-01');
    cycles['Provisional cycle'] = cycleId;
    await a.database.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE cycle_id = $1`, [cycleId]);
    const sizeBefore = cacheOf(b).size;
    expect((await landscapeOn(b, national, 'Provisional cycle')).published).toBe(false);
    expect((await landscapeOn(b, national, 'Provisional cycle')).published).toBe(false);
    expect(cacheOf(b).size).toBe(sizeBefore);

    const publish = await publishNow(a, national.token, cycleId);
    expect(publish.body.errors).toBeUndefined();
    const published = await eventually(() => landscapeOn(b, devonLead, 'Provisional cycle'), (l) => l.published, 2000);
    expect(published.published).toBe(true);
    expect(published.entries.length).toBeGreaterThan(1);
  });

  it('stops using the cache while it cannot hear of changes, and starts again empty when it can', async () => {
    await landscapeOn(b, national);
    expect(cacheOf(b).size).toBeGreaterThan(0);
    // Every replica's listening connection is cut; a change made meanwhile is heard by nobody.
    await a.database.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'idt-canvas-listener'`);
    await eventually(async () => cacheOf(b).isUsable, (usable) => !usable, 2000);
    // A correction (as in "a correction of a published ICS's figures" above: the answers and the mark that they changed).
    await a.database.transaction(async (tx) => {
      await tx.query(`UPDATE assessment_response SET moderated_level = 1
        WHERE assessment_id = (SELECT id FROM assessment WHERE cycle_id = $1 AND system_id = $2)`, [cycles[latest], devon]);
      await tx.query(`UPDATE cycle_placement_state SET counted_changes = counted_changes + 1 WHERE cycle_id = $1`, [cycles[latest]]);
    });
    // Not stale while disconnected, nor after reconnecting.
    expect(scoreOf((await landscapeOn(b, national)).entries, devon)).not.toBe(100);
    await eventually(async () => cacheOf(b).isUsable && cacheOf(a).isUsable, (usable) => usable, 5000);
    expect([cacheOf(a).isUsable, cacheOf(b).isUsable]).toEqual([true, true]);
    expect(scoreOf((await landscapeOn(b, national)).entries, devon)).not.toBe(100);
    expect(scoreOf((await landscapeOn(b, national)).entries, devon)).toEqual(scoreOf((await landscapeOn(a, national)).entries, devon));
  });

  describe('ETags', () => {
    it('answers a published landscape sent by GET with a strong ETag, 304 for a matching If-None-Match, and a new ETag after a change', async () => {
      const variables = { c: cycles[latest] };
      const first = await getQuery(b, national.token, LANDSCAPE, variables);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('private, no-cache');
      const etag = first.headers.get('etag') as string;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const body = (await first.json()) as { data: { landscape: { published: boolean } } };
      expect(body.data.landscape.published).toBe(true);

      const again = await getQuery(b, national.token, LANDSCAPE, variables, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      // The other replica works out the same answer and gives it the same ETag.
      expect((await getQuery(a, national.token, LANDSCAPE, variables, { 'if-none-match': etag })).status).toBe(304);
      // Someone who sees something else gets their own answer, not a 304 for someone else's.
      const lead = await getQuery(b, dorsetLead.token, LANDSCAPE, variables, { 'if-none-match': etag });
      expect(lead.status).toBe(200);
      const leadEtag = lead.headers.get('etag') as string;
      expect(leadEtag).toMatch(/^"/);
      expect(leadEtag).not.toBe(etag);
      expect((await getQuery(b, dorsetLead.token, LANDSCAPE, variables, { 'if-none-match': leadEtag })).status).toBe(304);

      // Another ICS chooses to be named: the lead's answer changes, and so does its ETag.
      expect((await gql(a, devonLead.token, SHARE, { s: devon, v: true })).body.errors).toBeUndefined();
      const changed = await eventually(
        () => getQuery(b, dorsetLead.token, LANDSCAPE, variables, { 'if-none-match': leadEtag }),
        (r) => r.status === 200,
        2000,
      );
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).toMatch(/^"/);
      expect(changed.headers.get('etag')).not.toBe(leadEtag);
      const devonName = (await landscapeOn(a, national)).entries.find((e) => e.systemId === devon)?.name;
      expect(((await changed.json()) as { data: { landscape: { entries: Entry[] } } }).data.landscape.entries.map((e) => e.name)).toContain(devonName);
      await gql(a, devonLead.token, SHARE, { s: devon, v: false });
    });

    it('gives no ETag to a provisional answer, to a query that asks for more than published answers, nor to a POST', async () => {
      const cycleId = await openCycle(a.database, 'Another provisional cycle', '2031-01-01');
      const provisional = await getQuery(b, national.token, LANDSCAPE, { c: cycleId });
      expect(provisional.status).toBe(200);
      expect(provisional.headers.get('cache-control')).toBe('no-store'); // provisional: kept nowhere
      expect(provisional.headers.get('etag')).toBeNull();
      const mixed = await getQuery(b, national.token, `query ($c: ID!) { me { id } landscape(cycleId: $c, method: ROGERS_QUANTILES) { published } }`, {
        c: cycles[latest],
      });
      expect(mixed.status).toBe(200);
      expect(mixed.headers.get('etag')).toBeNull();
      expect(mixed.headers.get('cache-control')).toBe('no-store');
      const post = await fetch(`${b.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `__Host-idt_session=${national.token}` },
        body: JSON.stringify({ query: LANDSCAPE, variables: { c: cycles[latest] } }),
      });
      expect(post.headers.get('cache-control')).toBe('no-store');
    });

    it('refuses a mutation sent by GET, and a GET without the header that proves it is not a cross-site form', async () => {
      const mutation = await getQuery(b, devonLead.token, SHARE, { s: devon, v: true });
      expect(mutation.status).toBe(405);
      const url = `${b.url}/graphql?${new URLSearchParams({ query: LANDSCAPE, variables: JSON.stringify({ c: cycles[latest] }) })}`;
      const simple = await fetch(url, { headers: { cookie: `__Host-idt_session=${national.token}` } });
      expect(simple.status).toBe(400);
    });
  });

  describe('the newest landscape to show', () => {
    const NEWEST = '{ newestLandscape { cycleId } }';
    it('is the newest cycle in which the person sees any ICS', async () => {
      // The two provisional cycles above: the national view sees the submitted one's ICSs; the newest has only drafts.
      expect((await gql(b, national.token, NEWEST)).body.data).toEqual({ newestLandscape: { cycleId: cycles['Provisional cycle'] } });
      const newestCycle = await openCycle(a.database, 'Newest cycle', '2032-01-01');
      await a.database.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE cycle_id = $1 AND system_id = $2`, [newestCycle, dorset]);
      expect((await gql(b, national.token, NEWEST)).body.data).toEqual({ newestLandscape: { cycleId: newestCycle } });
      // Provisional: each lead sees only their own ICS, so Dorset's lead sees it and Devon's does not.
      expect((await gql(b, dorsetLead.token, NEWEST)).body.data).toEqual({ newestLandscape: { cycleId: newestCycle } });
      expect((await gql(b, devonLead.token, NEWEST)).body.data).toEqual({ newestLandscape: { cycleId: cycles['Provisional cycle'] } });
    });
  });
});
