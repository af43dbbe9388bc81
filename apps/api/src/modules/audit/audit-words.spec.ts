import { decodeCursor, encodeCursor } from './audit-trail.service';
import { AUDIT_ACTION_WORDS, AUDIT_ACTIONS, describeAuditEvent } from './audit-words';

describe('the audit trail in words', () => {
  it('has plain words for every action, none of them a code', () => {
    expect(AUDIT_ACTIONS.length).toBe(Object.keys(AUDIT_ACTION_WORDS).length);
    for (const action of AUDIT_ACTIONS) {
      expect(AUDIT_ACTION_WORDS[action]).toMatch(/^[A-Z][a-z]/);
      expect(AUDIT_ACTION_WORDS[action]).not.toMatch(/_|[A-Z]{2,}_|\b(?!ICS|NHS)[A-Z]{3,}\b/);
    }
  });

  it('says what a sharing choice or a status change became', () => {
    expect(describeAuditEvent('PEER_SHARING_CHANGED', { shareNameWithPeers: true }, 'Devon')).toBe('Chose to show Devon’s name to other ICSs');
    expect(describeAuditEvent('PEER_SHARING_CHANGED', { shareNameWithPeers: false }, 'Devon')).toBe('Chose not to show Devon’s name to other ICSs');
    expect(describeAuditEvent('PEER_SHARING_CHANGED', { shareNameWithPeers: false }, null)).toBe('Chose not to show the ICS’s name to other ICSs');
    expect(describeAuditEvent('ASSESSMENT_TRANSITIONED', { status: 'RETURNED' })).toBe('Returned an assessment to the ICS for changes');
    expect(describeAuditEvent('ASSESSMENT_TRANSITIONED', { status: 'DRAFT' })).toBe('Took an assessment back to draft');
    expect(describeAuditEvent('ASSESSMENT_TRANSITIONED', { status: 'SUBMITTED' })).toBe('Submitted an assessment');
    expect(describeAuditEvent('SIGNED_IN', null)).toBe('Signed in');
  });

  it('says whether a sign-off confirmed or queried, and whose figures (from the row alone, so old rows read right)', () => {
    const answer = (answer: string) => ({ systemId: '7d1f4b0e-0000-4000-8000-000000000001', answer, comment: answer === 'QUERIED' ? 'Too low' : null });
    expect(describeAuditEvent('CYCLE_SIGN_OFF_ANSWERED', answer('CONFIRMED'), 'Devon')).toBe('Confirmed Devon’s provisional figures');
    expect(describeAuditEvent('CYCLE_SIGN_OFF_ANSWERED', answer('QUERIED'), 'Dorset')).toBe('Queried Dorset’s provisional figures');
    expect(describeAuditEvent('CYCLE_SIGN_OFF_ANSWERED', answer('QUERIED'), null)).toBe('Queried an ICS’s provisional figures');
    // A row without its answer keeps the kind's words.
    expect(describeAuditEvent('CYCLE_SIGN_OFF_ANSWERED', null, 'Devon')).toBe(AUDIT_ACTION_WORDS.CYCLE_SIGN_OFF_ANSWERED);
  });

  it('names the role given or taken away, the ICS added to or removed from a cohort, and what a cycle changed to', () => {
    expect(describeAuditEvent('ROLE_GRANTED', { userId: 'u', role: 'ICS_LEAD', systemId: 's' }, 'Devon')).toBe('Gave someone the ICS lead role');
    expect(describeAuditEvent('ROLE_REVOKED', null, null, { userId: 'u', role: 'COACH', cohortId: 'c' })).toBe('Took the programme coach role away from someone');
    expect(describeAuditEvent('ROLE_GRANTED', { role: 'MADE_UP' }, null)).toBe('Gave someone a role');
    expect(describeAuditEvent('COHORT_SYSTEM_ADDED', { systemId: 's' }, 'Devon')).toBe('Added Devon to a cohort');
    expect(describeAuditEvent('COHORT_SYSTEM_REMOVED', null, 'Dorset', { systemId: 's' })).toBe('Removed Dorset from a cohort');
    expect(describeAuditEvent('RECORDING_ON_BEHALF_STARTED', { recordedOnBehalfBy: 'u' }, 'Devon')).toBe('Started recording an assessment on behalf of Devon');
    expect(describeAuditEvent('CYCLE_CLOSING_DATE_CHANGED', { closesOn: '2027-03-31' }, null, { closesOn: '2027-02-28' })).toBe(
      "Changed a cycle's closing date to 31 March 2027",
    );
    expect(describeAuditEvent('CYCLE_CLOSED', { status: 'CLOSED', closedOn: '2027-02-01', closedEarly: true })).toBe('Closed an assessment cycle early');
    expect(describeAuditEvent('CYCLE_CLOSED', { status: 'CLOSED', closedOn: '2027-03-31', closedEarly: false })).toBe('Closed an assessment cycle');
  });

  it('says whose published figures a correction changed, and which correction it was', () => {
    expect(describeAuditEvent('CYCLE_FIGURES_REVISED', { number: 2, reason: 'Typed wrongly' }, 'Devon')).toBe(
      'Recorded a correction to Devon’s published figures (correction 2)',
    );
    expect(describeAuditEvent('CYCLE_FIGURES_REVISED', null, null)).toBe('Recorded a correction to an ICS’s published figures');
  });
});

describe('the audit trail cursor', () => {
  it('round-trips the exact time (microseconds) and id', () => {
    const row = { cursorAt: '2026-07-01T09:00:00.123456Z', id: '1234567890123' };
    expect(decodeCursor(encodeCursor(row))).toEqual({ occurredAt: row.cursorAt, id: row.id });
  });

  it.each(['', 'abc', Buffer.from('["2026-07-01", "1"]').toString('base64url'), Buffer.from('["2026-07-01T09:00:00.123456Z", "0"]').toString('base64url')])(
    'refuses %j with BAD_USER_INPUT on "after"',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'after' } }));
    },
  );
});
