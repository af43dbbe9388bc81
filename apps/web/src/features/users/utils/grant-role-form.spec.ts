import { describeGrant, grantRoleInput, grantRoleProblems, ROLE_CHOICES } from './grant-role-form';

describe('grantRoleProblems', () => {
  it('asks for a role first', () => {
    expect(grantRoleProblems({ role: '', systemId: '', cohortId: '' })).toEqual([{ fieldId: 'role', message: 'Select a role' }]);
  });

  it('asks an ICS lead role for its ICS, and a coach role for its cohort', () => {
    expect(grantRoleProblems({ role: 'ICS_LEAD', systemId: '', cohortId: 'c1' })).toEqual([
      { fieldId: 'role-system', message: 'Select the ICS this person leads' },
    ]);
    expect(grantRoleProblems({ role: 'COACH', systemId: 's1', cohortId: '' })).toEqual([
      { fieldId: 'role-cohort', message: 'Select the cohort this person coaches' },
    ]);
  });

  it('needs nothing more for national viewers and admins', () => {
    expect(grantRoleProblems({ role: 'NATIONAL', systemId: '', cohortId: '' })).toEqual([]);
    expect(grantRoleProblems({ role: 'ADMIN', systemId: '', cohortId: '' })).toEqual([]);
  });
});

describe('grantRoleInput', () => {
  it('sends only the scope that belongs to the role', () => {
    const values = { systemId: 's1', cohortId: 'c1' };
    expect(grantRoleInput('u1', { role: 'ICS_LEAD', ...values })).toEqual({ userId: 'u1', role: 'ICS_LEAD', systemId: 's1' });
    expect(grantRoleInput('u1', { role: 'COACH', ...values })).toEqual({ userId: 'u1', role: 'COACH', cohortId: 'c1' });
    expect(grantRoleInput('u1', { role: 'NATIONAL', ...values })).toEqual({ userId: 'u1', role: 'NATIONAL' });
  });
});

describe('describeGrant', () => {
  it('says what each role is for', () => {
    expect(describeGrant({ role: 'ICS_LEAD', system: { name: 'Devon' } })).toBe('ICS lead for Devon');
    expect(describeGrant({ role: 'COACH', cohort: { name: 'Pioneers' } })).toBe('Programme coach for Pioneers');
    expect(describeGrant({ role: 'ADMIN', system: null, cohort: null })).toBe('Admin');
  });
});

describe('ROLE_CHOICES', () => {
  it('offers every role once, with a hint', () => {
    expect(ROLE_CHOICES.map((c) => c.role)).toEqual(['ICS_LEAD', 'COACH', 'NATIONAL', 'ADMIN']);
    expect(ROLE_CHOICES.every((c) => c.hint.length > 0)).toBe(true);
  });
});
