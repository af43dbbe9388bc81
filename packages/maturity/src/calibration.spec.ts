import { frameworkOf, notAssessed, self } from './__fixtures__/framework';
import { calibrationAcrossSystems, calibrationOfSystem, criterionGaps, summariseGaps } from './calibration';

const framework = frameworkOf({ a: ['a.1', 'a.2', 'a.3'], b: ['b.1', 'b.2'] });

// X: a.1 4 vs 2 (+2), a.2 3 vs 3 (0), a.3 not assessed (left out), b.1 5 vs 4 (+1), b.2 not moderated (left out)
const x = [self('a.1', 4, 2), self('a.2', 3, 3), notAssessed('a.3', 2), self('b.1', 5, 4), self('b.2', 2)];
// Y: a.1 2 vs 3 (−1), b.1 4 vs 2 (+2), b.2 3 vs 1 (+2)
const y = [self('a.1', 2, 3), self('b.1', 4, 2), self('b.2', 3, 1)];

describe('criterionGaps', () => {
  it('gives self − moderated only where both exist, in framework order', () => {
    expect(criterionGaps(framework, [...x].reverse())).toEqual([
      { criterionKey: 'a.1', domainKey: 'a', selfLevel: 4, moderatedLevel: 2, gap: 2 },
      { criterionKey: 'a.2', domainKey: 'a', selfLevel: 3, moderatedLevel: 3, gap: 0 },
      { criterionKey: 'b.1', domainKey: 'b', selfLevel: 5, moderatedLevel: 4, gap: 1 },
    ]);
  });
});

describe('summariseGaps', () => {
  it('gives the mean in levels and in points, and null for nothing', () => {
    expect(summariseGaps([{ gap: 2 }, { gap: -1 }, { gap: 0 }])).toEqual({ meanGap: 1 / 3, meanGapPoints: 25 / 3, count: 3 });
    expect(summariseGaps([])).toEqual({ meanGap: null, meanGapPoints: null, count: 0 });
  });
});

describe('calibrationOfSystem', () => {
  it('aggregates one ICS overall and per domain', () => {
    expect(calibrationOfSystem(framework, x)).toEqual({
      overall: { meanGap: 1, meanGapPoints: 25, count: 3 }, // (2 + 0 + 1) / 3
      domains: [
        { domainKey: 'a', meanGap: 1, meanGapPoints: 25, count: 2 }, // (2 + 0) / 2
        { domainKey: 'b', meanGap: 1, meanGapPoints: 25, count: 1 },
      ],
    });
  });
  it('has a null mean where no criterion has both scores', () => {
    expect(calibrationOfSystem(framework, [self('a.1', 3)]).domains).toEqual([
      { domainKey: 'a', meanGap: null, meanGapPoints: null, count: 0 },
      { domainKey: 'b', meanGap: null, meanGapPoints: null, count: 0 },
    ]);
  });
});

describe('calibrationAcrossSystems', () => {
  it('gives each ICS’s own figures and pools every criterion gap per domain', () => {
    const result = calibrationAcrossSystems(framework, [
      { id: 'Y', answers: y },
      { id: 'X', answers: x },
    ]);
    expect(result.bySystem.map((i) => [i.id, i.overall.meanGap, i.domains.map((d) => d.meanGap)])).toEqual([
      ['X', 1, [1, 1]],
      ['Y', 1, [-1, 2]], // (−1 + 2 + 2) / 3 = 1; a: −1; b: (2 + 2) / 2
    ]);
    // pooled: a = 2, 0, −1 → 1/3 (3); b = 1, 2, 2 → 5/3 (3); all six → 6/6 = 1
    expect(result.overall).toEqual({ meanGap: 1, meanGapPoints: 25, count: 6 });
    expect(result.domains).toEqual([
      { domainKey: 'a', meanGap: 1 / 3, meanGapPoints: 25 / 3, count: 3 },
      { domainKey: 'b', meanGap: 5 / 3, meanGapPoints: 125 / 3, count: 3 },
    ]);
  });
});
