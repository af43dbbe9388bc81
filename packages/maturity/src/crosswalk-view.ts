import type { CanvasFramework } from '@idt/domain';
import { quantile } from './peers';
import { CriterionLevels, crosswalkScores, CrosswalkScores, mapLevelsAlong } from './versions';

/**
 * Reading a result in a crosswalk's terms (NHS England's five domains of digital inclusion, canvas v2; ADR 0025).
 *
 * Which crosswalk a cycle is read in: its own canvas version's, when that version has one; otherwise the latest
 * published version that has one, with the levels first mapped one version at a time through
 * every version in between (`mapLevelsAlong`, ADR 0022). None when no published version has a crosswalk.
 */

/** The versions a result made on `own` is mapped through, `own` first, the version whose crosswalk it is read in last. */
export function crosswalkPath(own: CanvasFramework, published: readonly CanvasFramework[]): CanvasFramework[] | null {
  if (own.crosswalk) return [own];
  const sameCanvas = new Map(published.map((f) => [f.version, f]));
  sameCanvas.set(own.version, own);
  const target = [...sameCanvas.values()].filter((f) => f.crosswalk).sort((a, b) => b.version - a.version)[0];
  if (!target) return null;
  const step = target.version > own.version ? 1 : -1;
  const path: CanvasFramework[] = [];
  for (let version = own.version; version !== target.version + step; version += step) {
    const framework = sameCanvas.get(version);
    // Mappings go one version at a time: with a version missing in between, the levels cannot be carried across.
    if (!framework) return null;
    path.push(framework);
  }
  return path;
}

/** A result in the crosswalk's terms, and which version's crosswalk it is, mapped from which. */
export interface CrosswalkReading extends CrosswalkScores {
  /** The canvas version whose crosswalk the scores are read in. */
  readonly frameworkVersion: number;
  /** The canvas version the levels were given on, when they were mapped onto another version first; else null. */
  readonly mappedFromVersion: number | null;
  /** In plain English, for the screen, when the levels were mapped; else null. */
  readonly mappingNote: string | null;
}

/** Counted levels (`countedLevels`) given on `path[0]`, read in the crosswalk of the path's last version. */
export function readInCrosswalk(path: readonly CanvasFramework[], levels: CriterionLevels): CrosswalkReading | null {
  const target = path[path.length - 1];
  if (!target) return null;
  const mapped = path.length > 1;
  const scores = crosswalkScores(target, mapped ? mapLevelsAlong(path, levels) : levels);
  if (!scores) return null;
  const from = path[0].version;
  return {
    ...scores,
    frameworkVersion: target.version,
    mappedFromVersion: mapped ? from : null,
    mappingNote: mapped
      ? `These levels were given on canvas version ${from}, which has no link to this framework. They were carried over to ` +
        `version ${target.version} first, through its record of criteria that were split, merged or renamed.`
      : null,
  };
}

/** One domain of the crosswalk across a group of ICSs: how many have a score, and their median and quartiles. */
export interface CrosswalkDomainFigure {
  readonly key: string;
  readonly title: string;
  /** ICSs with a score in this domain. */
  readonly count: number;
  /** Type 7 quartiles (as `peerStatistics`); null when no ICS has a score. */
  readonly lowerQuartile: number | null;
  readonly median: number | null;
  readonly upperQuartile: number | null;
}

/**
 * For each domain of `framework`'s crosswalk, the median and quartiles of the scores of the ICSs read in it. Nothing is
 * withheld: the national view, the only one these figures are for, sees every ICS by name anyway.
 */
export function crosswalkFigures(framework: CanvasFramework, readings: readonly CrosswalkScores[]): CrosswalkDomainFigure[] {
  return (framework.crosswalk?.domains ?? []).map(({ key, title }) => {
    const scores = readings
      .flatMap((r) => r.domains.filter((d) => d.key === key).flatMap((d) => (d.score === null ? [] : [d.score])))
      .sort((a, b) => a - b);
    const none = scores.length === 0;
    return {
      key,
      title,
      count: scores.length,
      lowerQuartile: none ? null : quantile(scores, 0.25),
      median: none ? null : quantile(scores, 0.5),
      upperQuartile: none ? null : quantile(scores, 0.75),
    };
  });
}
