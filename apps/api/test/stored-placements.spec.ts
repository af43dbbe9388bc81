import { CANVAS_V1, DEMO_HISTORY_CYCLES, PIONEERS_COHORT } from '@idt/domain';
import {
  ADOPTER_CATEGORY_LABELS,
  AdopterCategory,
  peerMatches,
  peerPosition,
  PeerPositionEntry,
  placeOnDiffusionCurve,
  scoreAssessment,
  toScoreProfile,
} from '@idt/maturity';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database.options';
import { MIGRATIONS } from '../src/database/migrations';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, createCohort, createPerson, fingerprint, gql, openCycle, Person, setStatus, systemId } from './support/world';

const PROFILE = `query ($s: ID!) { systemProfile(systemId: $s) {
  cycles { cycle { id name } published overallScore basis category domainScores { domainKey score incomplete }
    peers { group groupKey groupName figures { domainKey score withheld count median lowerQuartile upperQuartile percentileRank } } }
  peerMatches { domainKey score matches { systemId name category score } } } }`;

interface Figure {
  domainKey: string;
  score: number | null;
  withheld: boolean;
  count: number | null;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
  percentileRank: number | null;
}
interface ProfileCycle {
  cycle: { id: string; name: string };
  published: boolean;
  overallScore: number | null;
  basis: string;
  category: AdopterCategory | null;
  domainScores: { domainKey: string; score: number | null; incomplete: boolean }[];
  peers: { group: string; groupKey: string; groupName: string; figures: Figure[] }[];
}
interface Profile {
  cycles: ProfileCycle[];
  peerMatches: { domainKey: string; score: number; matches: { systemId: string; name: string; category: string; score: number }[] }[];
}

const COUNTED = ['SUBMITTED', 'IN_REVIEW', 'VALIDATED'];

/**
 * The ICS profile reads stored placements (migration 1763860000000). These tests hold them to the engine run afresh on
 * every answer, and check that they are rebuilt exactly when what counts changes.
 */
describe('stored placements behind the ICS profile (real PostgreSQL)', () => {
  let api: TestApp;
  let national: Person;
  let lead: Person;
  let devon: string;

  beforeAll(async () => {
    api = await startTestApp({ seedDemoData: true });
    devon = await systemId(api.database, 'Devon');
    national = await createPerson(api.database, 'National', [{ role: 'NATIONAL' }]);
    lead = await createPerson(api.database, 'Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
  });
  afterAll(async () => {
    await api.close();
  });

  const profileOf = async (who: Person, system = devon): Promise<Profile> => {
    const { body } = await gql(api, who.token, PROFILE, { s: system });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.['systemProfile'] as Profile;
  };

  /** A cycle placed the slow, obvious way: every answer read, scored by the engine, every peer group compared naively. */
  const placedAfresh = async (cycleId: string) => {
    const rows: { systemId: string; name: string; regionName: string; status: string; sharesName: boolean; answers: never[] }[] =
      await api.database.query(
        `SELECT a.system_id AS "systemId", s.name, rg.name AS "regionName", a.status, COALESCE(ps.share_name_with_peers, false) AS "sharesName",
           COALESCE((SELECT json_agg(json_build_object('criterionKey', r.criterion_key, 'selfLevel', r.self_level, 'notAssessed', r.not_assessed,
             'moderatedLevel', r.moderated_level)) FROM assessment_response r WHERE r.assessment_id = a.id), '[]') AS answers
         FROM assessment a JOIN system s ON s.id = a.system_id JOIN region rg ON rg.id = s.region_id
         LEFT JOIN peer_sharing ps ON ps.system_id = s.id
         WHERE a.cycle_id = $1 AND a.status = ANY($2::text[])`,
        [cycleId, COUNTED],
      );
    const items = rows.map((row) => {
      const scores = scoreAssessment(CANVAS_V1, { status: row.status as 'SUBMITTED', answers: row.answers });
      return { ...row, scores, profile: toScoreProfile(scores) };
    });
    const placement = placeOnDiffusionCurve(items.map((i) => ({ id: i.systemId, score: i.scores.overall.score })), { method: 'ROGERS_QUANTILES' });
    const categoryOf = (id: string) => placement.placed.find((p) => p.id === id)?.category ?? null;
    return { items, categoryOf };
  };

  const expectedFigures = (own: { profile: ReturnType<typeof toScoreProfile> }, group: { profile: ReturnType<typeof toScoreProfile> }[]): Figure[] => {
    const position = peerPosition(own.profile, group.map((g) => g.profile));
    const figure = (domainKey: string, entry: PeerPositionEntry): Figure => ({
      domainKey,
      score: entry.score,
      withheld: entry.group.withheld,
      count: entry.group.withheld ? null : entry.group.count,
      median: entry.group.withheld ? null : entry.group.median,
      lowerQuartile: entry.group.withheld ? null : entry.group.lowerQuartile,
      upperQuartile: entry.group.withheld ? null : entry.group.upperQuartile,
      percentileRank: entry.group.withheld || entry.percentileRank.withheld ? null : entry.percentileRank.percentileRank,
    });
    return [figure('overall', position.overall), ...position.domains.map((d) => figure(d.domainKey, d))];
  };

  it('gives, in every cycle, the figures the engine gives when run afresh on every answer', async () => {
    const profile = await profileOf(national);
    const [pioneers] = await api.database.query(`SELECT id FROM cohort WHERE name = $1`, [PIONEERS_COHORT.name]);
    const pioneerIds = new Set(await Promise.all(PIONEERS_COHORT.systemNames.map((name) => systemId(api.database, name))));
    expect(pioneerIds.has(devon)).toBe(true);
    expect(profile.cycles.map((c) => c.cycle.name)).toEqual(expect.arrayContaining(DEMO_HISTORY_CYCLES.map((c) => c.name)));
    for (const cycle of profile.cycles) {
      const { items, categoryOf } = await placedAfresh(cycle.cycle.id);
      const own = items.find((i) => i.systemId === devon)!;
      const category = categoryOf(devon);
      expect(cycle.overallScore).toBe(own.scores.overall.score);
      expect(cycle.basis).toBe(own.scores.basis);
      expect(cycle.category).toBe(category);
      expect(cycle.domainScores).toEqual(own.scores.domains.map((d) => ({ domainKey: d.domainKey, score: d.score, incomplete: d.incomplete })));
      expect(cycle.peers).toEqual([
        { group: 'NATIONAL', groupKey: 'NATIONAL', groupName: 'All ICSs', figures: expectedFigures(own, items) },
        {
          group: 'REGION',
          groupKey: `REGION:${own.regionName}`,
          groupName: own.regionName,
          figures: expectedFigures(own, items.filter((i) => i.regionName === own.regionName)),
        },
        // PRODUCT §4: its cohort too (Devon is one of the nine Pioneers).
        {
          group: 'COHORT',
          groupKey: `COHORT:${pioneers.id}`,
          groupName: PIONEERS_COHORT.name,
          figures: expectedFigures(own, items.filter((i) => pioneerIds.has(i.systemId))),
        },
        ...(category
          ? [{
              group: 'CATEGORY',
              groupKey: `CATEGORY:${category}`,
              groupName: ADOPTER_CATEGORY_LABELS[category],
              figures: expectedFigures(own, items.filter((i) => categoryOf(i.systemId) === category)),
            }]
          : []),
      ]);
      expect(cycle.peers.find((p) => p.group === 'COHORT')?.figures[0].count).toBe(items.filter((i) => pioneerIds.has(i.systemId)).length);
    }
  });

  it.each([
    ['a national viewer, who may see every ICS by name', () => national],
    ['the ICS lead, who sees by name only ICSs that chose to share', () => lead],
  ])('suggests, to %s, the peers the engine suggests from the whole latest published cycle', async (_, who) => {
    const viewer = who();
    const profile = await profileOf(viewer);
    const latest = [...profile.cycles].reverse().find((c) => c.published)!;
    const { items, categoryOf } = await placedAfresh(latest.cycle.id);
    // PRODUCT §1: a national viewer sees every ICS by name; an ICS lead, their own and those that chose to share.
    const named = items.filter((i) => viewer === national || i.systemId === devon || i.sharesName);
    const own = items.find((i) => i.systemId === devon)!;
    const expected = peerMatches(
      { id: devon, category: categoryOf(devon), profile: own.profile },
      named.map((i) => ({ id: i.systemId, category: categoryOf(i.systemId), profile: i.profile })),
    );
    expect(expected.some((d) => d.matches.length > 0)).toBe(true);
    expect(profile.peerMatches).toEqual(
      expected.map((d) => ({
        domainKey: d.domainKey,
        score: d.score,
        matches: d.matches.map((m) => ({ systemId: m.id, name: items.find((i) => i.systemId === m.id)!.name, category: m.category, score: m.score })),
      })),
    );
  });

  describe('when what counts changes', () => {
    let cycleId: string;
    const others = ['Dorset', 'Somerset', 'Cornwall and the Isles of Scilly', 'Gloucestershire', 'Kent and Medway'];
    const countedChanges = async () =>
      Number((await api.database.query(`SELECT counted_changes FROM cycle_placement_state WHERE cycle_id = $1`, [cycleId]))[0]?.counted_changes ?? 0);
    const nationalCount = (profile: Profile) =>
      profile.cycles.find((c) => c.cycle.id === cycleId)?.peers.find((p) => p.group === 'NATIONAL')?.figures[0].count ?? null;

    beforeAll(async () => {
      cycleId = await openCycle(api.database, 'Stored placements cycle', '2026-09-01');
      const keys = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
      for (const name of others) {
        const assessment = await assessmentOf(api.database, cycleId, await systemId(api.database, name));
        await answerAll(api.database, assessment.id, keys);
        await setStatus(api.database, assessment.id, 'SUBMITTED');
      }
      await answerAll(api.database, (await assessmentOf(api.database, cycleId, devon)).id, keys);
    });

    it('counts a submission through the API, and the next profile read shows it', async () => {
      const before = await countedChanges();
      const assessment = await assessmentOf(api.database, cycleId, devon);
      const { body } = await gql(
        api,
        lead.token,
        `mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { status } }`,
        { input: { assessmentId: assessment.id, expectedVersion: assessment.version, transition: 'SUBMIT', declarationConfirmed: true } },
      );
      expect(body.errors).toBeUndefined();
      expect(await countedChanges()).toBe(before + 1);
      expect(nationalCount(await profileOf(national))).toBe(6);
    });

    it('does not count a change to a draft (nothing that counts has changed)', async () => {
      const before = await countedChanges();
      const draft = await assessmentOf(api.database, cycleId, await systemId(api.database, 'Norfolk and Waveney'));
      await api.database.query(`UPDATE assessment SET version = version + 1 WHERE id = $1`, [draft.id]);
      await setStatus(api.database, draft.id, 'RETURNED');
      expect(await countedChanges()).toBe(before);
    });

    it('leaves out an assessment returned to its ICS, as soon as the profile is read again', async () => {
      const dorset = await assessmentOf(api.database, cycleId, await systemId(api.database, 'Dorset'));
      await setStatus(api.database, dorset.id, 'RETURNED');
      expect(nationalCount(await profileOf(national))).toBe(5);
    });

    it('is rebuilt once when many read it at once, and all of them see the same figures', async () => {
      const dorset = await assessmentOf(api.database, cycleId, await systemId(api.database, 'Dorset'));
      await setStatus(api.database, dorset.id, 'SUBMITTED');
      const profiles = await Promise.all(Array.from({ length: 6 }, () => profileOf(national)));
      for (const p of profiles) expect(p).toEqual(profiles[0]);
      expect(nationalCount(profiles[0])).toBe(6);
      const [state] = await api.database.query(`SELECT counted_changes = placed_changes AS current FROM cycle_placement_state WHERE cycle_id = $1`, [cycleId]);
      expect(state.current).toBe(true);
      const [{ n }] = await api.database.query(`SELECT count(*)::int AS n FROM cycle_placement WHERE cycle_id = $1`, [cycleId]);
      expect(n).toBe(6);
    });
  });

  describe('from the previous release (the schema before stored placements), with data already in it', () => {
    let cycleId: string;
    /** Migrations run as the database's owner (the API's own role owns nothing: ADR 0034). */
    let owner: DataSource;
    beforeAll(async () => {
      owner = await new DataSource(databaseOptions(api.databaseUrl)).initialize();
    });
    afterAll(async () => {
      await owner.destroy();
    });
    const latestCycle = async () =>
      (await owner.query(`SELECT id FROM assessment_cycle WHERE published_at IS NOT NULL ORDER BY opens_on DESC LIMIT 1`))[0].id as string;
    const counted = async () =>
      Number((await owner.query(`SELECT count(*) AS n FROM assessment WHERE cycle_id = $1 AND status = ANY($2::text[])`, [cycleId, COUNTED]))[0].n);

    it('migrates forward, keeps every row, and places what was counted under the old schema', async () => {
      cycleId = await latestCycle();
      const before = await profileOf(national);
      // Named before going back: the ICS table had another name then.
      const dorsetId = await systemId(owner, 'Dorset');
      // Back to the previous release: the stored placements (and any later migration) and their triggers are gone.
      const storedPlacements = MIGRATIONS.findIndex((m) => m.name === 'StoredPlacements1763860000000');
      expect(storedPlacements).toBeGreaterThan(0);
      for (let i = storedPlacements; i < MIGRATIONS.length; i++) await owner.undoLastMigration();
      const tables: { name: string }[] = await owner.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE 'cycle_place%'`);
      expect(tables).toEqual([]);
      // Under it, an ICS's assessment is returned: no trigger counts that change.
      const dorset = await assessmentOf(owner, cycleId, dorsetId);
      const countedBefore = await counted();
      await setStatus(owner, dorset.id, 'RETURNED');
      expect(await counted()).toBe(countedBefore - 1);
      // Every row kept: the tables as they were (later migrations add tables, and columns to cycles and accounts:
      // those tables are compared on the columns they had).
      const cycleColumns = () =>
        owner.query(`SELECT id, name, framework_id, opens_on, closes_on, cohort_id, published_at, illustrative FROM assessment_cycle ORDER BY id`);
      const accountColumns = () => owner.query(`SELECT id, email, name, password_hash, created_at FROM user_account ORDER BY id`);
      const { assessment_cycle: _cycles, user_account: _accounts, ...data } = await fingerprint(owner);
      const cyclesBefore = await cycleColumns();
      const accountsBefore = await accountColumns();

      await owner.runMigrations();
      const migrated = await fingerprint(owner);
      expect(Object.fromEntries(Object.keys(data).map((table) => [table, migrated[table]]))).toEqual(data);
      expect(await cycleColumns()).toEqual(cyclesBefore);
      expect(await accountColumns()).toEqual(accountsBefore);
      const after = await profileOf(national);
      const nationalIn = (profile: Profile) => profile.cycles.find((c) => c.cycle.id === cycleId)?.peers.find((p) => p.group === 'NATIONAL')?.figures[0].count;
      expect(nationalIn(before)).toBe(countedBefore);
      expect(nationalIn(after)).toBe(countedBefore - 1);
      // The other cycles are placed as they were.
      expect(after.cycles.filter((c) => c.cycle.id !== cycleId)).toEqual(before.cycles.filter((c) => c.cycle.id !== cycleId));
      await setStatus(owner, dorset.id, 'VALIDATED');
    });
  });

  it("gives the ICS lead region and cohort figures over only the ICSs they see by name, labelled so", async () => {
    const profile = await profileOf(lead);
    const [pioneers] = await api.database.query(`SELECT id FROM cohort WHERE name = $1`, [PIONEERS_COHORT.name]);
    const pioneerIds = new Set(await Promise.all(PIONEERS_COHORT.systemNames.map((name) => systemId(api.database, name))));
    const latest = [...profile.cycles].reverse().find((c) => c.published)!;
    const { items } = await placedAfresh(latest.cycle.id);
    const own = items.find((i) => i.systemId === devon)!;
    // Published, and more than five ICSs keep their name private: the nation counts everyone shown, i.e. every ICS.
    const named = items.filter((i) => i.systemId === devon || i.sharesName);
    expect(items.length - named.length).toBeGreaterThanOrEqual(5);
    expect(latest.peers.slice(0, 3)).toEqual([
      { group: 'NATIONAL', groupKey: 'NATIONAL', groupName: 'All ICSs', figures: expectedFigures(own, items) },
      {
        group: 'REGION',
        groupKey: `REGION:${own.regionName}`,
        groupName: `ICSs in the ${own.regionName} that you see by name`,
        figures: expectedFigures(own, named.filter((i) => i.regionName === own.regionName)),
      },
      {
        group: 'COHORT',
        groupKey: `COHORT:${pioneers.id}`,
        groupName: `ICSs in ${PIONEERS_COHORT.name} that you see by name`,
        figures: expectedFigures(own, named.filter((i) => pioneerIds.has(i.systemId))),
      },
    ]);
  });

  describe('against each of its cohorts', () => {
    it('withholds a cohort of fewer than five placed ICSs, and lists the cohorts by name after the region', async () => {
      const small = ['Dorset', 'Somerset'];
      await createCohort(api.database, 'A small cohort', [devon, ...(await Promise.all(small.map((n) => systemId(api.database, n))))]);
      const profile = await profileOf(national);
      const latest = [...profile.cycles].reverse().find((c) => c.published)!;
      expect(latest.peers.map((p) => p.groupName).slice(0, 4)).toEqual(['All ICSs', latest.peers[1].groupName, 'A small cohort', PIONEERS_COHORT.name]);
      const smallCohort = latest.peers.find((p) => p.groupName === 'A small cohort')!;
      expect(smallCohort.group).toBe('COHORT');
      // Three ICSs: nothing about them is shown but Devon's own scores.
      for (const f of smallCohort.figures) {
        expect(f).toMatchObject({ withheld: true, count: null, median: null, lowerQuartile: null, upperQuartile: null, percentileRank: null });
      }
      expect(smallCohort.figures.map((f) => f.score)).toEqual(latest.peers[0].figures.map((f) => f.score));
      // The ICS lead sees its cohorts too, in a published cycle.
      expect((await profileOf(lead)).cycles.find((c) => c.cycle.id === latest.cycle.id)?.peers.map((p) => p.group)).toContain('COHORT');
    });
  });

  describe('the evidence summary', () => {
    it('counts, per domain of the latest counted assessment, the answers with evidence, with links and not assessed', async () => {
      const EVIDENCE = `query ($s: ID!) { systemProfile(systemId: $s) {
        cycles { cycle { id name } } evidenceCycleName evidence { domainKey criteria withEvidence withLinks notAssessed } } }`;
      const first = async () => {
        const { body } = await gql(api, lead.token, EVIDENCE, { s: devon });
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return body.data?.['systemProfile'] as {
          cycles: { cycle: { id: string; name: string } }[];
          evidenceCycleName: string | null;
          evidence: { domainKey: string; criteria: number; withEvidence: number; withLinks: number; notAssessed: number }[];
        };
      };
      const latest = (await first()).cycles.at(-1)!.cycle;
      // Vary Devon's answers there: some without evidence, some with links, one not assessed.
      const [assessment] = await api.database.query(`SELECT id FROM assessment WHERE system_id = $1 AND cycle_id = $2`, [devon, latest.id]);
      const [d1, d2] = CANVAS_V1.domains;
      await api.database.query(`UPDATE assessment_response SET evidence = '  ' WHERE assessment_id = $1 AND criterion_key = $2`, [assessment.id, d1.criteria[0].key]);
      await api.database.query(`UPDATE assessment_response SET links = '{https://www.example.nhs.uk/plan}' WHERE assessment_id = $1 AND criterion_key = ANY($2)`, [
        assessment.id,
        d2.criteria.map((c) => c.key),
      ]);
      await api.database.query(`UPDATE assessment_response SET not_assessed = true, self_level = NULL WHERE assessment_id = $1 AND criterion_key = $2`, [
        assessment.id,
        d2.criteria[0].key,
      ]);

      const profile = await first();
      expect(profile.evidenceCycleName).toBe(latest.name);
      const rows: { criterion_key: string; evidence: string; links: string[]; not_assessed: boolean }[] = await api.database.query(
        `SELECT criterion_key, evidence, links, not_assessed FROM assessment_response WHERE assessment_id = $1`,
        [assessment.id],
      );
      expect(profile.evidence).toEqual(
        CANVAS_V1.domains.map((d) => {
          const inDomain = rows.filter((r) => r.criterion_key.startsWith(`${d.key}.`));
          return {
            domainKey: d.key,
            criteria: d.criteria.length,
            withEvidence: inDomain.filter((r) => r.evidence.trim() !== '').length,
            withLinks: inDomain.filter((r) => r.links.length > 0).length,
            notAssessed: inDomain.filter((r) => r.not_assessed).length,
          };
        }),
      );
      // Hand-checked for the two domains changed: answered everywhere, with evidence on all but one.
      expect(profile.evidence[0]).toMatchObject({ criteria: d1.criteria.length, withEvidence: d1.criteria.length - 1, withLinks: 0, notAssessed: 0 });
      expect(profile.evidence[1]).toMatchObject({ withLinks: d2.criteria.length, notAssessed: 1 });
    });
  });
});
