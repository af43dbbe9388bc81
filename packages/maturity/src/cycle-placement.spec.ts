import fc from 'fast-check';
import { ASSESSMENT_STATUSES, AssessmentStatus, MaturityLevel } from '@idt/domain';
import { frameworkOf } from './__fixtures__/framework';
import { placeCycle, peerGroupKey, replaceCycle, SystemTally } from './cycle-placement';
import { peerPosition } from './peers';
import { PlacementRequest, placeOnDiffusionCurve } from './placement';
import { AnswerGroup, CriterionAnswer, scoreAssessment, toScoreProfile } from './scores';

// Domain a: 2 criteria, b: 2.
const framework = frameworkOf({ a: ['a.1', 'a.2'], b: ['b.1', 'b.2'] });

/** The answers' facts grouped as the placement aggregate groups them in SQL. */
function groupsOf(answers: readonly CriterionAnswer[]): AnswerGroup[] {
  const groups = new Map<string, AnswerGroup>();
  for (const a of answers) {
    const domainKey = a.criterionKey.split('.')[0];
    const moderated = a.moderatedLevel !== null;
    const key = `${domainKey}|${moderated}|${a.notAssessed}`;
    const g = groups.get(key) ?? { domainKey, moderated, notAssessed: a.notAssessed, answers: 0, selfAssessed: 0, selfLevelSum: 0, moderatedLevelSum: 0 };
    groups.set(key, {
      ...g,
      answers: g.answers + 1,
      selfAssessed: g.selfAssessed + (a.selfLevel === null ? 0 : 1),
      selfLevelSum: g.selfLevelSum + (a.selfLevel ?? 0),
      moderatedLevelSum: g.moderatedLevelSum + (a.moderatedLevel ?? 0),
    });
  }
  return [...groups.values()];
}

const answer = (criterionKey: string, selfLevel: MaturityLevel | null, moderatedLevel: MaturityLevel | null = null): CriterionAnswer => ({
  criterionKey,
  selfLevel,
  notAssessed: false,
  moderatedLevel,
});

describe('placeCycle: hand-worked', () => {
  // x: every criterion 5 → 100. y: self 3s, moderated 1s, validated → 0 (moderated). z: self 3s, submitted → 50.
  // w: one criterion answered: a 1 of 2 (half: complete) 75, b none (incomplete); overall 75. v: nothing. u: all 2s → 25.
  const tallies: SystemTally[] = [
    { systemId: 'x', regionName: 'North', status: 'SUBMITTED', answerGroups: groupsOf(['a.1', 'a.2', 'b.1', 'b.2'].map((k) => answer(k, 5))) },
    { systemId: 'y', regionName: 'North', status: 'VALIDATED', answerGroups: groupsOf(['a.1', 'a.2', 'b.1', 'b.2'].map((k) => answer(k, 3, 1))) },
    { systemId: 'z', regionName: 'South', status: 'IN_REVIEW', answerGroups: groupsOf(['a.1', 'a.2', 'b.1', 'b.2'].map((k) => answer(k, 3, 5))) },
    { systemId: 'w', regionName: 'South', status: 'SUBMITTED', answerGroups: groupsOf([answer('a.1', 4)]) },
    { systemId: 'v', regionName: 'South', status: 'SUBMITTED', answerGroups: [] },
    { systemId: 'u', regionName: 'South', status: 'SUBMITTED', answerGroups: groupsOf(['a.1', 'a.2', 'b.1', 'b.2'].map((k) => answer(k, 2))) },
  ];
  const placed = placeCycle(framework, tallies);
  const of = (id: string) => placed.systems.find((s) => s.systemId === id);

  it('scores each ICS by the level that counts, and says on what basis', () => {
    expect(placed.systems.map((s) => [s.systemId, s.overallScore, s.basis])).toEqual([
      ['x', 100, 'SELF'],
      ['y', 0, 'MODERATED'],
      ['z', 50, 'SELF'],
      ['w', 75, 'SELF'],
      ['v', null, 'SELF'],
      ['u', 25, 'SELF'],
    ]);
    expect(of('w')?.domainScores).toEqual([
      { domainKey: 'a', score: 75, incomplete: false },
      { domainKey: 'b', score: null, incomplete: true },
    ]);
    expect(of('w')?.profile).toEqual({ overall: 75, domains: { a: 75, b: null } });
  });

  it('places by Rogers’ quantiles by default, ranks from the top, and leaves an ICS with no overall score unplaced', () => {
    expect(placed.placement.method).toBe('ROGERS_QUANTILES');
    expect(placed.systems.map((s) => [s.systemId, s.rank])).toEqual([
      ['x', 1],
      ['y', 5],
      ['z', 3],
      ['w', 2],
      ['v', null],
      ['u', 4],
    ]);
    expect(of('v')?.category).toBeNull();
    expect(placed.placement.unplaced).toEqual(['v']);
    const expected = placeOnDiffusionCurve(placed.systems.map((s) => ({ id: s.systemId, score: s.overallScore })), { method: 'ROGERS_QUANTILES' });
    expect(placed.systems.flatMap((s) => (s.category ? [[s.systemId, s.category]] : []))).toEqual(
      tallies.flatMap((t) => {
        const p = expected.placed.find((e) => e.id === t.systemId);
        return p ? [[t.systemId, p.category]] : [];
      }),
    );
  });

  it('compares each ICS with all ICSs, its region and its category, and keeps those groups’ figures', () => {
    expect(of('x')?.peerRanks.map((r) => r.groupKey)).toEqual(['NATIONAL', 'REGION:North', `CATEGORY:${of('x')?.category}`]);
    expect(of('v')?.peerRanks.map((r) => r.groupKey)).toEqual(['NATIONAL', 'REGION:South']);
    const national = placed.groups.find((g) => g.groupKey === peerGroupKey('NATIONAL'));
    expect(national).toMatchObject({ kind: 'NATIONAL', name: 'All ICSs' });
    expect(national?.statistics.overall).toMatchObject({ withheld: false, count: 5, median: 50 });
    expect(placed.groups.find((g) => g.groupKey === 'REGION:North')?.statistics.overall).toEqual({ withheld: true });
  });
});

describe('placeCycle: properties', () => {
  const level = fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5);
  const keys = framework.domains.flatMap((d) => d.criteria.map((c) => c.key));
  const answersArb = fc
    .tuple(fc.subarray(keys), fc.array(fc.record({ self: fc.option(level), notAssessed: fc.boolean(), moderated: fc.option(level) }), { minLength: keys.length, maxLength: keys.length }))
    .map(([chosen, values]) =>
      chosen.map((criterionKey, i): CriterionAnswer => ({
        criterionKey,
        selfLevel: values[i].self,
        notAssessed: values[i].notAssessed,
        moderatedLevel: values[i].moderated,
      })),
    );
  const statusArb = fc.constantFrom<AssessmentStatus>(...ASSESSMENT_STATUSES);
  const cycleArb = fc
    .array(fc.record({ status: statusArb, answers: answersArb, region: fc.constantFrom('North', 'South', 'East') }), { maxLength: 30 })
    .map((systems) => systems.map((s, i) => ({ ...s, systemId: `ics-${String(i).padStart(3, '0')}` })));
  const requestArb: fc.Arbitrary<PlacementRequest> = fc.oneof(
    fc.constant<PlacementRequest>({ method: 'ROGERS_QUANTILES' }),
    fc.integer({ min: 2, max: 5 }).map((k): PlacementRequest => ({ method: 'NATURAL_BREAKS', k })),
    fc.constant<PlacementRequest>({ method: 'FIXED_THRESHOLDS' }),
  );
  const talliesOf = (systems: readonly { systemId: string; region: string; status: AssessmentStatus; answers: CriterionAnswer[] }[]): SystemTally[] =>
    systems.map((s) => ({ systemId: s.systemId, regionName: s.region, status: s.status, answerGroups: groupsOf(s.answers) }));

  it('scores every ICS as scoreAssessment scores its answers', () => {
    fc.assert(
      fc.property(cycleArb, (systems) => {
        const placed = placeCycle(framework, talliesOf(systems));
        systems.forEach((s, i) => {
          const scores = scoreAssessment(framework, { status: s.status, answers: s.answers });
          expect(placed.systems[i].overallScore).toBe(scores.overall.score);
          expect(placed.systems[i].basis).toBe(scores.basis);
          expect(placed.systems[i].profile).toEqual(toScoreProfile(scores));
        });
      }),
    );
  });

  it('re-placing the stored overall scores by any method gives what placing the answers by that method gives', () => {
    fc.assert(
      fc.property(cycleArb, requestArb, (systems, request) => {
        const tallies = talliesOf(systems);
        const stored = placeCycle(framework, tallies).systems;
        const direct = placeCycle(framework, tallies, request);
        expect(replaceCycle(stored, request)).toEqual(direct.placement);
        for (const s of direct.systems) {
          const placed = direct.placement.placed.find((p) => p.id === s.systemId);
          expect([s.category, s.rank]).toEqual([placed?.category ?? null, placed?.rank ?? null]);
        }
      }),
    );
  });

  it('gives each ICS, in each of its groups, the percentile ranks peerPosition gives over that group', () => {
    fc.assert(
      fc.property(cycleArb, (systems) => {
        const placed = placeCycle(framework, talliesOf(systems));
        const membersOf = (groupKey: string) => placed.systems.filter((s) => s.peerRanks.some((r) => r.groupKey === groupKey)).map((s) => s.profile);
        for (const s of placed.systems) {
          for (const ranks of s.peerRanks) {
            const position = peerPosition(s.profile, membersOf(ranks.groupKey));
            const rank = (e: { percentileRank: { withheld: boolean; percentileRank?: number } }) => (e.percentileRank.withheld ? null : (e.percentileRank.percentileRank ?? null));
            expect(ranks.overall).toBe(rank(position.overall));
            expect(ranks.domains).toEqual(Object.fromEntries(position.domains.map((d) => [d.domainKey, rank(d)])));
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
