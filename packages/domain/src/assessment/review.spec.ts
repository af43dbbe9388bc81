import {
  daysBetween,
  learningProgrammePlanProblems,
  notificationMessage,
  REVIEW_COMMENT_MAX_LENGTH,
  reviewCommentProblem,
  type LearningProgrammePlan,
} from './review';

describe('review comments', () => {
  it('need some text, within the limit', () => {
    expect(reviewCommentProblem('Could you link the Healthwatch report?')).toBeNull();
    expect(reviewCommentProblem('   \n ')).toBe('Enter a comment.');
    expect(reviewCommentProblem('x'.repeat(REVIEW_COMMENT_MAX_LENGTH))).toBeNull();
    expect(reviewCommentProblem('x'.repeat(REVIEW_COMMENT_MAX_LENGTH + 1))).toMatch(/2000 characters or fewer/);
  });
});

describe('days waiting', () => {
  it('counts whole days, never negative', () => {
    const submitted = new Date('2026-11-01T15:00:00Z');
    expect(daysBetween(submitted, new Date('2026-11-02T14:59:59Z'))).toBe(0);
    expect(daysBetween(submitted, new Date('2026-11-02T15:00:00Z'))).toBe(1);
    expect(daysBetween(submitted, new Date('2026-11-22T16:00:00Z'))).toBe(21);
    expect(daysBetween(submitted, new Date('2026-10-30T00:00:00Z'))).toBe(0);
  });
});

describe('notification messages', () => {
  it('name the ICS and the cycle', () => {
    const facts = { systemName: 'Devon', cycleName: 'Baseline 2026', closesOn: '20 February 2027' };
    expect(notificationMessage('ASSESSMENT_SUBMITTED', facts)).toBe('Devon submitted its self-assessment for Baseline 2026: it is ready for review.');
    expect(notificationMessage('ASSESSMENT_RETURNED', facts)).toContain('returned');
    expect(notificationMessage('ASSESSMENT_VALIDATED', facts)).toContain('validated');
    expect(notificationMessage('COMMENT_FROM_ICS', facts)).toBe('Devon replied to the review of its self-assessment for Baseline 2026.');
    expect(notificationMessage('COMMENT_FROM_REVIEWER', facts)).toBe("Your coach commented on Devon's self-assessment for Baseline 2026.");
    expect(notificationMessage('CYCLE_CLOSING', facts)).toBe('Baseline 2026 closes on 20 February 2027: Devon\'s self-assessment is not submitted yet.');
  });

  it('name the coach on the assisted route, and tell the ICS lead that the coach can see its draft', () => {
    const facts = { systemName: 'Devon', cycleName: 'Baseline 2026', actorName: 'Sam Coach' };
    expect(notificationMessage('RECORDING_ON_BEHALF_STARTED', facts)).toBe(
      "Sam Coach, your programme coach, started recording Devon's self-assessment for Baseline 2026 on its behalf, and can now see and change its draft answers.",
    );
    expect(notificationMessage('ASSESSMENT_SUBMITTED_ON_BEHALF', facts)).toBe(
      "Sam Coach, your programme coach, submitted Devon's self-assessment for Baseline 2026 on its behalf.",
    );
    expect(notificationMessage('ASSESSMENT_SUBMITTED_ON_BEHALF', { ...facts, actorName: null })).toMatch(/^Your programme coach submitted Devon's/);
  });
});

describe('learning programme plans', () => {
  const facts = { systemIds: ['a', 'b', 'c'], domainKeys: ['co-design', 'access'], recommendationIds: ['ICS-1', 'ICS-3'] };
  const good: LearningProgrammePlan = {
    groupSessions: [{ domainKey: 'co-design', title: 'Co-design in practice', systemIds: ['a', 'b'], notes: '' }],
    individualCoaching: [{ systemId: 'a', topics: ['Finding trusted touchpoints'], recommendationIds: ['ICS-3'], peerSystemIds: ['c'], notes: '' }],
  };

  it('accepts a plan within the cohort and the canvas', () => {
    expect(learningProgrammePlanProblems(good, facts)).toEqual([]);
    expect(learningProgrammePlanProblems({ groupSessions: [], individualCoaching: [] }, facts)).toEqual([]);
  });

  it('names every problem by its place in the plan', () => {
    const bad: LearningProgrammePlan = {
      groupSessions: [{ domainKey: 'made-up', title: ' ', systemIds: ['z'], notes: 'n'.repeat(2001) }],
      individualCoaching: [
        { systemId: 'a', topics: [''], recommendationIds: ['NAT-9'], peerSystemIds: ['a'], notes: '' },
        { systemId: 'a', topics: [], recommendationIds: [], peerSystemIds: [], notes: '' },
        { systemId: 'outsider', topics: [], recommendationIds: [], peerSystemIds: [], notes: '' },
      ],
    };
    expect(learningProgrammePlanProblems(bad, facts).map((p) => p.field)).toEqual([
      'groupSessions[0].domainKey',
      'groupSessions[0].title',
      'groupSessions[0].notes',
      'groupSessions[0].systemIds',
      'individualCoaching[0].topics',
      'individualCoaching[0].recommendationIds',
      'individualCoaching[0].peerSystemIds',
      'individualCoaching[1].systemId',
      'individualCoaching[2].systemId',
    ]);
  });
});

describe('the notifications of a cycle’s sign-off, publishing and corrections', () => {
  it('say what the cycle rules say, about the ICS concerned', () => {
    const facts = { systemName: 'Devon', cycleName: 'Spring 2027' };
    expect(notificationMessage('CYCLE_PUBLISHED', facts)).toBe(
      "The landscape of Spring 2027 is published: Devon's figures are final and other ICSs can now see them.",
    );
    expect(notificationMessage('SIGN_OFF_QUERIED', facts)).toBe('Devon raised a query about its provisional figures for Spring 2027.');
    expect(notificationMessage('FIGURES_REVISED', facts)).toBe("Devon's published figures for Spring 2027 were corrected: the reason is shown with them.");
  });
});
