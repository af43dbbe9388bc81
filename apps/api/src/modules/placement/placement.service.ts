import { ComparableScores, Placement, PlacementRequest, placeCycle, replaceCycle, scoreOverSharedCriteria } from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CanvasRepository } from '../canvas/canvas.repository';
import { PlacedEntry, PlacedMember, PlacementRepository } from './placement.repository';

/** A cycle's placed ICSs, placed by the method asked for. */
export interface PlacedCycle {
  /** Every placed ICS, by name, with its stored scores and its Rogers category. */
  readonly entries: readonly PlacedEntry[];
  /** The placement by the method asked for, re-placed in memory from the stored overall scores. */
  readonly placement: Placement;
}

/**
 * The placement read model (docs/decisions/0020): every reader of scores, categories and peer figures (the landscape,
 * an ICS's profile, a cohort's view, movement between cycles) reads through here. Each cycle is placed once by the
 * engine (`placeCycle`) from the one aggregate and stored; it is placed again when read after a change to which
 * assessments count (the triggers of migration 1763860000000 count those changes, in the database), so a reader never
 * sees figures older than the data. Another method or other parameters re-place the stored overall scores in memory
 * (`replaceCycle`), never aggregating the answers again.
 */
@Injectable()
export class PlacementService {
  constructor(
    private readonly placements: PlacementRepository,
    private readonly canvas: CanvasRepository,
  ) {}

  /** Brings the stored placements of these cycles up to date: one statement when they are (the usual case). */
  async bringUpToDate(cycleIds: readonly string[]): Promise<void> {
    await this.place(await this.placements.staleCycles(cycleIds));
  }

  /** Places these cycles again from the aggregate and stores them (unless another replica just did). */
  private async place(cycleIds: readonly string[]): Promise<void> {
    for (const cycleId of cycleIds) {
      const cycle = await this.canvas.findCycle(cycleId);
      if (!cycle) continue;
      const framework = await this.canvas.findFramework(cycle.frameworkId);
      if (!framework) continue;
      await this.placements.rebuild(cycleId, (tallies) => placeCycle(framework.definition, tallies));
    }
  }

  /**
   * Places a cycle again inside the caller's transaction, after a change to levels that counted (a correction after
   * publishing): the whole cycle, since placement is relative and one ICS's correction can move others' categories.
   */
  async placeAgainWithin(tx: EntityManager, cycleId: string): Promise<void> {
    const cycle = await this.canvas.findCycle(cycleId);
    const framework = cycle ? await this.canvas.findFramework(cycle.frameworkId) : null;
    if (!framework) throw new Error(`Cycle ${cycleId} or its framework is missing`);
    await this.placements.placeAgainWithin(tx, cycleId, (tallies) => placeCycle(framework.definition, tallies));
  }

  /** Every placed ICS of each of these cycles, placed by `request`: one statement to read them, whatever their number. */
  async cycles(cycleIds: readonly string[], request: PlacementRequest): Promise<Map<string, PlacedCycle>> {
    let read = await this.placements.entries(cycleIds);
    const stale = read.filter((r) => !r.current).map((r) => r.cycleId);
    if (stale.length > 0) {
      await this.place(stale);
      read = await this.placements.entries(cycleIds);
    }
    return new Map(read.map(({ cycleId, entries }) => [cycleId, { entries, placement: replaceCycle(entries, request) }]));
  }

  /** One cycle's placed ICSs, placed by `request`. */
  async cycle(cycleId: string, request: PlacementRequest): Promise<PlacedCycle> {
    return (await this.cycles([cycleId], request)).get(cycleId) as PlacedCycle;
  }

  /** These ICSs' stored placements (a cohort's members) in these cycles; an ICS whose assessment does not count has none. */
  async members(cycleIds: readonly string[], systemIds: readonly string[]): Promise<PlacedMember[]> {
    await this.bringUpToDate(cycleIds);
    return this.placements.members(cycleIds, systemIds);
  }

  /** The cycles in which this ICS has an assessment that counts, oldest first, their placements brought up to date. */
  async cyclesCountedFor(systemId: string): Promise<string[]> {
    const cycles = await this.placements.cyclesCountedFor(systemId);
    await this.place(cycles.filter((c) => !c.current).map((c) => c.id));
    return cycles.map((c) => c.id);
  }

  /**
   * For each pair of this ICS's cycles on different canvas versions (keyed by the later cycle), its two assessments
   * scored by the engine over the criteria both versions share (`scoreOverSharedCriteria`, ADR 0026): the frameworks
   * in one read, the answers in one statement, whatever the number of pairs. A pair missing either side is left out.
   */
  async scoresAcrossVersions(
    systemId: string,
    pairs: readonly { before: { id: string; frameworkId: string }; after: { id: string; frameworkId: string } }[],
  ): Promise<Map<string, ComparableScores>> {
    if (pairs.length === 0) return new Map();
    const cycleIds = [...new Set(pairs.flatMap((p) => [p.before.id, p.after.id]))];
    const frameworkIds = [...new Set(pairs.flatMap((p) => [p.before.frameworkId, p.after.frameworkId]))];
    const [frameworks, answers] = await Promise.all([this.canvas.findFrameworks(frameworkIds), this.placements.answersInCycles(systemId, cycleIds)]);
    const frameworkOf = new Map(frameworks.map((f) => [f.id, f.definition]));
    const assessmentIn = new Map(answers.map((a) => [a.cycleId, { status: a.status, answers: a.answers }]));
    const scores = new Map<string, ComparableScores>();
    for (const { before, after } of pairs) {
      const [frameworkBefore, frameworkAfter] = [frameworkOf.get(before.frameworkId), frameworkOf.get(after.frameworkId)];
      const [assessmentBefore, assessmentAfter] = [assessmentIn.get(before.id), assessmentIn.get(after.id)];
      if (!frameworkBefore || !frameworkAfter || !assessmentBefore || !assessmentAfter) continue;
      scores.set(after.id, scoreOverSharedCriteria(frameworkBefore, assessmentBefore, frameworkAfter, assessmentAfter));
    }
    return scores;
  }

  /** One ICS's stored placements in these cycles, with its peer groups' figures (after `cyclesCountedFor`). */
  placementsOf(systemId: string, cycleIds: readonly string[]) {
    return this.placements.placementsOf(systemId, cycleIds);
  }

  /** The stored score profiles of each of this ICS's cohorts' placed ICSs, per cycle. */
  cohortProfilesOf(systemId: string, cycleIds: readonly string[]) {
    return this.placements.cohortProfilesOf(systemId, cycleIds);
  }

  /** Every ICS placed in these cycles, with its region, name sharing, category and profile. */
  populationOf(cycleIds: readonly string[]) {
    return this.placements.populationOf(cycleIds);
  }

  /** The strongest ICSs in one domain of a cycle that the viewer may see by name (see the repository). */
  strongestInDomain(query: Parameters<PlacementRepository['strongestInDomain']>[0]) {
    return this.placements.strongestInDomain(query);
  }
}
