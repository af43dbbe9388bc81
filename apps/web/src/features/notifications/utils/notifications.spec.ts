import { notificationHref, unreadIds, unreadSummary } from './notifications';

describe('notificationHref', () => {
  it("sends a reviewer from a submission, or from the ICS's reply, to the review", () => {
    expect(notificationHref({ kind: 'ASSESSMENT_SUBMITTED', assessmentId: 'a1' })).toBe('/reviews/a1');
    expect(notificationHref({ kind: 'COMMENT_FROM_ICS', assessmentId: 'a1' })).toBe('/reviews/a1');
  });

  it('sends the ICS to its own assessment for everything else', () => {
    expect(notificationHref({ kind: 'ASSESSMENT_RETURNED', assessmentId: 'a1' })).toBe('/assessments/a1');
    expect(notificationHref({ kind: 'ASSESSMENT_VALIDATED', assessmentId: 'a1' })).toBe('/assessments/a1');
    expect(notificationHref({ kind: 'CYCLE_CLOSING', assessmentId: 'a1' })).toBe('/assessments/a1');
    expect(notificationHref({ kind: 'COMMENT_FROM_REVIEWER', assessmentId: 'a1' })).toBe('/assessments/a1');
    expect(notificationHref({ kind: 'RECORDING_ON_BEHALF_STARTED', assessmentId: 'a1' })).toBe('/assessments/a1');
    expect(notificationHref({ kind: 'ASSESSMENT_SUBMITTED_ON_BEHALF', assessmentId: 'a1' })).toBe('/assessments/a1');
  });

  it('leads nowhere when it is about no assessment', () => {
    expect(notificationHref({ kind: 'CYCLE_CLOSING', assessmentId: null })).toBeNull();
    expect(notificationHref({ kind: 'ASSESSMENT_SUBMITTED' })).toBeNull();
  });
});

describe('unreadIds', () => {
  it('picks those never read', () => {
    expect(unreadIds([{ id: 'a', readAt: null }, { id: 'b', readAt: '2026-03-01T10:00:00Z' }, { id: 'c' }])).toEqual(['a', 'c']);
  });
});

describe('unreadSummary', () => {
  it('counts in words', () => {
    expect(unreadSummary(0)).toBe('You have no unread notifications.');
    expect(unreadSummary(1)).toBe('You have 1 unread notification.');
    expect(unreadSummary(3)).toBe('You have 3 unread notifications.');
  });
});
