import { ADOPTER_CATEGORIES, AdopterCategory, DomainScore, groupStatistics, ScoreProfile } from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CYCLE_AGGREGATES_SQL, LANDSCAPE_STATUSES, LandscapeRow } from './landscape.repository';

/** The groups stored with each placement; an ICS's cohorts are compared with when read (cohortProfilesOf). */
export type PeerGroupKind = 'NATIONAL' | 'REGION' | 'CATEGORY';

/** Where one ICS sits in one of its peer groups: percentile ranks, null where withheld (no score, or group under five). */
export interface StoredPeerRanks {
  readonly groupKey: string;
  readonly overall: number | null;
  readonly domains: Readonly<Record<string, number | null>>;
}

/** One ICS's stored placement in one cycle. */
export interface StoredPlacement {
  readonly systemId: string;
  readonly basis: string;
  readonly overallScore: number | null;
  /** By Rogers' quantiles; null when it has no overall score. */
  readonly category: AdopterCategory | null;
  readonly domainScores: readonly Pick<DomainScore, 'domainKey' | 'score' | 'incomplete'>[];
  readonly profile: ScoreProfile;
  readonly peerRanks: readonly StoredPeerRanks[];
}

/** A peer group's figures in one cycle: the nation, a region, or an adopter category. */
export interface StoredPeerGroup {
  readonly groupKey: string;
  readonly kind: PeerGroupKind;
  readonly name: string;
  readonly statistics: ReturnType<typeof groupStatistics>;
}

export interface CyclePlacementRows {
  readonly placements: readonly StoredPlacement[];
  readonly groups: readonly StoredPeerGroup[];
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
 * The stored placements (migration 1763860000000): each cycle's scores, categories and peer figures as the maturity
 * engine computed them, and whether they are still current. A placement is rebuilt from the cycle's aggregates, read in
 * one statement together with the change count it reflects, so what is stored always matches the count stored with it.
 */
@Injectable()
export class CyclePlacementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Those of these cycles whose stored placement is missing or older than their last counted change. */
  async staleCycles(cycleIds: readonly string[]): Promise<string[]> {
    if (cycleIds.length === 0) return [];
    const rows: { cycleId: string }[] = await this.dataSource.query(
      `SELECT c.id AS "cycleId" FROM unnest($1::uuid[]) AS c (id)
       LEFT JOIN cycle_placement_state s ON s.cycle_id = c.id
       WHERE s.placed_changes IS NULL OR s.placed_changes <> s.counted_changes`,
      [cycleIds],
    );
    return rows.map((r) => r.cycleId);
  }

  /**
   * Places the cycle again with `place` (the engine, given the cycle's aggregates) and stores the result, unless another
   * replica has just done so. One rebuild per cycle at a time (an advisory lock); changes made meanwhile leave it stale
   * again, to be rebuilt on the next read.
   */
  async rebuild(cycleId: string, place: (rows: readonly LandscapeRow[]) => CyclePlacementRows): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`cycle_placement:${cycleId}`]);
      const [{ counted, placed, rows }]: { counted: string; placed: string | null; rows: LandscapeRow[] }[] = await tx.query(
        `SELECT COALESCE(s.counted_changes, 0)::text AS counted, s.placed_changes::text AS placed,
           COALESCE((SELECT json_agg(x) FROM (${CYCLE_AGGREGATES_SQL}) x), '[]') AS rows
         FROM (SELECT 1) one LEFT JOIN cycle_placement_state s ON s.cycle_id = $1`,
        [cycleId, LANDSCAPE_STATUSES],
      );
      if (placed === counted) return;
      const { placements, groups } = place(rows);
      await tx.query(`DELETE FROM cycle_placement_domain WHERE cycle_id = $1`, [cycleId]);
      await tx.query(`DELETE FROM cycle_placement WHERE cycle_id = $1`, [cycleId]);
      await tx.query(`DELETE FROM cycle_peer_group WHERE cycle_id = $1`, [cycleId]);
      await tx.query(
        `INSERT INTO cycle_placement (cycle_id, system_id, basis, overall_score, category, domain_scores, profile, peer_ranks)
         SELECT $1, p."systemId", p.basis, p."overallScore", p.category, p."domainScores", p.profile, p."peerRanks"
         FROM jsonb_to_recordset($2::jsonb) AS p ("systemId" uuid, basis text, "overallScore" double precision, category text,
           "domainScores" jsonb, profile jsonb, "peerRanks" jsonb)`,
        [cycleId, JSON.stringify(placements)],
      );
      // Category ranks count from 0 for innovators, as the engine's categoryIndex does.
      await tx.query(
        `INSERT INTO cycle_placement_domain (cycle_id, domain_key, system_id, score, category_rank)
         SELECT p.cycle_id, d.key, p.system_id, (d.value #>> '{}')::double precision, array_position($2::text[], p.category) - 1
         FROM cycle_placement p CROSS JOIN LATERAL jsonb_each(p.profile -> 'domains') d
         WHERE p.cycle_id = $1 AND p.category IS NOT NULL AND jsonb_typeof(d.value) = 'number'`,
        [cycleId, ADOPTER_CATEGORIES],
      );
      await tx.query(
        `INSERT INTO cycle_peer_group (cycle_id, group_key, kind, name, statistics)
         SELECT $1, g."groupKey", g.kind, g.name, g.statistics
         FROM jsonb_to_recordset($2::jsonb) AS g ("groupKey" text, kind text, name text, statistics jsonb)`,
        [cycleId, JSON.stringify(groups)],
      );
      await tx.query(
        `INSERT INTO cycle_placement_state (cycle_id, placed_changes) VALUES ($1, $2::bigint)
         ON CONFLICT (cycle_id) DO UPDATE SET placed_changes = EXCLUDED.placed_changes`,
        [cycleId, counted],
      );
    });
  }

  /** One ICS's stored placements in these cycles, with the figures of the peer groups it is in. */
  async placementsOf(
    systemId: string,
    cycleIds: readonly string[],
  ): Promise<{ cycleId: string; placement: StoredPlacement; groups: StoredPeerGroup[] }[]> {
    const rows: { cycleId: string; placement: StoredPlacement; groups: StoredPeerGroup[] }[] = await this.dataSource.query(
      `SELECT p.cycle_id AS "cycleId",
         json_build_object('systemId', p.system_id, 'basis', p.basis, 'overallScore', p.overall_score, 'category', p.category,
           'domainScores', p.domain_scores, 'profile', p.profile, 'peerRanks', p.peer_ranks) AS placement,
         COALESCE((SELECT json_agg(json_build_object('groupKey', g.group_key, 'kind', g.kind, 'name', g.name, 'statistics', g.statistics))
                   FROM cycle_peer_group g
                   WHERE g.cycle_id = p.cycle_id
                     AND g.group_key IN (SELECT r ->> 'groupKey' FROM jsonb_array_elements(p.peer_ranks) r)), '[]') AS groups
       FROM cycle_placement p
       WHERE p.system_id = $1 AND p.cycle_id = ANY($2::uuid[])`,
      [systemId, cycleIds],
    );
    return rows.map((row) => ({ ...row, placement: inFrameworkOrder(row.placement) }));
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
    return this.dataSource.query(
      `SELECT c.id AS "cohortId", c.name AS "cohortName", p.cycle_id AS "cycleId",
         json_agg(p.system_id ORDER BY p.system_id) AS "systemIds", json_agg(p.profile ORDER BY p.system_id) AS profiles
       FROM cohort c
       JOIN cohort_member own ON own.cohort_id = c.id AND own.system_id = $1
       JOIN cohort_member m ON m.cohort_id = c.id
       JOIN cycle_placement p ON p.system_id = m.system_id AND p.cycle_id = ANY($2::uuid[])
       GROUP BY c.id, c.name, p.cycle_id
       ORDER BY c.name, p.cycle_id`,
      [systemId, cycleIds],
    );
  }

  /**
   * Every ICS placed in these cycles, with what decides how a person without the national view sees it (its region,
   * whether it shares its name) and what peer figures are made of (its category and score profile): for working out a
   * profile's peer figures over only the ICSs that person is shown.
   */
  async populationOf(cycleIds: readonly string[]): Promise<PlacedPopulationMember[]> {
    if (cycleIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT p.cycle_id AS "cycleId", p.system_id AS "systemId", rg.name AS "regionName",
         COALESCE(ps.share_name_with_peers, false) AS "sharesName", p.category, p.profile
       FROM cycle_placement p
       JOIN system s ON s.id = p.system_id
       JOIN region rg ON rg.id = s.region_id
       LEFT JOIN peer_sharing ps ON ps.system_id = p.system_id
       WHERE p.cycle_id = ANY($1::uuid[])`,
      [cycleIds],
    );
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
    return this.dataSource.query(
      `SELECT d.system_id AS "systemId", s.name, p.category, p.profile, COALESCE(ps.share_name_with_peers, false) AS "sharesName"
       FROM cycle_placement_domain d
       JOIN cycle_placement p ON p.cycle_id = d.cycle_id AND p.system_id = d.system_id
       JOIN system s ON s.id = d.system_id
       LEFT JOIN peer_sharing ps ON ps.system_id = d.system_id
       WHERE d.cycle_id = $1 AND d.domain_key = $2 AND d.score > $3 AND d.category_rank < $4
         AND ($5 OR COALESCE(ps.share_name_with_peers, false) OR d.system_id = ANY($6::uuid[]))
       ORDER BY d.score DESC, d.category_rank, d.system_id
       LIMIT $7`,
      [query.cycleId, query.domainKey, query.above, query.aheadOf, query.everyoneNamed, query.knownSystemIds, query.limit],
    );
  }
}

/**
 * jsonb keeps an object's keys sorted, not in the order they were written, but a profile's domains are in the
 * framework's order (the engine breaks ties between weakest domains by it). The domain scores, an array, keep that
 * order: the profile's domains are put back in it.
 */
function inFrameworkOrder(placement: StoredPlacement): StoredPlacement {
  const domains: Record<string, number | null> = {};
  for (const { domainKey } of placement.domainScores) domains[domainKey] = placement.profile.domains[domainKey] ?? null;
  return { ...placement, profile: { overall: placement.profile.overall, domains } };
}
