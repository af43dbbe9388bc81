import {
  Actor,
  compareShownEntries,
  countsInFigure,
  hasNationalView,
  LandscapeVisibility,
  ledSystemIds,
  ranksAmongShown,
  visibilitiesInLandscape,
  withholdsSmallAggregates,
} from '@idt/domain';
import {
  ADOPTER_CATEGORIES,
  ADOPTER_CATEGORY_LABELS,
  AdopterCategory,
  categoryIndex,
  FixedThresholds,
  findChasm,
  fixedThresholdsProblems,
  MIN_AGGREGATE_SIZE,
  Placement,
  PlacementMethod,
  PlacementRequest,
} from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CycleRecord } from '../canvas/canvas.types';
import { PlacementService } from '../placement/placement.service';
import { revisionModel } from '../sign-off/revision-model';
import { SignOffRepository } from '../sign-off/sign-off.repository';
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
 * A cycle's landscape: the cycle's stored placement (the placement read model), re-placed by the method asked for,
 * then cut down to what the caller may see (named, unnamed or hidden ICSs; small aggregates withheld; provisional until
 * published). Every figure names the method it was placed by.
 */
@Injectable()
export class LandscapeService {
  constructor(
    private readonly canvas: CanvasRepository,
    private readonly placements: PlacementService,
    private readonly signOffs: SignOffRepository,
  ) {}

  async landscape(caller: Caller, request: LandscapeRequest): Promise<LandscapeModel> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    const cycle = await this.canvas.findCycle(requireUuid(request.cycleId, 'cycleId'));
    if (!cycle) throw new NotFoundError('Assessment cycle');
    const { entries: rows, placement } = await this.placements.cycle(cycle.id, toPlacementRequest(request));
    // Read for every cycle (an unpublished one has none), so a landscape is the same few statements either way.
    const revisions = await this.signOffs.revisions([cycle.id]);
    const placedById = new Map(placement.placed.map((p) => [p.id, p]));
    const published = cycle.publishedAt !== null;
    const actor = caller.actor;
    const ownIds = new Set([...ledSystemIds(actor), ...actor.coachedSystemIds]);
    const national = hasNationalView(actor);

    // Who this person sees, and how: named, in the unnamed pool (only when it holds at least five), or not at all.
    const visibilityOf = visibilitiesInLandscape(actor, rows, published);
    const shown = rows
      .map((row) => ({ row, visibility: visibilityOf.get(row.systemId) as LandscapeVisibility, placed: placedById.get(row.systemId) }))
      .filter((e) => e.visibility !== 'HIDDEN')
      .map((e) => ({ ...e, named: e.visibility === 'NAMED', domainScores: e.row.domainScores.map((d) => ({ domainKey: d.domainKey, score: d.score, incomplete: d.incomplete })) }))
      // Ordered by what each entry shows, never by an unnamed ICS's name, code or id (each key worked out once).
      .map((e) => ({ ...e, key: shownKey(e) }))
      .sort((a, b) => compareShownEntries(a.key, b.key));
    // Every figure below counts only ICSs shown (by the national view: all of them), so none says anything of a hidden one.
    const ranks = national ? shown.map((e) => e.placed?.rank ?? null) : ranksAmongShown(shown.map((e) => e.placed?.score ?? null));

    const entries: LandscapeEntryModel[] = shown.map(({ row, named, placed, domainScores }, index) => ({
      systemId: named ? row.systemId : null,
      name: named ? row.name : null,
      onsCode: named ? row.onsCode : null,
      regionName: named ? row.regionName : null,
      own: ownIds.has(row.systemId),
      overallScore: row.overallScore,
      basis: row.basis,
      category: placed?.category ?? null,
      rank: ranks[index] ?? null,
      domainScores,
      // A correction after publishing, without its reason where the ICS is unnamed (a reason could pick it out).
      revision: revisionModel(revisions, row.systemId, named),
    }));

    // The chasm among the ICSs shown, unnamed ones standing in by their place in the list (never their id), so even a
    // tie between candidates is broken by nothing hidden.
    const standIn = new Map(shown.map((e, index) => [e.row.systemId, e.named ? e.row.systemId : `~unnamed-${String(index).padStart(8, '0')}`]));
    const shownPlacement = {
      ...placement,
      placed: placement.placed.filter((p) => standIn.has(p.id)).map((p) => ({ ...p, id: standIn.get(p.id) as string })),
    };
    const nameOf = new Map(shown.filter((e) => e.named).map((e) => [e.row.systemId, e.row.name]));
    const chasm = findChasm(national ? placement : shownPlacement);
    return {
      cycle: cycle as CycleRecord,
      published,
      illustrative: cycle.illustrative,
      method: placement.method,
      methodDescription: describedFor(placement, shown.length < rows.length),
      assessed: national ? rows.length : shown.length,
      entries,
      categoryCounts: countsOf(shown.flatMap((e) => (e.placed ? [e.placed.category] : []))),
      regionCounts: this.regionCounts(
        actor,
        shown.flatMap((e) => (countsInFigure(e.visibility, 'REGION_OR_COHORT') ? [{ region: e.row.regionName, category: e.placed?.category ?? null }] : [])),
      ),
      chasm: {
        gap: chasm.gap,
        lowestEarlyAdopterScore: chasm.lowestEarlyAdopterScore,
        highestEarlyMajorityScore: chasm.highestEarlyMajorityScore,
        nearest: chasm.nearest.map((c) => {
          const name = nameOf.get(c.id) ?? null;
          return { systemId: name === null ? null : c.id, name, score: c.score, distance: c.distance };
        }),
      },
    };
  }

  private regionCounts(actor: Actor, items: readonly { region: string; category: AdopterCategory | null }[]) {
    const regions = [...new Set(items.map((i) => i.region))].sort((a, b) => a.localeCompare(b, 'en-GB'));
    return regions.map((regionName) => {
      const inRegion = items.filter((i) => i.region === regionName);
      const withheld = withholdsSmallAggregates(actor) && inRegion.length < MIN_AGGREGATE_SIZE;
      return { regionName, withheld, namedOnly: !hasNationalView(actor), counts: withheld ? [] : countsOf(inRegion.map((i) => i.category)) };
    });
  }
}

/**
 * The method in one line, as someone who is not shown every ICS may read it: natural breaks' description can say how
 * many distinct scores the whole cycle has ("5 asked for but there are only 2"), a count of ICSs they are not shown,
 * so they are told the method without it.
 */
export function describedFor(placement: Placement, someoneHidden: boolean): string {
  if (!someoneHidden || placement.parameters.method !== 'NATURAL_BREAKS') return placement.description;
  return `Natural breaks: up to ${placement.parameters.k} groups where overall scores cluster (Fisher–Jenks)`;
}

/** What a landscape entry shows, as `compareShownEntries` orders by: its score, category, name if named, domain scores. */
function shownKey(e: {
  readonly named: boolean;
  readonly row: { readonly name: string; readonly overallScore: number | null; readonly basis: string };
  readonly placed?: { readonly category: AdopterCategory };
  readonly domainScores: readonly unknown[];
}) {
  return {
    score: e.row.overallScore,
    categoryIndex: e.placed ? categoryIndex(e.placed.category) : null,
    name: e.named ? e.row.name : null,
    shown: JSON.stringify({ basis: e.row.basis, domainScores: e.domainScores }),
  };
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
