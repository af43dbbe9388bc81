import { CANVAS_V1, CANVAS_V2, type CanvasFramework } from '@idt/domain';
import { comparisonAcrossVersions, movementAcrossVersions } from './across-versions';
import { scoreOverSharedCriteria } from './progress';
import type { AssessmentToScore } from './scores';
import { versionComparison } from './versions';

const keysOf = (f: CanvasFramework) => f.domains.flatMap((d) => d.criteria.map((c) => c.key));
const answered = (f: CanvasFramework): AssessmentToScore => ({
  status: 'SUBMITTED',
  answers: keysOf(f).map((criterionKey) => ({ criterionKey, selfLevel: 3, notAssessed: false, moderatedLevel: null })),
});

describe('comparisonAcrossVersions', () => {
  it('says nothing when both cycles are on the same canvas version', () => {
    const scores = scoreOverSharedCriteria(CANVAS_V1, answered(CANVAS_V1), CANVAS_V1, answered(CANVAS_V1));
    expect(comparisonAcrossVersions(scores, '2025/26')).toBeNull();
  });

  it('counts the criteria compared, carried over through a mapping and left out, from v1 to v2, and says so in words', () => {
    const scores = scoreOverSharedCriteria(CANVAS_V1, answered(CANVAS_V1), CANVAS_V2, answered(CANVAS_V2));
    const note = comparisonAcrossVersions(scores, '2025/26');
    expect(note).toMatchObject({
      fromVersion: 1,
      toVersion: 2,
      criteriaCompared: scores.sharedCriterionKeys.length,
      criteriaMapped: scores.mappedCriterionKeys.length,
      newCriteriaLeftOut: scores.onlyAfter.length,
      retiredCriteriaLeftOut: scores.onlyBefore.length,
    });
    // v2 splits one criterion and merges others, and keeps every area: some are carried over through a mapping, none is new.
    expect(note?.criteriaMapped).toBeGreaterThan(0);
    expect(note?.newCriteriaLeftOut).toBe(0);
    expect(note?.summary).toContain(`Compared with 2025/26 on the ${scores.sharedCriterionKeys.length} criteria that canvas version 1 and version 2 share`);
    expect(note?.summary).toContain(`(${scores.mappedCriterionKeys.length} of them carried over through a split or a merge)`);
    expect(note?.summary).not.toContain('new in version 2');
    expect(note?.summary).toContain('scored again on the shared criteria only');
    // Never a criterion key on screen.
    for (const key of [...keysOf(CANVAS_V1), ...keysOf(CANVAS_V2)]) expect(note?.summary).not.toContain(key);
  });

  it('words one criterion in the singular, and says when the versions share none', () => {
    const one: CanvasFramework = { ...CANVAS_V1, domains: [{ ...CANVAS_V1.domains[0], criteria: [CANVAS_V1.domains[0].criteria[0]] }] };
    const later: CanvasFramework = {
      ...one,
      version: 2,
      domains: [{ ...one.domains[0], criteria: [one.domains[0].criteria[0], { ...one.domains[0].criteria[0], key: `${one.domains[0].key}.added` }] }],
    };
    const note = comparisonAcrossVersions(scoreOverSharedCriteria(one, answered(one), later, answered(later)), 'Spring');
    expect(note?.summary).toBe(
      'Compared with Spring on the 1 criterion that canvas version 1 and version 2 share. 1 criterion new in version 2 is left out. ' +
        'Both cycles are scored again on the shared criteria only, so a change can differ from the difference between the two scores shown.',
    );
    const apart: CanvasFramework = { ...later, domains: [{ ...later.domains[0], criteria: [later.domains[0].criteria[1]] }] };
    const none = comparisonAcrossVersions(scoreOverSharedCriteria(one, answered(one), apart, answered(apart)), 'Spring');
    expect(none).toMatchObject({ criteriaCompared: 0, newCriteriaLeftOut: 1, retiredCriteriaLeftOut: 1 });
    expect(none?.summary).toMatch(/^Spring used canvas version 1 and this cycle version 2, and they share no criteria/);
  });
});

describe('movementAcrossVersions', () => {
  const names = { fromName: '2025/26', toName: '2026/27' };
  it('says nothing on the same version', () => {
    expect(movementAcrossVersions(versionComparison(1, 1), names, 'ROGERS_QUANTILES')).toBeNull();
  });
  it('says which versions, and what a move means by the method', () => {
    const relative = movementAcrossVersions(versionComparison(1, 2), names, 'ROGERS_QUANTILES');
    expect(relative).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(relative?.summary).toMatch(/^2025\/26 used canvas version 1 and 2026\/27 used version 2\. /);
    expect(relative?.summary).toContain('standing among its peers');
    expect(movementAcrossVersions(versionComparison(1, 2), names, 'NATURAL_BREAKS')?.summary).toBe(relative?.summary);
    expect(movementAcrossVersions(versionComparison(1, 2), names, 'FIXED_THRESHOLDS')?.summary).toContain('change of canvas rather than from the ICS');
  });
});
