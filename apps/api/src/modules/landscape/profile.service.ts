import { hasNationalView, landscapeVisibility } from '@idt/domain';
import {
  ADOPTER_CATEGORIES,
  ADOPTER_CATEGORY_LABELS,
  calibrationOfIcs,
  categoryMovements,
  peerMatches,
  peerPosition,
  PeerPositionEntry,
  placeOnDiffusionCurve,
  PlacementRequest,
  progressOf,
  ScoreProfile,
  scoreFromDomainTallies,
  toScoreProfile,
} from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CycleRecord, FrameworkRecord } from '../canvas/canvas.types';
import { SystemsService } from '../systems/systems.service';
import { LandscapeRepository } from './landscape.repository';
import { LandscapeRequest, toPlacementRequest } from './landscape.service';
import { MovementModel, PeerFigureModel, ProfileCycleModel, SystemProfileModel } from './models/profile.model';

interface PlacedCycle {
  readonly cycle: CycleRecord;
  readonly published: boolean;
  readonly items: readonly {
    readonly systemId: string;
    readonly name: string;
    readonly regionName: string;
    readonly sharesName: boolean;
    readonly basis: string;
    readonly scores: ReturnType<typeof scoreFromDomainTallies>;
    readonly profile: ScoreProfile;
  }[];
  readonly placement: ReturnType<typeof placeOnDiffusionCurve>;
}

const figure = (domainKey: string, entry: PeerPositionEntry, withheld: boolean): PeerFigureModel => {
  const hidden = withheld || entry.group.withheld;
  return {
    domainKey,
    score: entry.score,
    withheld: hidden,
    count: hidden || entry.group.withheld ? null : entry.group.count,
    lowerQuartile: hidden || entry.group.withheld ? null : entry.group.lowerQuartile,
    median: hidden || entry.group.withheld ? null : entry.group.median,
    upperQuartile: hidden || entry.group.withheld ? null : entry.group.upperQuartile,
    percentileRank: hidden || entry.percentileRank.withheld ? null : entry.percentileRank.percentileRank,
  };
};

/** One ICS over time and against its peers, and how all ICSs moved between two cycles. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly landscapes: LandscapeRepository,
    private readonly canvas: CanvasRepository,
    private readonly systems: SystemsService,
  ) {}

  async systemProfile(caller: Caller, systemId: string): Promise<SystemProfileModel> {
    const id = requireUuid(systemId, 'systemId');
    requirePermission(caller.actor, 'read', { kind: 'system-profile', systemId: id }, 'ICS');
    const system = (await this.systems.listSystems()).find((s) => s.id === id);
    if (!system) throw new NotFoundError('ICS');
    const cycleIds = await this.landscapes.cyclesWithCountedAssessment(id);
    const placed: PlacedCycle[] = [];
    for (const cycleId of cycleIds) placed.push(await this.placeCycle(cycleId, { method: 'ROGERS_QUANTILES' }));

    const national = hasNationalView(caller.actor);
    let previous: ScoreProfile | null = null;
    const cycles: ProfileCycleModel[] = [];
    for (const cycle of placed) {
      const own = cycle.items.find((i) => i.systemId === id);
      if (!own) continue;
      const category = cycle.placement.placed.find((p) => p.id === id)?.category ?? null;
      // Peers only in a published cycle (or for the national view): until then each ICS checks its own figures.
      const withheld = !cycle.published && !national;
      const groups = [
        { group: 'NATIONAL', groupName: 'All ICSs', members: cycle.items },
        { group: 'REGION', groupName: own.regionName, members: cycle.items.filter((i) => i.regionName === own.regionName) },
        ...(category
          ? [{
              group: 'CATEGORY',
              groupName: ADOPTER_CATEGORY_LABELS[category],
              members: cycle.items.filter((i) => cycle.placement.placed.find((p) => p.id === i.systemId)?.category === category),
            }]
          : []),
      ];
      const progress = previous ? progressOf(id, previous, own.profile) : null;
      cycles.push({
        cycle: cycle.cycle,
        published: cycle.published,
        overallScore: own.scores.overall.score,
        basis: own.basis,
        category,
        domainScores: own.scores.domains.map((d) => ({ domainKey: d.domainKey, score: d.score, incomplete: d.incomplete })),
        peers: groups.map(({ group, groupName, members }) => {
          const position = peerPosition(own.profile, members.map((m) => m.profile));
          return {
            group,
            groupName,
            figures: [figure('overall', position.overall, withheld), ...position.domains.map((d) => figure(d.domainKey, d, withheld))],
          };
        }),
        progress: progress
          ? [{ domainKey: 'overall', delta: progress.overall.delta }, ...progress.domains.map((d) => ({ domainKey: d.domainKey, delta: d.delta }))]
          : [],
      });
      previous = own.profile;
    }

    // Calibration: the latest validated assessment's self-scores against the coach's moderated scores.
    const validated = await this.landscapes.latestValidatedAnswers(id);
    const framework = validated ? ((await this.canvas.findFramework(validated.frameworkId)) as FrameworkRecord) : null;
    const calibration = validated && framework ? calibrationOfIcs(framework.definition, validated.answers) : null;

    // Peers to learn from: the latest published cycle, among ICSs this person may see by name.
    const latestPublished = [...placed].reverse().find((c) => c.published);
    const ownInLatest = latestPublished?.items.find((i) => i.systemId === id);
    const matches =
      latestPublished && ownInLatest
        ? peerMatches(
            { id, category: latestPublished.placement.placed.find((p) => p.id === id)?.category ?? null, profile: ownInLatest.profile },
            latestPublished.items
              .filter((i) => landscapeVisibility(caller.actor, i, true) === 'NAMED')
              .map((i) => ({ id: i.systemId, category: latestPublished.placement.placed.find((p) => p.id === i.systemId)?.category ?? null, profile: i.profile })),
          )
        : [];
    const nameOf = new Map(latestPublished?.items.map((i) => [i.systemId, i.name]) ?? []);

    return {
      system,
      cycles,
      calibrationCycleName: validated?.cycleName ?? null,
      calibration: calibration
        ? [
            { domainKey: 'overall', meanGap: calibration.overall.meanGap, count: calibration.overall.count },
            ...calibration.domains.map((d) => ({ domainKey: d.domainKey, meanGap: d.meanGap, count: d.count })),
          ]
        : [],
      peerMatches: matches.map((m) => ({
        domainKey: m.domainKey,
        score: m.score,
        matches: m.matches.map((p) => ({ systemId: p.id, name: nameOf.get(p.id) ?? '', category: p.category, score: p.score })),
      })),
    };
  }

  async movement(caller: Caller, fromCycleId: string, toCycleId: string, request: Omit<LandscapeRequest, 'cycleId'>): Promise<MovementModel> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    const placementRequest = toPlacementRequest({ ...request, cycleId: fromCycleId });
    const before = await this.placeCycle(requireUuid(fromCycleId, 'fromCycleId'), placementRequest);
    const after = await this.placeCycle(requireUuid(toCycleId, 'toCycleId'), placementRequest);
    const movements = categoryMovements(before.placement, after.placement);
    const national = hasNationalView(caller.actor);
    const published = before.published && after.published;
    const itemOf = new Map(after.items.map((i) => [i.systemId, i]));
    const seesTheWhole = published || national;
    return {
      from: before.cycle,
      to: after.cycle,
      method: after.placement.method,
      methodDescription: after.placement.description,
      movedUp: seesTheWhole ? movements.movedUp : 0,
      movedDown: seesTheWhole ? movements.movedDown : 0,
      stayed: seesTheWhole ? movements.stayed : 0,
      cells: seesTheWhole
        ? ADOPTER_CATEGORIES.flatMap((from) =>
            ADOPTER_CATEGORIES.map((to) => ({ from, to, count: movements.matrix[from][to] })).filter((c) => c.count > 0),
          )
        : [],
      moves: movements.movements.flatMap((m) => {
        const item = itemOf.get(m.id);
        if (!item) return [];
        const visibility = landscapeVisibility(caller.actor, item, published);
        if (visibility === 'HIDDEN') return [];
        const named = visibility === 'NAMED';
        return [{ systemId: named ? m.id : null, name: named ? item.name : null, regionName: item.regionName, from: m.from, to: m.to, direction: m.direction }];
      }),
    };
  }

  /** One cycle scored and placed: one SQL aggregate, then the pure engine. */
  private async placeCycle(cycleId: string, request: PlacementRequest): Promise<PlacedCycle> {
    const cycle = await this.canvas.findCycle(cycleId);
    if (!cycle) throw new NotFoundError('Assessment cycle');
    const [framework, rows] = await Promise.all([
      this.canvas.findFramework(cycle.frameworkId) as Promise<FrameworkRecord>,
      this.landscapes.cycleAggregates(cycle.id),
    ]);
    const items = rows.map((row) => {
      const scores = scoreFromDomainTallies(framework.definition, row.status, row.tallies);
      return { ...row, basis: scores.basis, scores, profile: toScoreProfile(scores) };
    });
    const placement = placeOnDiffusionCurve(items.map((i) => ({ id: i.systemId, score: i.scores.overall.score })), request);
    return { cycle, published: cycle.publishedAt !== null, items, placement };
  }
}
