import { Actor, canPublishCycle, hasNationalView, landscapeVisibility, ledSystemIds, withholdsSmallAggregates } from '@idt/domain';
import {
  ADOPTER_CATEGORIES,
  ADOPTER_CATEGORY_LABELS,
  AdopterCategory,
  FixedThresholds,
  findChasm,
  fixedThresholdsProblems,
  MIN_AGGREGATE_SIZE,
  PlacementMethod,
  PlacementRequest,
  placeOnDiffusionCurve,
  scoreFromDomainTallies,
} from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, ForbiddenError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CycleRecord, FrameworkRecord } from '../canvas/canvas.types';
import { LandscapeRepository } from './landscape.repository';
import { CategoryCountModel, LandscapeEntryModel, LandscapeModel } from './models/landscape.model';

export interface LandscapeRequest {
  readonly cycleId: string;
  readonly method: PlacementMethod;
  readonly naturalBreaksK?: number | null;
  readonly thresholds?: FixedThresholds | null;
}

const countsOf = (categories: readonly (AdopterCategory | null)[]): CategoryCountModel[] =>
  ADOPTER_CATEGORIES.map((category) => ({
    category,
    label: ADOPTER_CATEGORY_LABELS[category],
    count: categories.filter((c) => c === category).length,
  }));

/**
 * A cycle's landscape: SQL aggregates per ICS and domain, scored and placed by the pure maturity engine, then cut
 * down to what the caller may see (named, unnamed or hidden ICSs; small aggregates withheld; provisional until
 * published). Every figure names the method it was placed by.
 */
@Injectable()
export class LandscapeService {
  constructor(
    private readonly landscapes: LandscapeRepository,
    private readonly canvas: CanvasRepository,
  ) {}

  async landscape(caller: Caller, request: LandscapeRequest): Promise<LandscapeModel> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    const cycle = await this.canvas.findCycle(requireUuid(request.cycleId, 'cycleId'));
    if (!cycle) throw new NotFoundError('Assessment cycle');
    const placementRequest = toPlacementRequest(request);
    const [framework, rows] = await Promise.all([
      this.canvas.findFramework(cycle.frameworkId) as Promise<FrameworkRecord>,
      this.landscapes.cycleAggregates(cycle.id),
    ]);

    const scored = rows.map((row) => ({ row, scores: scoreFromDomainTallies(framework.definition, row.status, row.tallies) }));
    const placement = placeOnDiffusionCurve(
      scored.map(({ row, scores }) => ({ id: row.systemId, score: scores.overall.score })),
      placementRequest,
    );
    const placedById = new Map(placement.placed.map((p) => [p.id, p]));
    const published = cycle.publishedAt !== null;
    const actor = caller.actor;
    const ownIds = new Set([...ledSystemIds(actor), ...actor.coachedSystemIds]);

    const withVisibility = scored.map(({ row, scores }) => ({
      row,
      scores,
      visibility: landscapeVisibility(actor, row, published),
      placed: placedById.get(row.systemId),
    }));
    const visibilityOf = new Map(withVisibility.map((v) => [v.row.systemId, v]));
    const visible = withVisibility
      .filter((e) => e.visibility !== 'HIDDEN')
      .sort((a, b) => (a.placed?.rank ?? Infinity) - (b.placed?.rank ?? Infinity) || a.row.name.localeCompare(b.row.name));

    const entries: LandscapeEntryModel[] = visible.map(({ row, scores, visibility, placed }) => {
      const named = visibility === 'NAMED';
      return {
        systemId: named ? row.systemId : null,
        name: named ? row.name : null,
        onsCode: named ? row.onsCode : null,
        regionName: row.regionName,
        own: ownIds.has(row.systemId),
        overallScore: scores.overall.score,
        basis: scores.basis,
        category: placed?.category ?? null,
        rank: placed?.rank ?? null,
        domainScores: scores.domains.map((d) => ({ domainKey: d.domainKey, score: d.score, incomplete: d.incomplete })),
      };
    });

    // A provisional landscape shows people without the national view their own figures and nothing about the rest.
    const seesTheWhole = published || hasNationalView(actor);
    const chasm = findChasm(placement);
    return {
      cycle: cycle as CycleRecord,
      published,
      illustrative: cycle.illustrative,
      method: placement.method,
      methodDescription: placement.description,
      assessed: rows.length,
      entries,
      categoryCounts: seesTheWhole ? countsOf(placement.placed.map((p) => p.category)) : [],
      regionCounts: seesTheWhole ? this.regionCounts(actor, scored.map((s) => ({ region: s.row.regionName, category: placedById.get(s.row.systemId)?.category ?? null }))) : [],
      chasm: seesTheWhole
        ? {
            gap: chasm.gap,
            lowestEarlyAdopterScore: chasm.lowestEarlyAdopterScore,
            highestEarlyMajorityScore: chasm.highestEarlyMajorityScore,
            nearest: chasm.nearest.map((c) => {
              const named = visibilityOf.get(c.id)?.visibility === 'NAMED';
              return { systemId: named ? c.id : null, name: named ? (visibilityOf.get(c.id)?.row.name ?? null) : null, score: c.score, distance: c.distance };
            }),
          }
        : { gap: null, lowestEarlyAdopterScore: null, highestEarlyMajorityScore: null, nearest: [] },
    };
  }

  async publish(caller: Caller, cycleId: string): Promise<CycleRecord> {
    if (!canPublishCycle(caller.actor)) throw new ForbiddenError();
    const id = requireUuid(cycleId, 'cycleId');
    if (!(await this.canvas.findCycle(id))) throw new NotFoundError('Assessment cycle');
    await this.landscapes.publish(id, caller.user.id, caller.ip);
    return (await this.canvas.findCycle(id)) as CycleRecord;
  }

  private regionCounts(actor: Actor, items: readonly { region: string; category: AdopterCategory | null }[]) {
    const regions = [...new Set(items.map((i) => i.region))].sort((a, b) => a.localeCompare(b, 'en-GB'));
    return regions.map((regionName) => {
      const inRegion = items.filter((i) => i.region === regionName);
      const withheld = withholdsSmallAggregates(actor) && inRegion.length < MIN_AGGREGATE_SIZE;
      return { regionName, withheld, counts: withheld ? [] : countsOf(inRegion.map((i) => i.category)) };
    });
  }
}

/** The placement method and its parameters, checked: bad ones are BAD_USER_INPUT. */
export function toPlacementRequest(request: LandscapeRequest): PlacementRequest {
  switch (request.method) {
    case 'NATURAL_BREAKS': {
      const k = request.naturalBreaksK ?? 4;
      if (!Number.isInteger(k) || k < 2 || k > 5) throw new BadUserInputError('Natural breaks needs 2 to 5 groups.', 'naturalBreaksK');
      return { method: 'NATURAL_BREAKS', k };
    }
    case 'FIXED_THRESHOLDS': {
      const t = request.thresholds;
      const problem = t ? fixedThresholdsProblems(t)[0] : undefined;
      if (problem) throw new BadUserInputError(`${problem.message}.`, `thresholds.${problem.field}`);
      return t ? { method: 'FIXED_THRESHOLDS', thresholds: t } : { method: 'FIXED_THRESHOLDS' };
    }
    default:
      return { method: 'ROGERS_QUANTILES' };
  }
}
