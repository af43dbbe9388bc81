import { CANVAS_V1, CANVAS_V2, type CanvasFramework, type MaturityLevel } from '@idt/domain';
import { crosswalkFigures, crosswalkPath, readInCrosswalk } from './crosswalk-view';
import { crosswalkScores, CrosswalkScores, mapLevels } from './versions';

const v1Keys = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
/** A level for every v1 criterion, varied so that mapping (split, merge) makes a difference. */
const v1Levels: Record<string, MaturityLevel> = Object.fromEntries(v1Keys.map((k, i) => [k, ((i % 5) + 1) as MaturityLevel]));
/** A third version that drops the crosswalk (the file is the same otherwise). */
const { crosswalk: _dropped, ...v2WithoutCrosswalk } = CANVAS_V2;
const V3_WITHOUT_CROSSWALK: CanvasFramework = { ...v2WithoutCrosswalk, version: 3 };

describe('crosswalkPath', () => {
  it("uses the cycle's own version when it has a crosswalk", () => {
    expect(crosswalkPath(CANVAS_V2, [CANVAS_V1, CANVAS_V2])?.map((f) => f.version)).toEqual([2]);
  });

  it('maps forwards to the latest published version with a crosswalk', () => {
    expect(crosswalkPath(CANVAS_V1, [CANVAS_V1, CANVAS_V2])?.map((f) => f.version)).toEqual([1, 2]);
  });

  it('maps backwards when the latest version with a crosswalk is older than the cycle’s', () => {
    expect(crosswalkPath(V3_WITHOUT_CROSSWALK, [CANVAS_V1, CANVAS_V2, V3_WITHOUT_CROSSWALK])?.map((f) => f.version)).toEqual([3, 2]);
  });

  it('has none when no published version has a crosswalk, or a version in between is missing', () => {
    expect(crosswalkPath(CANVAS_V1, [CANVAS_V1])).toBeNull();
    expect(crosswalkPath(CANVAS_V1, [{ ...CANVAS_V2, version: 3 }])).toBeNull();
  });
});

describe('readInCrosswalk', () => {
  it('reads v1 levels in v2’s crosswalk through the mapping, and says so', () => {
    const reading = readInCrosswalk([CANVAS_V1, CANVAS_V2], v1Levels);
    expect(reading).toMatchObject({ ...crosswalkScores(CANVAS_V2, mapLevels(CANVAS_V1, CANVAS_V2, v1Levels)), frameworkVersion: 2, mappedFromVersion: 1 });
    expect(reading?.mappingNote).toMatch(/given on canvas version 1.*carried over to version 2/s);
    expect(reading?.domains.map((d) => d.title)).toEqual([
      'Access to devices and data',
      'Accessibility and ease of use',
      'Skills and capability',
      'Beliefs and trust',
      'Leadership and partnerships',
    ]);
  });

  it('reads a v2 result as it is, with no note', () => {
    const levels = mapLevels(CANVAS_V1, CANVAS_V2, v1Levels);
    expect(readInCrosswalk([CANVAS_V2], levels)).toEqual({ ...crosswalkScores(CANVAS_V2, levels), frameworkVersion: 2, mappedFromVersion: null, mappingNote: null });
  });
});

describe('crosswalkFigures', () => {
  const reading = (scores: (number | null)[]): CrosswalkScores => ({
    citation: 'x',
    domains: scores.map((score, i) => ({ key: CANVAS_V2.crosswalk!.domains[i]!.key, title: '', score, incomplete: false, criterionKeys: [], scored: 0, basis: '' })),
  });

  it('gives each domain the median and quartiles of the ICSs with a score, leaving out those without', () => {
    const figures = crosswalkFigures(CANVAS_V2, [reading([0, null, 10, 10, 10]), reading([50, null, 20, 10, 10]), reading([100, null, 30, 10, null])]);
    expect(figures.map((f) => [f.count, f.lowerQuartile, f.median, f.upperQuartile])).toEqual([
      [3, 25, 50, 75],
      [0, null, null, null],
      [3, 15, 20, 25],
      [3, 10, 10, 10],
      [2, 10, 10, 10],
    ]);
    expect(figures[0]).toMatchObject({ key: 'access-to-devices-and-data', title: 'Access to devices and data' });
  });

  it('has no figures without a crosswalk', () => {
    expect(crosswalkFigures(CANVAS_V1, [])).toEqual([]);
  });
});
