import fc from 'fast-check';
import { ASSESSMENT_STATUSES, CANVAS_V1, MaturityLevel } from '@idt/domain';
import { blank, frameworkOf, notAssessed, self } from './__fixtures__/framework';
import { AnswerGroup, countedTallies, CriterionAnswer, levelToScore, scoreAssessment, scoreBasis, scoreFromDomainTallies, toScoreProfile } from './scores';

// Domain a: 4 criteria, b: 2, c: 3.
const framework = frameworkOf({ a: ['a.1', 'a.2', 'a.3', 'a.4'], b: ['b.1', 'b.2'], c: ['c.1', 'c.2', 'c.3'] });

describe('levelToScore', () => {
  it('maps levels 1–5 to 0, 25, 50, 75, 100', () => {
    expect(([1, 2, 3, 4, 5] as const).map(levelToScore)).toEqual([0, 25, 50, 75, 100]);
  });
  it('refuses anything that is not a level', () => {
    expect(() => levelToScore(0 as MaturityLevel)).toThrow(RangeError);
    expect(() => levelToScore(2.5 as MaturityLevel)).toThrow(RangeError);
  });
});

describe('scoreBasis', () => {
  it('is MODERATED only for a validated assessment', () => {
    expect(ASSESSMENT_STATUSES.map((s) => [s, scoreBasis(s)])).toEqual([
      ['DRAFT', 'SELF'],
      ['SUBMITTED', 'SELF'],
      ['IN_REVIEW', 'SELF'],
      ['RETURNED', 'SELF'],
      ['VALIDATED', 'MODERATED'],
    ]);
  });
});

describe('scoreAssessment: hand-worked', () => {
  // a: 3, 5, not assessed, (no answer) → 2 of 4 scored (half: complete); (50 + 100) / 2 = 75
  // b: 2, blank                        → 1 of 2 scored (half: complete); 25
  // c: 4, not assessed, not assessed   → 1 of 3 scored (under half: incomplete); 75, shown but not counted
  // overall = mean(75, 25) = 50. The moderated levels are ignored: the assessment is not validated.
  const answers: CriterionAnswer[] = [
    self('a.1', 3, 2),
    self('a.2', 5),
    notAssessed('a.3', 3),
    self('b.1', 2),
    blank('b.2'),
    self('c.1', 4),
    notAssessed('c.2', 1),
    notAssessed('c.3'),
  ];

  it('scores a submitted assessment on self-assessed levels, leaving out "not assessed" and unanswered criteria', () => {
    const scores = scoreAssessment(framework, { status: 'SUBMITTED', answers });
    expect(scores.basis).toBe('SELF');
    expect(scores.domains).toEqual([
      {
        domainKey: 'a',
        score: 75,
        incomplete: false,
        basis: 'SELF',
        counts: { criteria: 4, scored: 2, moderated: 0, selfLeveld: 2, notAssessed: 1, unanswered: 1 },
      },
      {
        domainKey: 'b',
        score: 25,
        incomplete: false,
        basis: 'SELF',
        counts: { criteria: 2, scored: 1, moderated: 0, selfLeveld: 1, notAssessed: 0, unanswered: 1 },
      },
      {
        domainKey: 'c',
        score: 75,
        incomplete: true,
        basis: 'SELF',
        counts: { criteria: 3, scored: 1, moderated: 0, selfLeveld: 1, notAssessed: 2, unanswered: 0 },
      },
    ]);
    expect(scores.overall).toEqual({
      score: 50,
      basis: 'SELF',
      domainsCounted: 2,
      domainsIncomplete: 1,
      domains: 3,
      incomplete: true,
      counts: { criteria: 9, scored: 4, moderated: 0, selfLeveld: 4, notAssessed: 3, unanswered: 2 },
    });
  });

  it('scores a validated assessment on moderated levels, keeping self-assessed levels the coach left unchanged', () => {
    // a: moderated 2, self 5 stands, moderated 3 (over "not assessed"), no answer → (1 + 4 + 2) × 25 / 3 = 175/3
    // b: self 2 stands, blank → 25
    // c: self 4 stands, moderated 1 (over "not assessed"), not assessed → 2 of 3: complete; (3 + 0) × 25 / 2 = 37.5
    // overall = (175/3 + 25 + 37.5) / 3 = 725/18 ≈ 40.28
    const scores = scoreAssessment(framework, { status: 'VALIDATED', answers });
    expect(scores.basis).toBe('MODERATED');
    expect(scores.domains.map((d) => [d.domainKey, d.score, d.incomplete, d.counts.moderated, d.counts.selfLeveld])).toEqual([
      ['a', 175 / 3, false, 2, 1],
      ['b', 25, false, 0, 1],
      ['c', 37.5, false, 1, 1],
    ]);
    expect(scores.overall.score).toBe(725 / 18);
    expect(scores.overall.incomplete).toBe(false);
    expect(scores.overall.counts).toEqual({ criteria: 9, scored: 6, moderated: 3, selfLeveld: 3, notAssessed: 1, unanswered: 2 });
  });

  it('gives a null domain score when nothing is scored, and a null overall score when no domain is complete', () => {
    const scores = scoreAssessment(framework, { status: 'DRAFT', answers: [self('c.1', 5), notAssessed('a.1')] });
    expect(scores.domains.map((d) => [d.score, d.incomplete])).toEqual([
      [null, true],
      [null, true],
      [100, true],
    ]);
    expect(scores.overall).toMatchObject({ score: null, domainsCounted: 0, domainsIncomplete: 3, incomplete: true });
  });

  it('ignores answers to criteria this framework does not have (another version’s)', () => {
    const scores = scoreAssessment(framework, { status: 'DRAFT', answers: [self('b.1', 5), self('b.2', 5), self('retired.x', 1)] });
    expect(scores.domains[1].score).toBe(100);
    expect(scores.overall.score).toBe(100);
    expect(scores.overall.counts.scored).toBe(2);
  });

  it('weighs every complete domain the same, whatever its number of criteria', () => {
    // a: four criteria at level 5 → 100; b: one of two at level 1 → 0; mean 50 (not 4×100 / 5 = 80)
    const scores = scoreAssessment(framework, {
      status: 'DRAFT',
      answers: [self('a.1', 5), self('a.2', 5), self('a.3', 5), self('a.4', 5), self('b.1', 1)],
    });
    expect(scores.overall.score).toBe(50);
  });

  it('gives exactly equal overall scores when they are mathematically equal (the tie rules rely on it)', () => {
    // p has 4 criteria, q has 3. X: p all level 1 → 0, q levels 2,3,3 → 125/3. Y: p all level 2 → 25, q 2,2,1 → 50/3.
    // Both overall scores are 125/6. Adding the floating-point domain scores would give 20.833333333333332 for X
    // and 20.833333333333336 for Y.
    const pq = frameworkOf({ p: ['p.1', 'p.2', 'p.3', 'p.4'], q: ['q.1', 'q.2', 'q.3'] });
    const x = scoreAssessment(pq, {
      status: 'DRAFT',
      answers: [self('p.1', 1), self('p.2', 1), self('p.3', 1), self('p.4', 1), self('q.1', 2), self('q.2', 3), self('q.3', 3)],
    });
    const y = scoreAssessment(pq, {
      status: 'DRAFT',
      answers: [self('p.1', 2), self('p.2', 2), self('p.3', 2), self('p.4', 2), self('q.1', 2), self('q.2', 2), self('q.3', 1)],
    });
    expect((0 + 125 / 3) / 2).not.toBe((25 + 50 / 3) / 2);
    expect(x.overall.score).toBe(125 / 6);
    expect(y.overall.score).toBe(x.overall.score);
  });

  it('refuses levels outside 1–5 and a criterion answered twice', () => {
    const score = (answers: CriterionAnswer[]) => () => scoreAssessment(framework, { status: 'VALIDATED', answers });
    expect(score([self('a.1', 6 as MaturityLevel)])).toThrow(/self-assessed level must be a whole number from 1 to 5/);
    expect(score([self('a.1', 3, 0 as MaturityLevel)])).toThrow(/moderated level must be a whole number from 1 to 5/);
    expect(score([self('a.1', 3), self('a.1', 4)])).toThrow(/answered more than once/);
  });

  it('scores canvas v1 fully at level 3 as 50 everywhere', () => {
    const answers = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => self(c.key, 3)));
    const scores = scoreAssessment(CANVAS_V1, { status: 'DRAFT', answers });
    expect(scores.domains.every((d) => d.score === 50 && !d.incomplete)).toBe(true);
    expect(scores.overall.score).toBe(50);
  });
});

describe('toScoreProfile', () => {
  it('keeps complete domains’ scores and gives incomplete ones as null', () => {
    const scores = scoreAssessment(framework, { status: 'DRAFT', answers: [self('a.1', 5), self('a.2', 4), self('c.1', 2)] });
    expect(toScoreProfile(scores)).toEqual({ overall: 87.5, domains: { a: 87.5, b: null, c: null } });
  });
});

describe('scoreAssessment: properties', () => {
  const level = fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5);
  const keys = framework.domains.flatMap((d) => d.criteria.map((c) => c.key));
  const answersArb = fc
    .tuple(
      fc.subarray(keys),
      fc.array(fc.record({ self: fc.option(level), notAssessed: fc.boolean(), moderated: fc.option(level) }), {
        minLength: keys.length,
        maxLength: keys.length,
      }),
    )
    .map(([chosen, values]) =>
      chosen.map(
        (criterionKey, i): CriterionAnswer => ({
          criterionKey,
          selfLevel: values[i].notAssessed ? null : values[i].self,
          notAssessed: values[i].notAssessed,
          moderatedLevel: values[i].moderated,
        }),
      ),
    );

  it('keeps every score within 0–100, and the overall score between the lowest and highest complete domain', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...ASSESSMENT_STATUSES), (answers, status) => {
        const scores = scoreAssessment(framework, { status, answers });
        for (const d of scores.domains) {
          if (d.score !== null) expect(d.score >= 0 && d.score <= 100).toBe(true);
          expect(d.counts.scored + d.counts.notAssessed + d.counts.unanswered).toBe(d.counts.criteria);
          expect(d.incomplete).toBe(d.counts.scored * 2 < d.counts.criteria);
        }
        const complete = scores.domains.filter((d) => !d.incomplete).map((d) => d.score as number);
        if (complete.length === 0) expect(scores.overall.score).toBeNull();
        else {
          const overall = scores.overall.score as number;
          expect(overall >= 0 && overall <= 100).toBe(true);
          expect(overall).toBeGreaterThanOrEqual(Math.min(...complete) - 1e-9);
          expect(overall).toBeLessThanOrEqual(Math.max(...complete) + 1e-9);
        }
      }),
    );
  });

  it('scores the same from answer groups (what the API aggregates in SQL, no rule applied) as from the answers', () => {
    // The answers' facts grouped as the placement aggregate groups them: by domain (the criterion key's first part),
    // whether moderated and whether "not assessed". Which level counts is applied only by countedTallies.
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...ASSESSMENT_STATUSES), (answers, status) => {
        const groups = new Map<string, AnswerGroup>();
        for (const a of answers) {
          const domainKey = a.criterionKey.split('.')[0];
          const key = `${domainKey}|${a.moderatedLevel !== null}|${a.notAssessed}`;
          const g = groups.get(key) ?? { domainKey, moderated: a.moderatedLevel !== null, notAssessed: a.notAssessed, answers: 0, selfAssessed: 0, selfLevelSum: 0, moderatedLevelSum: 0 };
          groups.set(key, {
            ...g,
            answers: g.answers + 1,
            selfAssessed: g.selfAssessed + (a.selfLevel === null ? 0 : 1),
            selfLevelSum: g.selfLevelSum + (a.selfLevel ?? 0),
            moderatedLevelSum: g.moderatedLevelSum + (a.moderatedLevel ?? 0),
          });
        }
        const tallies = countedTallies(scoreBasis(status), [...groups.values()]);
        expect(scoreFromDomainTallies(framework, status, tallies)).toEqual(scoreAssessment(framework, { status, answers }));
      }),
    );
  });

  it('counts the moderated level only on a validated assessment, even over "not assessed"; else the self-assessed level', () => {
    const groups: AnswerGroup[] = [
      { domainKey: 'a', moderated: true, notAssessed: false, answers: 2, selfAssessed: 2, selfLevelSum: 4, moderatedLevelSum: 9 },
      { domainKey: 'a', moderated: true, notAssessed: true, answers: 1, selfAssessed: 0, selfLevelSum: 0, moderatedLevelSum: 3 },
      { domainKey: 'a', moderated: false, notAssessed: false, answers: 2, selfAssessed: 1, selfLevelSum: 5, moderatedLevelSum: 0 },
    ];
    expect(countedTallies('MODERATED', groups)).toEqual([{ domainKey: 'a', moderated: 3, selfLeveld: 1, notAssessed: 0, levelSum: 17 }]);
    expect(countedTallies('SELF', groups)).toEqual([{ domainKey: 'a', moderated: 0, selfLeveld: 3, notAssessed: 1, levelSum: 9 }]);
  });

  it('refuses a tally that cannot come from the domain’s criteria', () => {
    const [domain] = framework.domains;
    const tooMany = { domainKey: domain.key, moderated: 0, selfLeveld: domain.criteria.length + 1, notAssessed: 0, levelSum: 3 * (domain.criteria.length + 1) };
    expect(() => scoreFromDomainTallies(framework, 'DRAFT', [tooMany])).toThrow(RangeError);
    const impossibleSum = { domainKey: domain.key, moderated: 0, selfLeveld: 1, notAssessed: 0, levelSum: 9 };
    expect(() => scoreFromDomainTallies(framework, 'DRAFT', [impossibleSum])).toThrow(RangeError);
  });
});
