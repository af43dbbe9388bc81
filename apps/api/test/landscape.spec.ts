import { ANONYMITY_THRESHOLD, CANVAS_V1, DEMO_HISTORY_CYCLES } from '@idt/domain';
import { ADOPTER_CATEGORIES, placeOnDiffusionCurve, scoreAssessment } from '@idt/maturity';
import { statementsDuring } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';
import { createCohort, createPerson, gql, openCycle, Person, publishNow, systemId } from './support/world';
import { PublishedAnswersCache } from '../src/modules/published-answers/published-answers.cache';

const LANDSCAPE = `query ($cycleId: ID!, $method: PlacementMethod!, $k: Int, $t: FixedThresholdsInput) {
  landscape(cycleId: $cycleId, method: $method, naturalBreaksK: $k, thresholds: $t) {
    published illustrative method methodDescription assessed
    entries { systemId name onsCode regionName own overallScore basis category rank domainScores { domainKey score incomplete } }
    categoryCounts { category count }
    regionCounts { regionName withheld counts { category count } }
    chasm { gap lowestEarlyAdopterScore highestEarlyMajorityScore nearest { name score distance } }
  } }`;

interface Entry {
  systemId: string | null;
  name: string | null;
  onsCode: string | null;
  regionName: string | null;
  own: boolean;
  overallScore: number | null;
  basis: string;
  category: string | null;
  rank: number | null;
}
interface Landscape {
  published: boolean;
  illustrative: boolean;
  methodDescription: string;
  assessed: number;
  entries: Entry[];
  categoryCounts: { category: string; count: number }[];
  regionCounts: { regionName: string; withheld: boolean; counts: { category: string; count: number }[] }[];
  chasm: { gap: number | null; nearest: { name: string | null; score: number; distance: number }[] };
}

describe('the landscape (illustrative demo data, real PostgreSQL)', () => {
  let api: TestApp;
  let national: Person;
  let lead: Person;
  let coach: Person;
  let devon: string;
  const cycles: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApp({ seedDemoData: true });
    const db = api.database;
    for (const row of await db.query(`SELECT id, name FROM assessment_cycle`)) cycles[row.name] = row.id;
    devon = await systemId(db, 'Devon');
    national = await createPerson(db, 'National', [{ role: 'NATIONAL' }]);
    lead = await createPerson(db, 'Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    const cohort = await createCohort(db, 'Two ICSs', [devon, await systemId(db, 'Dorset')]);
    coach = await createPerson(db, 'Coach', [{ role: 'COACH', cohortId: cohort }]);
  });
  afterAll(async () => {
    await api.close();
  });

  const landscapeOf = async (who: Person, cycleName: string, method = 'ROGERS_QUANTILES', extra: object = {}) => {
    const { body } = await gql(api, who.token, LANDSCAPE, { cycleId: cycles[cycleName], method, ...extra });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.['landscape'] as Landscape;
  };
  const counts = (l: Landscape) => Object.fromEntries(l.categoryCounts.map((c) => [c.category, c.count]));
  const baseline = DEMO_HISTORY_CYCLES[0].name;

  it("reproduces seed 003's 2021 shape (6 / 16 / 12 / 8) with natural breaks, k = 4, named as such", async () => {
    const landscape = await landscapeOf(national, baseline, 'NATURAL_BREAKS', { k: 4 });
    expect(landscape).toMatchObject({ published: true, illustrative: true, assessed: 42 });
    expect(landscape.methodDescription).toMatch(/natural breaks/i);
    expect(counts(landscape)).toEqual({ INNOVATORS: 0, EARLY_ADOPTERS: 6, EARLY_MAJORITY: 16, LATE_MAJORITY: 12, LAGGARDS: 8 });
  });

  it("places the 42 by Rogers' quantiles and by fixed thresholds too; every ICS once, highest score first", async () => {
    const rogers = await landscapeOf(national, baseline);
    // The API's categories are the engine's placement of the scores it shows (ties share a category, so the demo's
    // tie at the top makes two innovators rather than Rogers' one).
    const engine = placeOnDiffusionCurve(
      rogers.entries.map((e) => ({ id: e.systemId as string, score: e.overallScore })),
      { method: 'ROGERS_QUANTILES' },
    );
    expect(counts(rogers)).toEqual(engine.counts);
    expect(rogers.entries.map((e) => e.category)).toEqual(engine.placed.map((p) => p.category));
    expect(new Set(rogers.entries.map((e) => e.systemId)).size).toBe(42);
    const scores = rogers.entries.map((e) => e.overallScore as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const fixed = await landscapeOf(national, baseline, 'FIXED_THRESHOLDS');
    expect(Object.values(counts(fixed)).reduce((a, b) => a + b, 0)).toBe(42);
    expect(fixed.methodDescription).toMatch(/^Fixed score bands: innovators 80\+/);
  });

  it('scores each ICS in SQL exactly as the engine scores its answers', async () => {
    const landscape = await landscapeOf(national, baseline);
    const [assessment] = await api.database.query(
      `SELECT a.id, a.status FROM assessment a WHERE a.cycle_id = $1 AND a.system_id = $2`,
      [cycles[baseline], devon],
    );
    const answers = await api.database.query(
      `SELECT criterion_key AS "criterionKey", self_level AS "selfLevel", not_assessed AS "notAssessed", moderated_level AS "moderatedLevel"
       FROM assessment_response WHERE assessment_id = $1`,
      [assessment.id],
    );
    const expected = scoreAssessment(CANVAS_V1, { status: assessment.status, answers });
    const entry = landscape.entries.find((e) => e.systemId === devon) as Entry;
    expect(entry.overallScore).toBe(expected.overall.score);
    expect(entry.basis).toBe('MODERATED');
  });

  it('issues the same small number of SQL statements whatever the number of ICSs', async () => {
    const small = await openCycle(api.database, 'Two-ICS cycle');
    await api.database.query(`DELETE FROM assessment WHERE cycle_id = $1 AND system_id NOT IN (SELECT system_id FROM cohort_member)`, [small]);
    await api.database.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE cycle_id = $1`, [small]);
    // A published landscape would come from memory: the published-answers cache is emptied first, to count what
    // working the landscape out takes.
    const run = (cycleId: string) => {
      api.app.get(PublishedAnswersCache).invalidate();
      return statementsDuring(api.database, () => gql(api, national.token, LANDSCAPE, { cycleId, method: 'ROGERS_QUANTILES' }));
    };
    // Placing a stored cycle afresh (after a change to what counts) is a fixed number of statements too (once the
    // canvas, which each replica reads once and keeps, has been read).
    const stale = () => api.database.query(`UPDATE cycle_placement_state SET placed_changes = NULL`);
    await stale();
    await run(small);
    // Every statement of this process counts, and a job queued by an earlier test (its worker polls each second) may
    // run during one: each side is the fewer of two placings afresh, as a job can only add statements, never remove.
    const placing = async (cycleId: string) => {
      const counts: number[] = [];
      for (let i = 0; i < 2; i += 1) {
        await stale();
        counts.push((await run(cycleId)).length);
      }
      return Math.min(...counts);
    };
    const placingTwo = await placing(small);
    const placingFortyTwo = await placing(cycles[baseline]);
    expect(placingFortyTwo).toBe(placingTwo);
    await run(small); // placed again: the last placing made every cycle stale, and placed only the other
    // Reading a stored placement: the cycle, then its placed ICSs together with whether they are current.
    const forTwo = await run(small);
    const forFortyTwo = await run(cycles[baseline]);
    expect(forFortyTwo.length).toBe(forTwo.length);
    expect(forFortyTwo.length).toBeLessThanOrEqual(5);
  });

  it('shows an ICS lead their own ICS and sharers by name, the rest unnamed, and withholds regions under five ICSs', async () => {
    const landscape = await landscapeOf(lead, baseline);
    expect(landscape.entries).toHaveLength(42);
    const own = landscape.entries.filter((e) => e.own);
    expect(own.map((e) => e.name)).toEqual(['Devon']);
    const unnamed = landscape.entries.filter((e) => e.name === null);
    expect(unnamed.length).toBeGreaterThan(0);
    // An unnamed entry shows its scores, basis and category only: no id, code or region (docs/access-control.md).
    expect(unnamed.length).toBeGreaterThanOrEqual(ANONYMITY_THRESHOLD);
    expect(unnamed.every((e) => e.systemId === null && e.onsCode === null && e.regionName === null && !e.own)).toBe(true);
    const sharers = await api.database.query(`SELECT s.name FROM peer_sharing p JOIN system s ON s.id = p.system_id WHERE p.share_name_with_peers`);
    const named = landscape.entries.filter((e) => e.name !== null).map((e) => e.name).sort();
    expect(named).toEqual([...new Set(['Devon', ...sharers.map((s: { name: string }) => s.name)])].sort());
    const regions = Object.fromEntries(landscape.regionCounts.map((r) => [r.regionName, r]));
    expect(regions['North West']).toEqual({ regionName: 'North West', withheld: true, counts: [] });
    expect(regions['North East and Yorkshire'].withheld).toBe(true);
    expect(regions['Midlands'].withheld).toBe(false);
    // National viewers see every region's counts.
    expect((await landscapeOf(national, baseline)).regionCounts.every((r) => !r.withheld)).toBe(true);
  });

  it('keeps an unpublished landscape provisional: a lead sees only their own figures until it is published', async () => {
    const cycleId = await openCycle(api.database, 'Unpublished cycle');
    await api.database.query(
      `INSERT INTO assessment_response (assessment_id, criterion_key, self_level)
       SELECT a.id, key, 3 FROM assessment a, unnest($2::text[]) AS key WHERE a.cycle_id = $1`,
      [cycleId, CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key))],
    );
    await api.database.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE cycle_id = $1`, [cycleId]);
    cycles['Unpublished cycle'] = cycleId;

    const provisional = await landscapeOf(lead, 'Unpublished cycle');
    expect(provisional.published).toBe(false);
    expect(provisional.entries.map((e) => e.name)).toEqual(['Devon']);
    // Every count is over the lead's own ICS: nothing says how many others have submitted.
    expect(provisional.assessed).toBe(1);
    expect(provisional.categoryCounts.reduce((sum, c) => sum + c.count, 0)).toBe(1);
    expect(provisional.regionCounts).toEqual([{ regionName: 'South West', withheld: true, counts: [] }]);
    expect(provisional.entries[0].rank).toBe(1);
    expect(provisional.chasm.nearest.every((c) => c.name === 'Devon')).toBe(true);
    // Natural breaks would say how many distinct scores the whole cycle has (all 42 score alike): not to the lead.
    expect((await landscapeOf(national, 'Unpublished cycle', 'NATURAL_BREAKS', { k: 5 })).methodDescription).toMatch(/only 1 distinct score/);
    expect((await landscapeOf(lead, 'Unpublished cycle', 'NATURAL_BREAKS', { k: 5 })).methodDescription).toBe(
      'Natural breaks: up to 5 groups where overall scores cluster (Fisher–Jenks)',
    );
    const coachView = await landscapeOf(coach, 'Unpublished cycle');
    expect(coachView.entries.map((e) => e.name).sort()).toEqual(['Devon', 'Dorset']);
    expect(coachView.assessed).toBe(2);
    expect((await landscapeOf(national, 'Unpublished cycle')).entries).toHaveLength(42);

    const refused = await publishNow(api, lead.token, cycleId);
    expect(refused.body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const publish = await publishNow(api, national.token, cycleId);
    expect(publish.body.data?.['publishCycle']).toEqual({ publishedAt: expect.any(String) });
    expect((await landscapeOf(lead, 'Unpublished cycle')).entries).toHaveLength(42);
  });

  it('lets an ICS lead choose to be named to peers (audited), and nobody else choose for them', async () => {
    const SET = 'mutation ($s: ID!, $v: Boolean!) { setPeerSharing(systemId: $s, shareNameWithPeers: $v) }';
    expect((await gql(api, lead.token, SET, { s: devon, v: true })).body.data).toEqual({ setPeerSharing: true });
    expect((await gql(api, national.token, SET, { s: devon, v: false })).body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const [row] = await api.database.query(`SELECT share_name_with_peers FROM peer_sharing WHERE system_id = $1`, [devon]);
    expect(row.share_name_with_peers).toBe(true);
    const [audit] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'PEER_SHARING_CHANGED' AND subject_id = $1`, [devon]);
    expect(audit.n).toBe(1);
  });

  it.each([
    ['too many natural-breaks groups', { method: 'NATURAL_BREAKS', k: 7 }, 'BAD_USER_INPUT'],
    ['thresholds that do not descend', { method: 'FIXED_THRESHOLDS', t: { innovators: 50, earlyAdopters: 60, earlyMajority: 40, lateMajority: 20 } }, 'BAD_USER_INPUT'],
    ['thresholds above 100', { method: 'FIXED_THRESHOLDS', t: { innovators: 150, earlyAdopters: 60, earlyMajority: 40, lateMajority: 20 } }, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_what, variables, code) => {
    const { body } = await gql(api, national.token, LANDSCAPE, { cycleId: cycles[baseline], ...variables });
    expect(body.errors?.[0].extensions?.['code']).toBe(code);
  });

  it('names the threshold to change, in the engine’s words, in the landscape and in movement alike', async () => {
    const t = { innovators: 90, earlyAdopters: 70, earlyMajority: 70, lateMajority: 20 };
    const MOVEMENT = `query ($f: ID!, $t: ID!, $bands: FixedThresholdsInput) {
      movement(fromCycleId: $f, toCycleId: $t, method: FIXED_THRESHOLDS, thresholds: $bands) { methodDescription movedUp movedDown stayed } }`;
    const landscape = (await gql(api, national.token, LANDSCAPE, { cycleId: cycles[baseline], method: 'FIXED_THRESHOLDS', t })).body;
    const movement = (await gql(api, national.token, MOVEMENT, { f: cycles[baseline], t: cycles[DEMO_HISTORY_CYCLES[2].name], bands: t })).body;
    for (const body of [landscape, movement]) {
      expect(body.errors?.[0].message).toBe('The early majority threshold must be lower than the early adopters threshold.');
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thresholds.earlyMajority' });
    }
    // Good bands are used by both, and named in the method's description.
    const bands = { innovators: 90, earlyAdopters: 70, earlyMajority: 50, lateMajority: 20 };
    const moved = (await gql(api, national.token, MOVEMENT, { f: cycles[baseline], t: cycles[DEMO_HISTORY_CYCLES[2].name], bands })).body;
    expect(moved.errors).toBeUndefined();
    const description = 'Fixed score bands: innovators 90+, early adopters 70+, early majority 50+, late majority 20+, laggards below 20';
    expect((moved.data?.['movement'] as { methodDescription: string }).methodDescription).toBe(description);
    const placed = (await gql(api, national.token, LANDSCAPE, { cycleId: cycles[baseline], method: 'FIXED_THRESHOLDS', t: bands })).body;
    expect((placed.data?.['landscape'] as { methodDescription: string }).methodDescription).toBe(description);
  });

  it('answers an unknown cycle with NOT_FOUND', async () => {
    const { body } = await gql(api, national.token, LANDSCAPE, { cycleId: '00000000-0000-4000-8000-00000000000a', method: 'ROGERS_QUANTILES' });
    expect(body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });

  describe('the ICS profile and movement between cycles', () => {
    const PROFILE = `query ($s: ID!) { systemProfile(systemId: $s) {
      system { name }
      cycles { cycle { name } published overallScore basis category progress { domainKey delta }
        peers { group groupName figures { domainKey score withheld count median lowerQuartile upperQuartile percentileRank } } }
      calibrationCycleName calibration { domainKey meanGap count }
      peerMatches { domainKey score matches { name category score } } } }`;
    interface Profile {
      system: { name: string };
      cycles: {
        cycle: { name: string };
        published: boolean;
        overallScore: number;
        category: string;
        progress: { domainKey: string; delta: number | null }[];
        peers: { group: string; groupName: string; figures: { domainKey: string; withheld: boolean; count: number | null; median: number | null; percentileRank: number | null }[] }[];
      }[];
      calibrationCycleName: string | null;
      calibration: { domainKey: string; meanGap: number | null; count: number }[];
      peerMatches: { domainKey: string; matches: { name: string }[] }[];
    }

    it('gives Devon its scores in every cycle, against all ICSs, its region and its category, with progress', async () => {
      const { body } = await gql(api, national.token, PROFILE, { s: devon });
      const profile = body.data?.['systemProfile'] as Profile;
      expect(profile.system.name).toBe('Devon');
      const history = profile.cycles.filter((c) => DEMO_HISTORY_CYCLES.some((h) => h.name === c.cycle.name));
      expect(history.map((c) => c.cycle.name)).toEqual(DEMO_HISTORY_CYCLES.map((c) => c.name));
      expect(profile.cycles[0].progress).toEqual([]);
      const overallDelta = profile.cycles[1].progress.find((p) => p.domainKey === 'overall')?.delta;
      expect(overallDelta).toBeCloseTo(profile.cycles[1].overallScore - profile.cycles[0].overallScore, 9);
      const [nationalGroup, region] = profile.cycles[0].peers;
      expect(nationalGroup).toMatchObject({ group: 'NATIONAL', groupName: 'All ICSs' });
      expect(nationalGroup.figures[0]).toMatchObject({ domainKey: 'overall', withheld: false, count: 42 });
      expect(region).toMatchObject({ group: 'REGION', groupName: 'South West' });
      expect(region.figures[0].count).toBe(7);
      expect(profile.calibrationCycleName).toBe(DEMO_HISTORY_CYCLES[2].name);
      expect(profile.calibration[0].domainKey).toBe('overall');
      expect(profile.calibration[0].meanGap).toBeGreaterThanOrEqual(0); // self-assessed levels run rosier in the demo data
      // Devon is early on the curve: a weak domain is listed only with a peer further along that is stronger in it.
      for (const domain of profile.peerMatches) expect(domain.matches.length).toBeGreaterThan(0);
    });

    it('names as peers to learn from only ICSs the viewer may see by name', async () => {
      const { body } = await gql(api, lead.token, PROFILE, { s: devon });
      const profile = body.data?.['systemProfile'] as Profile;
      const sharers = new Set(
        (await api.database.query(`SELECT s.name FROM peer_sharing p JOIN system s ON s.id = p.system_id WHERE p.share_name_with_peers`)).map(
          (r: { name: string }) => r.name,
        ),
      );
      for (const domain of profile.peerMatches) for (const match of domain.matches) expect(sharers.has(match.name)).toBe(true);
    });

    it('lists as peers to learn from only weak domains that have a peer, each peer with a name (Frimley, far along the curve)', async () => {
      const frimley = await systemId(api.database, 'Frimley');
      const frimleyLead = await createPerson(api.database, 'Frimley lead', [{ role: 'ICS_LEAD', systemId: frimley }]);
      for (const who of [national, frimleyLead]) {
        const { body } = await gql(api, who.token, PROFILE, { s: frimley });
        const profile = body.data?.['systemProfile'] as Profile;
        for (const domain of profile.peerMatches) {
          expect(domain.matches.length).toBeGreaterThan(0);
          for (const match of domain.matches) expect(match.name).not.toBe('');
        }
      }
      // An ICS late on the curve has peers to learn from in its weakest domains. Peers come from the ICS's latest
      // published cycle, and an earlier test published a newer one where all 42 score alike (nobody to learn from), so
      // this laggard's assessment there is taken back to a draft first: 2023 is then its latest published cycle.
      const latest = await landscapeOf(national, DEMO_HISTORY_CYCLES[2].name);
      const laggard = latest.entries.find((e) => e.category === 'LAGGARDS');
      await api.database.query(`UPDATE assessment SET status = 'DRAFT' WHERE system_id = $1 AND cycle_id = $2`, [
        laggard?.systemId,
        cycles['Unpublished cycle'],
      ]);
      const { body } = await gql(api, national.token, PROFILE, { s: laggard?.systemId });
      const profile = body.data?.['systemProfile'] as Profile;
      expect(profile.cycles.filter((c) => c.published).at(-1)?.cycle.name).toBe(DEMO_HISTORY_CYCLES[2].name);
      expect(profile.peerMatches.length).toBeGreaterThan(0);
    });

    it("refuses another ICS's profile to an ICS lead as if it did not exist", async () => {
      const kent = await systemId(api.database, 'Kent and Medway');
      const { body } = await gql(api, lead.token, PROFILE, { s: kent });
      expect(body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });

    it('counts category movements from 2021 to 2023 over all 42 ICSs', async () => {
      const MOVEMENT = `query ($f: ID!, $t: ID!) { movement(fromCycleId: $f, toCycleId: $t) { methodDescription movedUp movedDown stayed
        cells { from to count } moves { name from to direction } } }`;
      const { body } = await gql(api, national.token, MOVEMENT, { f: cycles[DEMO_HISTORY_CYCLES[0].name], t: cycles[DEMO_HISTORY_CYCLES[2].name] });
      const movement = body.data?.['movement'] as { movedUp: number; movedDown: number; stayed: number; cells: { count: number }[]; moves: { name: string | null }[] };
      expect(movement.movedUp + movement.movedDown + movement.stayed).toBe(42);
      expect(movement.cells.reduce((sum, c) => sum + c.count, 0)).toBe(42);
      expect(movement.moves).toHaveLength(42);
      const asLead = await gql(api, lead.token, MOVEMENT, { f: cycles[DEMO_HISTORY_CYCLES[0].name], t: cycles[DEMO_HISTORY_CYCLES[2].name] });
      const leadMoves = (asLead.body.data?.['movement'] as { moves: { name: string | null }[] }).moves;
      expect(leadMoves.filter((m) => m.name !== null).length).toBeLessThan(42);
      // Unnamed moves carry no region either.
      const REGIONS = `query ($f: ID!, $t: ID!) { movement(fromCycleId: $f, toCycleId: $t) { moves { name regionName } } }`;
      const withRegions = await gql(api, lead.token, REGIONS, { f: cycles[DEMO_HISTORY_CYCLES[0].name], t: cycles[DEMO_HISTORY_CYCLES[2].name] });
      const moves = (withRegions.body.data?.['movement'] as { moves: { name: string | null; regionName: string | null }[] }).moves;
      expect(moves.filter((m) => m.name === null).length).toBeGreaterThanOrEqual(ANONYMITY_THRESHOLD);
      expect(moves.every((m) => (m.name === null) === (m.regionName === null))).toBe(true);
    });

    const WHO_MOVED = `query ($f: ID!, $t: ID!) { movement(fromCycleId: $f, toCycleId: $t) { movedUp movedDown stayed
      moves { systemId name regionName cohortNames fromScore toScore from to direction } } }`;
    interface Move {
      systemId: string | null;
      name: string | null;
      regionName: string | null;
      cohortNames: string[];
      fromScore: number | null;
      toScore: number | null;
      from: string;
      to: string;
      direction: string;
    }

    it('shows the national viewer which ICSs moved, each with its region, cohorts, categories and scores in both cycles', async () => {
      const [first, , last] = DEMO_HISTORY_CYCLES.map((c) => c.name);
      const { body } = await gql(api, national.token, WHO_MOVED, { f: cycles[first], t: cycles[last] });
      const moves = (body.data?.['movement'] as { moves: Move[] }).moves;
      expect(moves).toHaveLength(42);
      expect(moves.every((m) => m.name !== null && m.systemId !== null && m.regionName !== null)).toBe(true);
      // Each move is the ICS's own: its category in each cycle as the landscape of that cycle places it.
      const before = await landscapeOf(national, first);
      const after = await landscapeOf(national, last);
      for (const move of moves) {
        const was = before.entries.find((e) => e.systemId === move.systemId);
        const is = after.entries.find((e) => e.systemId === move.systemId);
        expect(move).toMatchObject({ name: is?.name, regionName: is?.regionName, from: was?.category, to: is?.category });
        expect(move.fromScore).toBeCloseTo(was?.overallScore ?? NaN, 9);
        expect(move.toScore).toBeCloseTo(is?.overallScore ?? NaN, 9);
      }
      expect(moves.filter((m) => m.direction === 'UP')).toHaveLength((body.data?.['movement'] as { movedUp: number }).movedUp);
      expect(moves.find((m) => m.name === 'Devon')?.cohortNames).toContain('Two ICSs');
    });

    it('shows a lead the ICSs that keep their name private with their move only: no id, region, cohort or score', async () => {
      const [first, , last] = DEMO_HISTORY_CYCLES.map((c) => c.name);
      const { body } = await gql(api, lead.token, WHO_MOVED, { f: cycles[first], t: cycles[last] });
      const moves = (body.data?.['movement'] as { moves: Move[] }).moves;
      const unnamed = moves.filter((m) => m.name === null);
      expect(unnamed.length).toBeGreaterThan(0);
      for (const m of unnamed) expect(m).toMatchObject({ systemId: null, regionName: null, cohortNames: [], fromScore: null, toScore: null });
      expect(moves.find((m) => m.name === 'Devon')).toMatchObject({ regionName: 'South West' });
      // Ordered by what each move shows: its categories, then named ones A to Z before the unnamed ones of the same move.
      const order = ADOPTER_CATEGORIES as readonly string[];
      const keyOf = (m: Move) => `${order.indexOf(m.from)}${order.indexOf(m.to)}${m.name === null ? '1' : `0${m.name}`}`;
      const keys = moves.map(keyOf);
      expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en-GB')));
    });

    it('refuses a "from" cycle later than the "to" cycle with BAD_USER_INPUT on fromCycleId, for every role', async () => {
      const [first, , last] = DEMO_HISTORY_CYCLES.map((c) => c.name);
      for (const who of [national, lead]) {
        const { body } = await gql(api, who.token, WHO_MOVED, { f: cycles[last], t: cycles[first] });
        expect(body.data).toBeNull();
        expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromCycleId' });
        expect(body.errors?.[0].message).toBe(`Choose a "from" cycle that comes before ${first}.`);
      }
    });
  });
});
