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
    expect(describeAuditEvent('PEER_SHARING_CHANGED', { shareNameWithPeers: true })).toBe('Chose to show the ICS’s name to other ICSs');
    expect(describeAuditEvent('PEER_SHARING_CHANGED', { shareNameWithPeers: false })).toBe('Chose not to show the ICS’s name to other ICSs');
    expect(describeAuditEvent('ASSESSMENT_TRANSITIONED', { status: 'RETURNED' })).toBe('Moved an assessment to its next stage: returned to the ICS');
    expect(describeAuditEvent('SIGNED_IN', null)).toBe('Signed in');
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
