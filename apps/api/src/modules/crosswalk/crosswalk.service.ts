import { CanvasFramework } from '@idt/domain';
import { countedLevels, CrosswalkReading, crosswalkFigures, crosswalkPath, readInCrosswalk, scoreBasis } from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CycleRecord } from '../canvas/canvas.types';
import { CountedAssessment, CrosswalkRepository } from './crosswalk.repository';
import { CrosswalkDomainScoreModel, CrosswalkLandscapeModel, CrosswalkScoresModel } from './models/crosswalk.model';

const toScoresModel = (reading: CrosswalkReading): CrosswalkScoresModel => ({
  citation: reading.citation,
  frameworkVersion: reading.frameworkVersion,
  mappedFromVersion: reading.mappedFromVersion,
  mappingNote: reading.mappingNote,
  domains: domainsOf(reading),
});
const domainsOf = (reading: CrosswalkReading): CrosswalkDomainScoreModel[] =>
  reading.domains.map((d) => ({
    key: d.key,
    title: d.title,
    score: d.score,
    incomplete: d.incomplete,
    criteria: d.criterionKeys.length,
    scored: d.scored,
    basis: d.basis,
  }));

/**
 * Results in the terms of a canvas version's crosswalk (NHS England's five domains of digital inclusion; ADR 0025): an
 * ICS's, on its profile (the profile's access rule), and every ICS's with the nation's figures (the national view only).
 * Which crosswalk and how levels are mapped onto it is the engine's (`crosswalkPath`, `readInCrosswalk`); which level
 * counts is the one counting rule (`countedLevels`).
 */
@Injectable()
export class CrosswalkService {
  constructor(
    private readonly canvas: CanvasRepository,
    private readonly crosswalks: CrosswalkRepository,
  ) {}

  /** One ICS's result in a cycle of its profile, read in a crosswalk; null when no published version has one. */
  async ofProfileCycle(caller: Caller, systemId: string, cycle: Pick<CycleRecord, 'id' | 'frameworkId'>): Promise<CrosswalkScoresModel | null> {
    requirePermission(caller.actor, 'read', { kind: 'system-profile', systemId }, 'ICS');
    const path = await this.pathFor(cycle.frameworkId);
    if (!path) return null;
    const counted = await this.crosswalks.countedOfSystem(cycle.id, systemId);
    const reading = counted ? this.read(path, counted) : null;
    return reading ? toScoresModel(reading) : null;
  }

  /**
   * Every ICS whose assessment counts in a cycle, by name, and the nation's median and quartiles per domain. For the
   * national view only, which sees a provisional cycle's landscape in full too (`published` says which it is). With no
   * crosswalk to read in, no citation, figures or ICSs.
   */
  async landscape(caller: Caller, cycleId: string): Promise<CrosswalkLandscapeModel> {
    requirePermission(caller.actor, 'read', { kind: 'national-crosswalk' });
    const cycle = await this.canvas.findCycle(requireUuid(cycleId, 'cycleId'));
    if (!cycle) throw new NotFoundError('Assessment cycle');
    const published = cycle.publishedAt !== null;
    const path = await this.pathFor(cycle.frameworkId);
    if (!path) {
      const none = { citation: null, frameworkVersion: null, mappedFromVersion: null, mappingNote: null, figures: [], systems: [] };
      return { cycle, published, illustrative: cycle.illustrative, ...none };
    }
    const target = path[path.length - 1] as CanvasFramework;
    const systems = (await this.crosswalks.countedInCycle(cycle.id)).flatMap((counted) => {
      const reading = this.read(path, counted);
      return reading ? [{ counted, reading }] : [];
    });
    const any = readInCrosswalk(path, {});
    return {
      cycle,
      published,
      illustrative: cycle.illustrative,
      citation: any?.citation ?? null,
      frameworkVersion: target.version,
      mappedFromVersion: any?.mappedFromVersion ?? null,
      mappingNote: any?.mappingNote ?? null,
      figures: crosswalkFigures(target, systems.map((s) => s.reading)),
      systems: systems.map(({ counted, reading }) => ({
        systemId: counted.systemId,
        name: counted.name,
        regionName: counted.regionName,
        basis: scoreBasis(counted.status),
        scores: domainsOf(reading),
      })),
    };
  }

  private read(path: readonly CanvasFramework[], counted: CountedAssessment): CrosswalkReading | null {
    return readInCrosswalk(path, countedLevels({ status: counted.status, answers: counted.answers }));
  }

  /** The versions a cycle's levels are mapped through to a crosswalk (the engine decides which), or null. */
  private async pathFor(frameworkId: string): Promise<CanvasFramework[] | null> {
    const own = await this.canvas.findFramework(frameworkId);
    if (!own) return null;
    if (own.definition.crosswalk) return [own.definition];
    const published = await this.canvas.findFrameworks(await this.crosswalks.publishedFrameworkIds());
    return crosswalkPath(
      own.definition,
      published.map((f) => f.definition),
    );
  }
}
