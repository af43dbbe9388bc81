import {
  Actor,
  compareShownEntries,
  countsInFigure,
  FigureScope,
  hasNationalView,
  landscapeVisibility,
  ledSystemIds,
  visibilitiesInLandscape,
} from '@idt/domain';
import {
  ADOPTER_CATEGORIES,
  ADOPTER_CATEGORY_LABELS,
  calibrationOfSystem,
  categoryIndex,
  categoryMovements,
  comparisonAcrossVersions,
  DEFAULT_PEER_MATCH_OPTIONS,
  movementAcrossVersions,
  peerMatches,
  PeerGroupKind,
  peerGroupKey,
  peerPosition,
  PeerPositionEntry,
  PeerStatistics,
  progressOf,
  ScoreProfile,
  toScoreProfile,
} from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CycleRecord, FrameworkRecord } from '../canvas/canvas.types';
import { PlacedPopulationMember, StoredPeerCandidate, StoredPeerGroup, StoredPlacement } from '../placement/placement.repository';
import { PlacedCycle, PlacementService } from '../placement/placement.service';
import { SystemsService } from '../systems/systems.service';
import { LandscapeRepository } from './landscape.repository';
import { describedFor, LandscapeRequest, toPlacementRequest } from './landscape.service';
import {
  MovementModel,
  PeerFigureModel,
  PeerGroupComparisonModel,
  ProfileCycleModel,
  SystemProfileModel,
  WeakDomainMatchesModel,
} from './models/profile.model';

const figure = (
  domainKey: string,
  score: number | null,
  percentileRank: number | null,
  statistics: PeerStatistics | undefined,
  withheld: boolean,
): PeerFigureModel => {
  const shown = !withheld && statistics !== undefined && !statistics.withheld ? statistics : null;
  return {
    domainKey,
    score,
    withheld: shown === null,
    count: shown?.count ?? null,
    lowerQuartile: shown?.lowerQuartile ?? null,
    median: shown?.median ?? null,
    upperQuartile: shown?.upperQuartile ?? null,
    percentileRank: shown === null ? null : percentileRank,
  };
};

/** The ICS against one group of peers in one cycle, worked out by the engine from the group's score profiles. */
function comparisonOf(
  group: Pick<PeerGroupComparisonModel, 'group' | 'groupKey' | 'groupName' | 'namedOnly'>,
  own: ScoreProfile,
  profiles: readonly ScoreProfile[],
  withheld: boolean,
): PeerGroupComparisonModel {
  const position = peerPosition(own, profiles);
  const entryFigure = (domainKey: string, entry: PeerPositionEntry) =>
    figure(domainKey, entry.score, entry.percentileRank.withheld ? null : entry.percentileRank.percentileRank, entry.group, withheld);
  return { ...group, figures: [entryFigure('overall', position.overall), ...position.domains.map((d) => entryFigure(d.domainKey, d))] };
}

/** The ICS against each of its cohorts in one cycle, worked out by the engine from the cohort's stored profiles. */
function cohortComparisons(
  own: ScoreProfile,
  cohorts: readonly { cohortId: string; cohortName: string; profiles: ScoreProfile[] }[],
  withheld: boolean,
): PeerGroupComparisonModel[] {
  return cohorts.map(({ cohortId, cohortName, profiles }) =>
    comparisonOf({ group: 'COHORT', groupKey: `COHORT:${cohortId}`, groupName: cohortName, namedOnly: false }, own, profiles, withheld),
  );
}

/**
 * The ICS against its peers in one cycle as someone without the national view may see them (docs/access-control.md,
 * "Keeping unnamed ICSs unidentifiable"): the nation and its adopter category over the ICSs that person is shown (named,
 * and the unnamed pool when it holds at least five); its region and its cohorts over their ICSs that person sees by
 * name only, so no region or cohort figure says anything about an unnamed ICS.
 */
function comparisonsAsSeen(
  actor: Actor,
  own: StoredPlacement,
  population: readonly PlacedPopulationMember[],
  cohorts: readonly { cohortId: string; cohortName: string; systemIds: string[] }[],
  published: boolean,
  withheld: boolean,
): PeerGroupComparisonModel[] {
  const visibility = visibilitiesInLandscape(actor, population, published);
  const counted = (scope: FigureScope) => population.filter((m) => countsInFigure(visibility.get(m.systemId) ?? 'HIDDEN', scope));
  const shown = counted('WHOLE_LANDSCAPE');
  const named = counted('REGION_OR_COHORT');
  const namedIds = new Set(named.map((m) => m.systemId));
  const region = population.find((m) => m.systemId === own.systemId)?.regionName ?? '';
  const everyoneShown = shown.length === population.length;
  const profiles = (members: readonly PlacedPopulationMember[]) => members.map((m) => m.profile);
  return [
    comparisonOf(
      { group: 'NATIONAL', groupKey: peerGroupKey('NATIONAL'), groupName: everyoneShown ? 'All ICSs' : 'All ICSs that you see', namedOnly: !everyoneShown },
      own.profile,
      profiles(shown),
      withheld,
    ),
    comparisonOf(
      { group: 'REGION', groupKey: peerGroupKey('REGION', region), groupName: `ICSs in the ${region} that you see by name`, namedOnly: true },
      own.profile,
      profiles(named.filter((m) => m.regionName === region)),
      withheld,
    ),
    ...cohorts.map(({ cohortId, cohortName, systemIds }) =>
      comparisonOf(
        { group: 'COHORT', groupKey: `COHORT:${cohortId}`, groupName: `ICSs in ${cohortName} that you see by name`, namedOnly: true },
        own.profile,
        profiles(named.filter((m) => systemIds.includes(m.systemId) && namedIds.has(m.systemId))),
        withheld,
      ),
    ),
    ...(own.category === null
      ? []
      : [
          comparisonOf(
            {
              group: 'CATEGORY',
              groupKey: peerGroupKey('CATEGORY', own.category),
              groupName: ADOPTER_CATEGORY_LABELS[own.category],
              namedOnly: !everyoneShown,
            },
            own.profile,
            profiles(shown.filter((m) => m.category === own.category)),
            withheld,
          ),
        ]),
  ];
}

/** National first, then the region, then the adopter category. */
const PEER_GROUP_ORDER: readonly PeerGroupKind[] = ['NATIONAL', 'REGION', 'CATEGORY'];

/** The ICS against its peers as the national view sees them: every ICS, from the figures stored with the placement. */
function storedComparisons(
  placement: StoredPlacement,
  groups: readonly StoredPeerGroup[],
  cohorts: readonly { cohortId: string; cohortName: string; profiles: ScoreProfile[] }[],
  withheld: boolean,
): PeerGroupComparisonModel[] {
  const groupOf = new Map(groups.map((g) => [g.groupKey, g]));
  return placement.peerRanks
    .flatMap((ranks) => {
      const group = groupOf.get(ranks.groupKey);
      return group ? [{ ranks, group }] : [];
    })
    .sort((a, b) => PEER_GROUP_ORDER.indexOf(a.group.kind) - PEER_GROUP_ORDER.indexOf(b.group.kind))
    .flatMap(({ ranks, group }) => {
      const domainStatistics = new Map(group.statistics.domains.map((d) => [d.domainKey, d.statistics]));
      const comparison: PeerGroupComparisonModel = {
        group: group.kind,
        groupKey: group.groupKey,
        groupName: group.name,
        namedOnly: false,
        figures: [
          figure('overall', placement.profile.overall, ranks.overall, group.statistics.overall, withheld),
          ...placement.domainScores.map(({ domainKey }) =>
            figure(domainKey, placement.profile.domains[domainKey] ?? null, ranks.domains[domainKey] ?? null, domainStatistics.get(domainKey), withheld),
          ),
        ],
      };
      // The ICS's cohorts (PRODUCT §4) come after its region, before its adopter category.
      return group.kind === 'REGION' ? [comparison, ...cohortComparisons(placement.profile, cohorts, withheld)] : [comparison];
    });
}

/** One ICS over time and against its peers, and how all ICSs moved between two cycles. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly landscapes: LandscapeRepository,
    private readonly canvas: CanvasRepository,
    private readonly systems: SystemsService,
    private readonly placements: PlacementService,
  ) {}

  async systemProfile(caller: Caller, systemId: string): Promise<SystemProfileModel> {
    const id = requireUuid(systemId, 'systemId');
    requirePermission(caller.actor, 'read', { kind: 'system-profile', systemId: id }, 'ICS');
    const system = await this.systems.findSystem(id);
    if (!system) throw new NotFoundError('ICS');
    const cycleIds = await this.placements.cyclesCountedFor(id);
    const national = hasNationalView(caller.actor);
    const [stored, cycleRecords, cohortProfiles, population] = await Promise.all([
      this.placements.placementsOf(id, cycleIds),
      this.canvas.listCycles(),
      this.placements.cohortProfilesOf(id, cycleIds),
      // Without the national view, peer figures count only the ICSs this person is shown: worked out from every placed ICS.
      national ? Promise.resolve([]) : this.placements.populationOf(cycleIds),
    ]);
    const storedIn = new Map(stored.map((s) => [s.cycleId, s]));
    const cycleOf = new Map(cycleRecords.map((c) => [c.id, c]));

    // Two cycles in a row on different canvas versions are compared over the criteria both share (ADR 0026).
    const shown = cycleIds.flatMap((cycleId) => {
      const cycle = cycleOf.get(cycleId);
      return cycle && storedIn.has(cycleId) ? [cycle] : [];
    });
    const acrossVersions = await this.placements.scoresAcrossVersions(
      id,
      shown.flatMap((cycle, i) => (i > 0 && shown[i - 1].frameworkId !== cycle.frameworkId ? [{ before: shown[i - 1], after: cycle }] : [])),
    );

    let previous: { cycle: CycleRecord; profile: ScoreProfile } | null = null;
    const cycles: ProfileCycleModel[] = [];
    for (const cycleId of cycleIds) {
      const cycle = cycleOf.get(cycleId);
      const own = storedIn.get(cycleId);
      if (!cycle || !own) continue;
      const { placement, groups } = own;
      const published = cycle.publishedAt !== null;
      // Peers only in a published cycle (or for the national view): until then each ICS checks its own figures.
      const withheld = !published && !national;
      // Across versions: the earlier answers mapped onto this cycle's canvas, both sides scored over the shared criteria only.
      const crossing = previous !== null && previous.cycle.frameworkId !== cycle.frameworkId;
      const comparable = crossing ? acrossVersions.get(cycleId) : undefined;
      const progress = comparable
        ? progressOf(id, toScoreProfile(comparable.before), toScoreProfile(comparable.after))
        : previous && !crossing
          ? progressOf(id, previous.profile, placement.profile)
          : null;
      cycles.push({
        systemId: id,
        cycle,
        published,
        overallScore: placement.overallScore,
        basis: placement.basis,
        category: placement.category,
        domainScores: [...placement.domainScores],
        peers: !national
          ? comparisonsAsSeen(
              caller.actor,
              placement,
              population.filter((m) => m.cycleId === cycleId),
              cohortProfiles.filter((c) => c.cycleId === cycleId),
              published,
              withheld,
            )
          : storedComparisons(placement, groups, cohortProfiles.filter((c) => c.cycleId === cycleId), withheld),
        progress: progress
          ? [{ domainKey: 'overall', delta: progress.overall.delta }, ...progress.domains.map((d) => ({ domainKey: d.domainKey, delta: d.delta }))]
          : [],
        comparedAcrossVersions: comparable && previous ? comparisonAcrossVersions(comparable, previous.cycle.name) : null,
      });
      previous = { cycle, profile: placement.profile };
    }

    // Evidence behind the latest counted assessment: counts per domain of its canvas, never the text.
    const latestCycle = [...cycleIds].reverse().map((cycleId) => cycleOf.get(cycleId)).find((c) => c !== undefined);
    const evidenceFramework = latestCycle ? ((await this.canvas.findFramework(latestCycle.frameworkId)) as FrameworkRecord) : null;
    const tallies = latestCycle ? new Map((await this.landscapes.evidenceTallies(id, latestCycle.id)).map((t) => [t.domainKey, t])) : new Map();
    const evidence = (evidenceFramework?.definition.domains ?? []).map((domain) => ({
      domainKey: domain.key,
      criteria: domain.criteria.length,
      withEvidence: tallies.get(domain.key)?.withEvidence ?? 0,
      withLinks: tallies.get(domain.key)?.withLinks ?? 0,
      notAssessed: tallies.get(domain.key)?.notAssessed ?? 0,
    }));

    // Calibration: the latest validated assessment's self-assessed levels against the coach's moderated levels.
    const validated = await this.landscapes.latestValidatedAnswers(id);
    const framework = validated ? ((await this.canvas.findFramework(validated.frameworkId)) as FrameworkRecord) : null;
    const calibration = validated && framework ? calibrationOfSystem(framework.definition, validated.answers) : null;

    // Peers to learn from: the latest published cycle, among ICSs this person may see by name.
    const latestPublished = [...cycleIds].reverse().find((cycleId) => cycleOf.get(cycleId)?.publishedAt && storedIn.has(cycleId));
    const ownInLatest = latestPublished === undefined ? undefined : storedIn.get(latestPublished);
    const matches = latestPublished && ownInLatest ? await this.peersToLearnFrom(caller, latestPublished, ownInLatest.placement) : [];

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
      peerMatches: matches,
      evidenceCycleName: latestCycle?.name ?? null,
      evidence,
    };
  }

  /**
   * For the ICS's weakest domains in a published cycle, the strongest ICSs further along the curve that this person may
   * see by name. The engine (`peerMatches`) picks the domains and ranks the peers; the database only narrows the
   * candidates to the few that can be among the strongest in each of those domains, so the cycle is never loaded whole.
   */
  private async peersToLearnFrom(caller: Caller, cycleId: string, own: StoredPlacement): Promise<WeakDomainMatchesModel[]> {
    const system = { id: own.systemId, category: own.category, profile: own.profile };
    const weakest = peerMatches(system, []);
    const aheadOf = own.category === null ? ADOPTER_CATEGORIES.length : categoryIndex(own.category);
    const everyoneNamed = hasNationalView(caller.actor);
    const knownSystemIds = [...ledSystemIds(caller.actor), ...caller.actor.coachedSystemIds];
    const strongest = await Promise.all(
      weakest.map(({ domainKey, score }) =>
        this.placements.strongestInDomain({
          cycleId,
          domainKey,
          above: score,
          aheadOf,
          everyoneNamed,
          knownSystemIds,
          limit: DEFAULT_PEER_MATCH_OPTIONS.matchesPerDomain,
        }),
      ),
    );
    const candidates = new Map<string, StoredPeerCandidate>();
    for (const candidate of strongest.flat()) {
      if (landscapeVisibility(caller.actor, candidate, true) === 'NAMED') candidates.set(candidate.systemId, candidate);
    }
    const matches = peerMatches(
      system,
      [...candidates.values()].map((c) => ({ id: c.systemId, category: c.category, profile: c.profile })),
    );
    // A weak domain where no ICS this person may see by name is stronger is left out, not listed with no one.
    return matches.flatMap((m) => {
      const named = m.matches.flatMap((p) => {
        const candidate = candidates.get(p.id);
        return candidate ? [{ systemId: p.id, name: candidate.name, category: p.category, score: p.score }] : [];
      });
      return named.length > 0 ? [{ domainKey: m.domainKey, score: m.score, matches: named }] : [];
    });
  }

  async movement(caller: Caller, fromCycleId: string, toCycleId: string, request: Omit<LandscapeRequest, 'cycleId'>): Promise<MovementModel> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    const placementRequest = toPlacementRequest({ ...request, cycleId: fromCycleId });
    const [fromCycle, toCycle] = await Promise.all([
      this.findCycle(requireUuid(fromCycleId, 'fromCycleId')),
      this.findCycle(requireUuid(toCycleId, 'toCycleId')),
    ]);
    // Movement runs forwards in time: a "from" after the "to" would report every move the wrong way round.
    if (fromCycle.opensOn > toCycle.opensOn) {
      throw new BadUserInputError(`Choose a "from" cycle that comes before ${toCycle.name}.`, 'fromCycleId');
    }
    const placed = await this.placements.cycles([fromCycle.id, toCycle.id], placementRequest);
    const before = placed.get(fromCycle.id) as PlacedCycle;
    const after = placed.get(toCycle.id) as PlacedCycle;
    // Which canvas versions the two cycles used: a movement across versions says so, and what a move then means.
    const frameworks = new Map((await this.canvas.findFrameworks([fromCycle.frameworkId, toCycle.frameworkId])).map((f) => [f.id, f.definition.version]));
    const [versionBefore, versionAfter] = [frameworks.get(fromCycle.frameworkId), frameworks.get(toCycle.frameworkId)];
    const movements = categoryMovements(
      before.placement,
      after.placement,
      versionBefore === undefined || versionAfter === undefined ? undefined : { before: versionBefore, after: versionAfter },
    );
    const national = hasNationalView(caller.actor);
    const published = fromCycle.publishedAt !== null && toCycle.publishedAt !== null;
    const itemOf = new Map(after.entries.map((i) => [i.systemId, i]));
    // The ICSs compared, as this person sees them: an unnamed pool under five is hidden like any provisional ICS.
    const compared = movements.movements.flatMap((m) => {
      const item = itemOf.get(m.id);
      return item ? [{ move: m, item }] : [];
    });
    const visibilityOf = visibilitiesInLandscape(caller.actor, compared.map((c) => c.item), published);
    const shown = compared
      .filter((c) => visibilityOf.get(c.item.systemId) !== 'HIDDEN')
      .map(({ move, item }) => ({ move, item, named: visibilityOf.get(item.systemId) === 'NAMED' }))
      // By what each move shows: its categories, then named ICSs by name, unnamed ones after (never by a hidden id).
      .sort(
        (a, b) =>
          categoryIndex(a.move.from) - categoryIndex(b.move.from) ||
          categoryIndex(a.move.to) - categoryIndex(b.move.to) ||
          compareShownEntries(
            { score: null, categoryIndex: null, name: a.named ? a.item.name : null, shown: '' },
            { score: null, categoryIndex: null, name: b.named ? b.item.name : null, shown: '' },
          ),
      );
    // Every count is over the moves shown (for the national view: every ICS compared).
    const count = (direction: string) => shown.filter((s) => s.move.direction === direction).length;
    const scoreBefore = new Map(before.entries.map((i) => [i.systemId, i.overallScore]));
    const cohorts = await this.landscapes.cohortMemberships(shown.filter((s) => s.named).map((s) => s.item.systemId));
    const cohortsOf = new Map<string, string[]>();
    for (const { systemId, cohortName } of cohorts) cohortsOf.set(systemId, [...(cohortsOf.get(systemId) ?? []), cohortName]);
    return {
      from: fromCycle,
      to: toCycle,
      method: after.placement.method,
      methodDescription: describedFor(after.placement, !national && shown.length < after.entries.length),
      movedUp: national ? movements.movedUp : count('UP'),
      movedDown: national ? movements.movedDown : count('DOWN'),
      stayed: national ? movements.stayed : count('SAME'),
      cells: ADOPTER_CATEGORIES.flatMap((from) =>
        ADOPTER_CATEGORIES.map((to) => ({
          from,
          to,
          count: national ? movements.matrix[from][to] : shown.filter((s) => s.move.from === from && s.move.to === to).length,
        })).filter((c) => c.count > 0),
      ),
      moves: shown.map(({ move, item, named }) => ({
        systemId: named ? move.id : null,
        name: named ? item.name : null,
        regionName: named ? item.regionName : null,
        cohortNames: named ? (cohortsOf.get(move.id) ?? []) : [],
        fromScore: named ? (scoreBefore.get(move.id) ?? null) : null,
        toScore: named ? item.overallScore : null,
        from: move.from,
        to: move.to,
        direction: move.direction,
      })),
      acrossVersions: movements.versions
        ? movementAcrossVersions(movements.versions, { fromName: fromCycle.name, toName: toCycle.name }, after.placement.method)
        : null,
    };
  }

  private async findCycle(cycleId: string): Promise<CycleRecord> {
    const cycle = await this.canvas.findCycle(cycleId);
    if (!cycle) throw new NotFoundError('Assessment cycle');
    return cycle;
  }
}
