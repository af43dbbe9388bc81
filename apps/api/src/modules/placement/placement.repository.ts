import {
  ADOPTER_CATEGORIES,
  AdopterCategory,
  CriterionAnswer,
  CyclePlacement,
  PeerGroupKind,
  PeerRanks,
  PlacedPeerGroup,
  ScoreBasis,
  ScoreProfile,
  SystemTally,
} from '@idt/maturity';
import { ASSESSMENT_STATUSES, AssessmentStatus } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, run } from '../../database/typed-sql';
import { AcrossEverySystem } from '../../database/database-scope';

/** One ICS's domain scores as stored, in the framework's domain order. */
export type StoredDomainScores = readonly { readonly domainKey: string; readonly score: number | null; readonly incomplete: boolean }[];

/** One ICS's stored placement in one cycle. */
export interface StoredPlacement {
  readonly systemId: string;
  readonly basis: ScoreBasis;
  readonly overallScore: number | null;
  /** By Rogers' quantiles; null when it has no overall score. */
  readonly category: AdopterCategory | null;
  readonly domainScores: StoredDomainScores;
  readonly profile: ScoreProfile;
  readonly peerRanks: readonly PeerRanks[];
}

/** A peer group's stored figures in one cycle: the nation, a region, or an adopter category. */
export type StoredPeerGroup = PlacedPeerGroup;

/** One placed ICS of a cycle with what a landscape or movement shows of it and decides its visibility by. */
export interface PlacedEntry {
  readonly cycleId: string;
  readonly systemId: string;
  readonly name: string;
  readonly onsCode: string;
  readonly regionName: string;
  readonly sharesName: boolean;
  readonly basis: ScoreBasis;
  readonly overallScore: number | null;
  readonly category: AdopterCategory | null;
  readonly domainScores: StoredDomainScores;
}

/** A cohort member's stored placement, with the facts that decide whether the reader may see it. */
export interface PlacedMember {
  readonly cycleId: string;
  readonly systemId: string;
  readonly status: AssessmentStatus;
  readonly recordedOnBehalfBy: string | null;
  readonly basis: ScoreBasis;
  readonly overallScore: number | null;
  readonly category: AdopterCategory | null;
  readonly domainScores: StoredDomainScores;
  readonly profile: ScoreProfile;
}

/** A candidate peer to learn from, as stored: its category, scores, and whether it agreed to be named. */
export interface StoredPeerCandidate {
  readonly systemId: string;
  readonly name: string;
  readonly category: AdopterCategory;
  readonly profile: ScoreProfile;
  readonly sharesName: boolean;
}

/** One ICS placed in one cycle, as `populationOf` reads it. */
export interface PlacedPopulationMember {
  readonly cycleId: string;
  readonly systemId: string;
  readonly regionName: string;
  readonly sharesName: boolean;
  readonly category: AdopterCategory | null;
  readonly profile: ScoreProfile;
}

/**
 * The placement aggregate: the only statement that reads answers to place ICSs. One row per ICS whose assessment
 * counts (`assessment_status_counts`, migration 1763940000000: the one place that rule is written), with its answers'
 * facts grouped by domain (a criterion key's first part: the framework validator guarantees `domain.criterion` keys),
 * whether moderated and whether "not assessed": counts and sums, with no rule applied. Which level counts is applied
 * by the engine (`countedTallies`). One statement, whatever the number of ICSs, never every answer into memory.
 */
export const PLACEMENT_TALLIES = defineQuery<[cycleId: string]>()({
  name: 'placement.tallies',
  text: `SELECT a.system_id AS "systemId", rg.name AS "regionName", a.status,
      COALESCE((
        SELECT json_agg(json_build_object('domainKey', t.domain_key, 'moderated', t.moderated, 'notAssessed', t.not_assessed,
                 'answers', t.answers, 'selfAssessed', t.self_assessed, 'selfLevelSum', t.self_level_sum,
                 'moderatedLevelSum', t.moderated_level_sum))
        FROM (
          SELECT split_part(r.criterion_key, '.', 1) AS domain_key, r.moderated_level IS NOT NULL AS moderated, r.not_assessed,
            count(*)::int AS answers, count(r.self_level)::int AS self_assessed,
            COALESCE(sum(r.self_level), 0)::int AS self_level_sum, COALESCE(sum(r.moderated_level), 0)::int AS moderated_level_sum
          FROM assessment_response r
          WHERE r.assessment_id = a.id
          GROUP BY 1, 2, 3
        ) t
      ), '[]') AS "answerGroups"
    FROM assessment a
    JOIN system s ON s.id = a.system_id
    JOIN region rg ON rg.id = s.region_id
    WHERE a.cycle_id = $1::uuid AND assessment_status_counts(a.status)
    ORDER BY a.system_id`,
  columns: { systemId: col.uuid, regionName: col.text, status: col.text, answerGroups: col.json<SystemTally['answerGroups']>() },
});

const STALE_CYCLES = defineQuery<[cycleIds: readonly string[]]>()({
  name: 'placement.staleCycles',
  text: `SELECT c.id AS "cycleId" FROM unnest($1::uuid[]) AS c (id)
         LEFT JOIN cycle_placement_state s ON s.cycle_id = c.id
         WHERE s.placed_changes IS NULL OR s.placed_changes <> s.counted_changes`,
  columns: { cycleId: col.uuid },
});

const LOCK_CYCLE = defineQuery<[lockKey: string]>()({
  name: 'placement.lockCycle',
  text: `SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))) l`,
  columns: { locked: col.int },
});

/** The aggregate and the change count it reflects, read in one statement, so what is stored matches the count stored with it. */
const TALLIES_WITH_COUNT = defineQuery<[cycleId: string]>()({
  name: 'placement.talliesWithCount',
  text: `SELECT COALESCE(s.counted_changes, 0)::text AS counted, s.placed_changes::text AS placed,
           COALESCE((SELECT json_agg(x) FROM (${PLACEMENT_TALLIES.text}) x), '[]') AS tallies
         FROM (SELECT 1) one LEFT JOIN cycle_placement_state s ON s.cycle_id = $1::uuid`,
  columns: { counted: col.text, placed: col.text.orNull, tallies: col.json<{ systemId: string; regionName: string; status: string; answerGroups: SystemTally['answerGroups'] }[]>() },
});

const CLEAR_DOMAINS = defineQuery<[cycleId: string]>()({
  name: 'placement.clearDomains',
  text: `DELETE FROM cycle_placement_domain WHERE cycle_id = $1::uuid`,
  columns: {},
});
const CLEAR_PLACEMENTS = defineQuery<[cycleId: string]>()({
  name: 'placement.clearPlacements',
  text: `DELETE FROM cycle_placement WHERE cycle_id = $1::uuid`,
  columns: {},
});
const CLEAR_GROUPS = defineQuery<[cycleId: string]>()({
  name: 'placement.clearGroups',
  text: `DELETE FROM cycle_peer_group WHERE cycle_id = $1::uuid`,
  columns: {},
});
const INSERT_PLACEMENTS = defineQuery<[cycleId: string, placements: string]>()({
  name: 'placement.insertPlacements',
  text: `INSERT INTO cycle_placement (cycle_id, system_id, basis, overall_score, category, domain_scores, profile, peer_ranks)
         SELECT $1::uuid, p."systemId", p.basis, p."overallScore", p.category, p."domainScores", p.profile, p."peerRanks"
         FROM jsonb_to_recordset($2::jsonb) AS p ("systemId" uuid, basis text, "overallScore" double precision, category text,
           "domainScores" jsonb, profile jsonb, "peerRanks" jsonb)`,
  columns: {},
});
// Category ranks count from 0 for innovators, as the engine's categoryIndex does.
const INSERT_DOMAINS = defineQuery<[cycleId: string, categories: readonly string[]]>()({
  name: 'placement.insertDomains',
  text: `INSERT INTO cycle_placement_domain (cycle_id, domain_key, system_id, score, category_rank)
         SELECT p.cycle_id, d.key, p.system_id, (d.value #>> '{}')::double precision, array_position($2::text[], p.category) - 1
         FROM cycle_placement p CROSS JOIN LATERAL jsonb_each(p.profile -> 'domains') d
         WHERE p.cycle_id = $1::uuid AND p.category IS NOT NULL AND jsonb_typeof(d.value) = 'number'`,
  columns: {},
});
const INSERT_GROUPS = defineQuery<[cycleId: string, groups: string]>()({
  name: 'placement.insertGroups',
  text: `INSERT INTO cycle_peer_group (cycle_id, group_key, kind, name, statistics)
         SELECT $1::uuid, g."groupKey", g.kind, g.name, g.statistics
         FROM jsonb_to_recordset($2::jsonb) AS g ("groupKey" text, kind text, name text, statistics jsonb)`,
  columns: {},
});
/** Counts a change to what a cycle's placement is made of that no trigger sees (a correction's levels): it is then stale. */
const MARK_CHANGED = defineQuery<[cycleId: string]>()({
  name: 'placement.markChanged',
  text: `INSERT INTO cycle_placement_state AS s (cycle_id, counted_changes) VALUES ($1::uuid, 1)
         ON CONFLICT (cycle_id) DO UPDATE SET counted_changes = s.counted_changes + 1`,
  columns: {},
});
const MARK_PLACED = defineQuery<[cycleId: string, counted: string]>()({
  name: 'placement.markPlaced',
  text: `INSERT INTO cycle_placement_state (cycle_id, placed_changes) VALUES ($1::uuid, $2::bigint)
         ON CONFLICT (cycle_id) DO UPDATE SET placed_changes = EXCLUDED.placed_changes`,
  columns: {},
});

/**
 * One ICS's assessment in each of these cycles, with its status and every answer's levels as stored, no rule applied:
 * for scoring two of its assessments over the criteria two canvas versions share (ADR 0026). One statement.
 */
const ANSWERS_IN_CYCLES = defineQuery<[systemId: string, cycleIds: readonly string[]]>()({
  name: 'placement.answersInCycles',
  text: `SELECT a.cycle_id AS "cycleId", a.status,
           COALESCE((SELECT json_agg(json_build_object('criterionKey', r.criterion_key, 'selfLevel', r.self_level,
                      'notAssessed', r.not_assessed, 'moderatedLevel', r.moderated_level) ORDER BY r.criterion_key)
                     FROM assessment_response r WHERE r.assessment_id = a.id), '[]') AS answers
         FROM assessment a WHERE a.system_id = $1::uuid AND a.cycle_id = ANY($2::uuid[])`,
  columns: { cycleId: col.uuid, status: col.textOf<AssessmentStatus>(), answers: col.json<CriterionAnswer[]>() },
});

/** The cycles in which an ICS's assessment counts, oldest first, each with whether its stored placement is current. */
const CYCLES_COUNTED_FOR = defineQuery<[systemId: string]>()({
  name: 'placement.cyclesCountedFor',
  text: `SELECT c.id, COALESCE(st.placed_changes = st.counted_changes, false) AS current
         FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
         LEFT JOIN cycle_placement_state st ON st.cycle_id = c.id
         WHERE a.system_id = $1::uuid AND assessment_status_counts(a.status) ORDER BY c.opens_on, c.name`,
  columns: { id: col.uuid, current: col.bool },
});

/** Each cycle's placed ICSs, with whether its placement is current: one statement, so a current cycle costs one read. */
const ENTRIES = defineQuery<[cycleIds: readonly string[]]>()({
  name: 'placement.entries',
  text: `SELECT c.id AS "cycleId", COALESCE(st.placed_changes = st.counted_changes, false) AS current,
           COALESCE((
             SELECT json_agg(json_build_object('systemId', p.system_id, 'name', s.name, 'onsCode', s.ons_code, 'regionName', rg.name,
                      'sharesName', COALESCE(ps.share_name_with_peers, false), 'basis', p.basis, 'overallScore', p.overall_score,
                      'category', p.category, 'domainScores', p.domain_scores) ORDER BY s.name, p.system_id)
             FROM cycle_placement p
             JOIN system s ON s.id = p.system_id
             JOIN region rg ON rg.id = s.region_id
             LEFT JOIN peer_sharing ps ON ps.system_id = p.system_id
             WHERE p.cycle_id = c.id
           ), '[]') AS entries
         FROM unnest($1::uuid[]) AS c (id)
         LEFT JOIN cycle_placement_state st ON st.cycle_id = c.id`,
  columns: {
    cycleId: col.uuid,
    current: col.bool,
    entries: col.json<
      {
        systemId: string;
        name: string;
        onsCode: string;
        regionName: string;
        sharesName: boolean;
        basis: string;
        overallScore: number | null;
        category: string | null;
        domainScores: StoredDomainScores;
      }[]
    >(),
  },
});

const MEMBERS = defineQuery<[cycleIds: readonly string[], systemIds: readonly string[]]>()({
  name: 'placement.members',
  text: `SELECT p.cycle_id AS "cycleId", p.system_id AS "systemId", a.status, a.recorded_on_behalf_by AS "recordedOnBehalfBy",
           p.basis, p.overall_score AS "overallScore", p.category, p.domain_scores AS "domainScores", p.profile
         FROM cycle_placement p JOIN assessment a ON a.cycle_id = p.cycle_id AND a.system_id = p.system_id
         WHERE p.cycle_id = ANY($1::uuid[]) AND p.system_id = ANY($2::uuid[])`,
  columns: {
    cycleId: col.uuid,
    systemId: col.uuid,
    status: col.text,
    recordedOnBehalfBy: col.uuid.orNull,
    basis: col.text,
    overallScore: col.float.orNull,
    category: col.text.orNull,
    domainScores: col.json<StoredDomainScores>(),
    profile: col.json<ScoreProfile>(),
  },
});

const PLACEMENTS_OF = defineQuery<[systemId: string, cycleIds: readonly string[]]>()({
  name: 'placement.placementsOf',
  text: `SELECT p.cycle_id AS "cycleId", p.system_id AS "systemId", p.basis, p.overall_score AS "overallScore", p.category,
           p.domain_scores AS "domainScores", p.profile, p.peer_ranks AS "peerRanks",
           COALESCE((SELECT json_agg(json_build_object('groupKey', g.group_key, 'kind', g.kind, 'name', g.name, 'statistics', g.statistics))
                     FROM cycle_peer_group g
                     WHERE g.cycle_id = p.cycle_id
                       AND g.group_key IN (SELECT r ->> 'groupKey' FROM jsonb_array_elements(p.peer_ranks) r)), '[]') AS groups
         FROM cycle_placement p
         WHERE p.system_id = $1::uuid AND p.cycle_id = ANY($2::uuid[])`,
  columns: {
    cycleId: col.uuid,
    systemId: col.uuid,
    basis: col.text,
    overallScore: col.float.orNull,
    category: col.text.orNull,
    domainScores: col.json<StoredDomainScores>(),
    profile: col.json<ScoreProfile>(),
    peerRanks: col.json<PeerRanks[]>(),
    groups: col.json<StoredPeerGroup[]>(),
  },
});

const COHORT_PROFILES_OF = defineQuery<[systemId: string, cycleIds: readonly string[]]>()({
  name: 'placement.cohortProfilesOf',
  text: `SELECT c.id AS "cohortId", c.name AS "cohortName", p.cycle_id AS "cycleId",
           json_agg(p.system_id ORDER BY p.system_id) AS "systemIds", json_agg(p.profile ORDER BY p.system_id) AS profiles
         FROM cohort c
         JOIN cohort_member own ON own.cohort_id = c.id AND own.system_id = $1::uuid
         JOIN cohort_member m ON m.cohort_id = c.id
         JOIN cycle_placement p ON p.system_id = m.system_id AND p.cycle_id = ANY($2::uuid[])
         GROUP BY c.id, c.name, p.cycle_id
         ORDER BY c.name, p.cycle_id`,
  columns: { cohortId: col.uuid, cohortName: col.text, cycleId: col.uuid, systemIds: col.json<string[]>(), profiles: col.json<ScoreProfile[]>() },
});

const POPULATION_OF = defineQuery<[cycleIds: readonly string[]]>()({
  name: 'placement.populationOf',
  text: `SELECT p.cycle_id AS "cycleId", p.system_id AS "systemId", rg.name AS "regionName",
           COALESCE(ps.share_name_with_peers, false) AS "sharesName", p.category, p.profile
         FROM cycle_placement p
         JOIN system s ON s.id = p.system_id
         JOIN region rg ON rg.id = s.region_id
         LEFT JOIN peer_sharing ps ON ps.system_id = p.system_id
         WHERE p.cycle_id = ANY($1::uuid[])`,
  columns: { cycleId: col.uuid, systemId: col.uuid, regionName: col.text, sharesName: col.bool, category: col.text.orNull, profile: col.json<ScoreProfile>() },
});

const STRONGEST_IN_DOMAIN = defineQuery<
  [cycleId: string, domainKey: string, above: number, aheadOf: number, everyoneNamed: boolean, knownSystemIds: readonly string[], limit: number]
>()({
  name: 'placement.strongestInDomain',
  text: `SELECT d.system_id AS "systemId", s.name, p.category, p.profile, COALESCE(ps.share_name_with_peers, false) AS "sharesName"
         FROM cycle_placement_domain d
         JOIN cycle_placement p ON p.cycle_id = d.cycle_id AND p.system_id = d.system_id
         JOIN system s ON s.id = d.system_id
         LEFT JOIN peer_sharing ps ON ps.system_id = d.system_id
         WHERE d.cycle_id = $1::uuid AND d.domain_key = $2::text AND d.score > $3::double precision AND d.category_rank < $4::int
           AND ($5::boolean OR COALESCE(ps.share_name_with_peers, false) OR d.system_id = ANY($6::uuid[]))
         ORDER BY d.score DESC, d.category_rank, d.system_id
         LIMIT $7::int`,
  columns: { systemId: col.uuid, name: col.text, category: col.text, profile: col.json<ScoreProfile>(), sharesName: col.bool },
});

const asCategory = (text: string | null): AdopterCategory | null => {
  const category = ADOPTER_CATEGORIES.find((c) => c === text);
  if (text !== null && category === undefined) throw new Error(`A stored placement has an unknown category: ${text}`);
  return category ?? null;
};
const asBasis = (text: string): ScoreBasis => {
  if (text !== 'MODERATED' && text !== 'SELF') throw new Error(`A stored placement has an unknown basis: ${text}`);
  return text;
};
const asStatus = (text: string): AssessmentStatus => {
  const status = ASSESSMENT_STATUSES.find((s) => s === text);
  if (status === undefined) throw new Error(`An assessment has an unknown status: ${text}`);
  return status;
};
const asKind = (text: string): PeerGroupKind => {
  if (text !== 'NATIONAL' && text !== 'REGION' && text !== 'CATEGORY') throw new Error(`A stored peer group has an unknown kind: ${text}`);
  return text;
};

/**
 * jsonb keeps an object's keys sorted, not in the order they were written, but a profile's domains are in the
 * framework's order (the engine breaks ties between weakest domains by it). The domain scores, an array, keep that
 * order: the profile's domains are put back in it.
 */
function inFrameworkOrder(profile: ScoreProfile, domainScores: StoredDomainScores): ScoreProfile {
  const domains: Record<string, number | null> = {};
  for (const { domainKey } of domainScores) domains[domainKey] = profile.domains[domainKey] ?? null;
  return { overall: profile.overall, domains };
}

/**
 * The stored placements (migrations 1763860000000 and 1763940000000): the aggregate that places a cycle, each cycle's
 * placement as `placeCycle` computed it, whether it is still current, and every read of it. The only code that reads
 * answers to place ICSs, and the only code that reads or writes the `cycle_placement*` tables.
 */
// Over every ICS whoever asks, by design: its callers decide what a person is shown (row-level security, ADR 0034).
@AcrossEverySystem()
@Injectable()
export class PlacementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Those of these cycles whose stored placement is missing or older than their last counted change. */
  async staleCycles(cycleIds: readonly string[]): Promise<string[]> {
    if (cycleIds.length === 0) return [];
    return (await run(this.dataSource, STALE_CYCLES, [cycleIds])).map((r) => r.cycleId);
  }

  /**
   * Places the cycle again with `place` (the engine, given the cycle's tallies) and stores the result, unless another
   * replica has just done so. One rebuild per cycle at a time (an advisory lock); changes made meanwhile leave it stale
   * again, to be rebuilt on the next read.
   */
  async rebuild(cycleId: string, place: (tallies: readonly SystemTally[]) => CyclePlacement, within?: EntityManager): Promise<void> {
    const inTransaction = async (tx: EntityManager) => {
      await run(tx, LOCK_CYCLE, [`cycle_placement:${cycleId}`]);
      const [{ counted, placed, tallies }] = await run(tx, TALLIES_WITH_COUNT, [cycleId]);
      if (placed === counted) return;
      const { systems, groups } = place(tallies.map((t) => ({ ...t, status: asStatus(t.status) })));
      await run(tx, CLEAR_DOMAINS, [cycleId]);
      await run(tx, CLEAR_PLACEMENTS, [cycleId]);
      await run(tx, CLEAR_GROUPS, [cycleId]);
      const rows = systems.map(({ systemId, basis, overallScore, category, domainScores, profile, peerRanks }) => ({
        systemId,
        basis,
        overallScore,
        category,
        domainScores,
        profile,
        peerRanks,
      }));
      await run(tx, INSERT_PLACEMENTS, [cycleId, JSON.stringify(rows)]);
      await run(tx, INSERT_DOMAINS, [cycleId, ADOPTER_CATEGORIES]);
      await run(tx, INSERT_GROUPS, [cycleId, JSON.stringify(groups)]);
      await run(tx, MARK_PLACED, [cycleId, counted]);
    };
    await (within ? inTransaction(within) : this.dataSource.transaction(inTransaction));
  }

  /**
   * Inside the caller's transaction (a correction of levels in a counted assessment, which the status triggers do not
   * see): marks the cycle's placement stale and places the whole cycle again before the transaction commits. The
   * cycle's placement lock is taken first, so a reader placing it meanwhile waits, and never deadlocks with this.
   */
  async placeAgainWithin(tx: EntityManager, cycleId: string, place: (tallies: readonly SystemTally[]) => CyclePlacement): Promise<void> {
    await run(tx, LOCK_CYCLE, [`cycle_placement:${cycleId}`]);
    await run(tx, MARK_CHANGED, [cycleId]);
    await this.rebuild(cycleId, place, tx);
  }

  /** The cycles in which this ICS has an assessment that counts, oldest first, and whether each one's placement is current. */
  /** This ICS's assessment in each of these cycles (none where it has none): its status and answers, for scoring. */
  async answersInCycles(systemId: string, cycleIds: readonly string[]): Promise<{ cycleId: string; status: AssessmentStatus; answers: CriterionAnswer[] }[]> {
    if (cycleIds.length === 0) return [];
    return run(this.dataSource, ANSWERS_IN_CYCLES, [systemId, cycleIds]);
  }

  async cyclesCountedFor(systemId: string): Promise<{ id: string; current: boolean }[]> {
    return run(this.dataSource, CYCLES_COUNTED_FOR, [systemId]);
  }

  /**
   * Every ICS placed in each of these cycles, by name, with what a landscape or movement shows of it, and whether the
   * cycle's stored placement is current (when it is not, the caller places it again and reads it again).
   */
  async entries(cycleIds: readonly string[]): Promise<{ cycleId: string; current: boolean; entries: PlacedEntry[] }[]> {
    const rows = await run(this.dataSource, ENTRIES, [cycleIds]);
    return rows.map(({ cycleId, current, entries }) => ({
      cycleId,
      current,
      entries: entries.map((e) => ({ ...e, cycleId, basis: asBasis(e.basis), category: asCategory(e.category) })),
    }));
  }

  /** These ICSs' stored placements in these cycles (a cohort's members), with their assessments' status. */
  async members(cycleIds: readonly string[], systemIds: readonly string[]): Promise<PlacedMember[]> {
    if (cycleIds.length === 0 || systemIds.length === 0) return [];
    const rows = await run(this.dataSource, MEMBERS, [cycleIds, systemIds]);
    return rows.map((r) => ({
      ...r,
      status: asStatus(r.status),
      basis: asBasis(r.basis),
      category: asCategory(r.category),
      profile: inFrameworkOrder(r.profile, r.domainScores),
    }));
  }

  /** One ICS's stored placements in these cycles, with the figures of the peer groups it is in. */
  async placementsOf(systemId: string, cycleIds: readonly string[]): Promise<{ cycleId: string; placement: StoredPlacement; groups: StoredPeerGroup[] }[]> {
    const rows = await run(this.dataSource, PLACEMENTS_OF, [systemId, cycleIds]);
    return rows.map(({ cycleId, groups, ...p }) => ({
      cycleId,
      placement: { ...p, basis: asBasis(p.basis), category: asCategory(p.category), profile: inFrameworkOrder(p.profile, p.domainScores) },
      groups: groups.map((g) => ({ ...g, kind: asKind(g.kind) })),
    }));
  }

  /**
   * For each cohort this ICS belongs to, and each of these cycles, the stored score profiles of the cohort's ICSs
   * placed in that cycle (the ICS's own included): cohorts by name. A cohort is a handful of ICSs, so its figures
   * are worked out when read, by the engine, rather than stored.
   */
  async cohortProfilesOf(
    systemId: string,
    cycleIds: readonly string[],
  ): Promise<{ cohortId: string; cohortName: string; cycleId: string; systemIds: string[]; profiles: ScoreProfile[] }[]> {
    if (cycleIds.length === 0) return [];
    return run(this.dataSource, COHORT_PROFILES_OF, [systemId, cycleIds]);
  }

  /**
   * Every ICS placed in these cycles, with what decides how a person without the national view sees it (its region,
   * whether it shares its name) and what peer figures are made of (its category and score profile).
   */
  async populationOf(cycleIds: readonly string[]): Promise<PlacedPopulationMember[]> {
    if (cycleIds.length === 0) return [];
    const rows = await run(this.dataSource, POPULATION_OF, [cycleIds]);
    return rows.map((r) => ({ ...r, category: asCategory(r.category) }));
  }

  /**
   * The strongest ICSs in one domain of a cycle, among those in a category ahead of `aheadOf` (a category index:
   * innovators are 0; 5, past laggards, for an ICS that was not placed) that score above `above` there and may be
   * named to the viewer (everyone, for a national view; else those sharing their name, and `knownSystemIds`):
   * strongest first, ties by the further-along category, then id, as the engine orders them. Never more than
   * `limit`. Read from the top of cycle_placement_domain's index, so the cost does not grow with the cycle.
   */
  async strongestInDomain(query: {
    readonly cycleId: string;
    readonly domainKey: string;
    readonly above: number;
    readonly aheadOf: number;
    readonly everyoneNamed: boolean;
    readonly knownSystemIds: readonly string[];
    readonly limit: number;
  }): Promise<StoredPeerCandidate[]> {
    const rows = await run(this.dataSource, STRONGEST_IN_DOMAIN, [
      query.cycleId,
      query.domainKey,
      query.above,
      query.aheadOf,
      query.everyoneNamed,
      query.knownSystemIds,
      query.limit,
    ]);
    return rows.flatMap((r) => {
      const category = asCategory(r.category);
      return category ? [{ ...r, category }] : [];
    });
  }
}
