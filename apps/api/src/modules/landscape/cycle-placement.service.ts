import {
  ADOPTER_CATEGORY_LABELS,
  groupStatistics,
  PeerPosition,
  peerPositionsOfAll,
  placeOnDiffusionCurve,
  ScoreProfile,
  scoreFromDomainTallies,
  toScoreProfile,
} from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { CanvasRepository } from '../canvas/canvas.repository';
import { FrameworkRecord } from '../canvas/canvas.types';
import { CyclePlacementRepository, CyclePlacementRows, PeerGroupKind, StoredPeerGroup } from './cycle-placement.repository';
import { LandscapeRow } from './landscape.repository';

/** The peer groups every ICS is compared with: all ICSs, its region, and its adopter category (Rogers). */
export const peerGroupKey = (kind: PeerGroupKind, name = ''): string => (kind === 'NATIONAL' ? kind : `${kind}:${name}`);

/**
 * Each cycle placed once and stored: scores, the adopter category by Rogers' quantiles, and every ICS's peer figures
 * (national, regional, by category). An ICS's profile reads its own rows instead of placing every cycle's whole
 * landscape afresh. A placement is rebuilt when it is read after a change to which assessments count (the
 * triggers of migration 1763860000000 count those changes), so a reader never sees figures older than the data.
 * The landscape itself, which offers other methods and parameters, is still placed on each request.
 */
@Injectable()
export class CyclePlacementService {
  constructor(
    private readonly placements: CyclePlacementRepository,
    private readonly canvas: CanvasRepository,
  ) {}

  /** Brings the stored placements of these cycles up to date (most are, and cost one query to check). */
  async bringUpToDate(cycleIds: readonly string[]): Promise<void> {
    for (const cycleId of await this.placements.staleCycles(cycleIds)) {
      const cycle = await this.canvas.findCycle(cycleId);
      if (!cycle) continue;
      const framework = (await this.canvas.findFramework(cycle.frameworkId)) as FrameworkRecord;
      await this.placements.rebuild(cycleId, (rows) => placeForStorage(framework, rows));
    }
  }
}

/**
 * A cycle's aggregates scored, placed (Rogers' quantiles, as every profile is) and compared within each peer group, in
 * O(n log n) per group and domain: the pure engine does the work; this only arranges its results for storage.
 */
export function placeForStorage(framework: FrameworkRecord, rows: readonly LandscapeRow[]): CyclePlacementRows {
  const items = rows.map((row) => {
    const scores = scoreFromDomainTallies(framework.definition, row.status, row.tallies);
    return { row, scores, profile: toScoreProfile(scores) };
  });
  const placement = placeOnDiffusionCurve(
    items.map((i) => ({ id: i.row.systemId, score: i.scores.overall.score })),
    { method: 'ROGERS_QUANTILES' },
  );
  const categoryOf = new Map(placement.placed.map((p) => [p.id, p.category]));

  const groups = new Map<string, Omit<StoredPeerGroup, 'statistics'> & { profiles: ScoreProfile[] }>();
  const members = items.map(({ row, profile }) => {
    const category = categoryOf.get(row.systemId) ?? null;
    const memberOf: [PeerGroupKind, string][] = [
      ['NATIONAL', 'All ICSs'],
      ['REGION', row.regionName],
      ...(category ? [['CATEGORY', ADOPTER_CATEGORY_LABELS[category]] as [PeerGroupKind, string]] : []),
    ];
    const keys = memberOf.map(([kind, name]) => {
      const key = peerGroupKey(kind, kind === 'CATEGORY' ? (category ?? '') : name);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { groupKey: key, kind, name, profiles: [] }));
      group.profiles.push(profile);
      return key;
    });
    return { id: row.systemId, profile, groups: keys };
  });
  const positions = peerPositionsOfAll(members);

  return {
    placements: items.map(({ row, scores, profile }) => ({
      systemId: row.systemId,
      basis: scores.basis,
      overallScore: scores.overall.score,
      category: categoryOf.get(row.systemId) ?? null,
      domainScores: scores.domains.map((d) => ({ domainKey: d.domainKey, score: d.score, incomplete: d.incomplete })),
      profile,
      peerRanks: [...(positions.get(row.systemId) ?? new Map<string, PeerPosition>())].map(([groupKey, position]) => ({
        groupKey,
        overall: position.overall.percentileRank.withheld ? null : position.overall.percentileRank.percentileRank,
        domains: Object.fromEntries(
          position.domains.map((d) => [d.domainKey, d.percentileRank.withheld ? null : d.percentileRank.percentileRank]),
        ),
      })),
    })),
    groups: [...groups.values()].map(({ profiles, ...group }) => ({ ...group, statistics: groupStatistics(profiles) })),
  };
}
