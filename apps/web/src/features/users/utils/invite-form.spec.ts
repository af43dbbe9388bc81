import { expiryInWords, inviteInput, inviteProblems } from './invite-form';

const VALID = { name: 'Pat Jones', email: ' pat@example.nhs.uk ', role: 'ICS_LEAD' as const, systemId: 'devon', cohortId: 'kept', singleSignOn: false };

describe('the invite form', () => {
  it('asks for a name, an email address and a role', () => {
    expect(inviteProblems({ ...VALID, name: ' ', email: '', role: '' })).toEqual([
      { fieldId: 'invite-name', message: 'Enter a full name' },
      { fieldId: 'invite-email', message: 'Enter an email address' },
      { fieldId: 'role', message: 'Select a role' },
    ]);
  });

  it('asks which ICS an ICS lead leads', () => {
    expect(inviteProblems({ ...VALID, systemId: '' })).toEqual([{ fieldId: 'role-system', message: 'Select the ICS this person leads' }]);
    expect(inviteProblems(VALID)).toEqual([]);
  });

  it('sends one role with only the scope that role has, and the email trimmed', () => {
    expect(inviteInput(VALID)).toEqual({
      name: 'Pat Jones',
      email: 'pat@example.nhs.uk',
      singleSignOn: false,
      roles: [{ role: 'ICS_LEAD', systemId: 'devon' }],
    });
    expect(inviteInput({ ...VALID, role: 'NATIONAL' }).roles).toEqual([{ role: 'NATIONAL' }]);
  });

  it('says when the link expires, or that it has', () => {
    expect(expiryInWords('2026-12-13T12:00:00Z', false)).toBe('Link expires on 13 December 2026');
    expect(expiryInWords('2026-12-13T12:00:00Z', true)).toBe('Link expired on 13 December 2026');
  });
});
