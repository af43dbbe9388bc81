import { emailProblem, newPasswordProblem } from '../identity/account-input';
import { ROLES } from '../access/access-policy';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, PIONEERS_COHORT, PIONEERS_PROJECTS } from './demo-accounts';

describe('demo accounts', () => {
  it('has exactly one account per role, each with a valid email address', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.role).sort()).toEqual([...ROLES].sort());
    for (const account of DEMO_ACCOUNTS) expect(emailProblem(account.email)).toBeNull();
  });

  it('uses a password that passes the rules for new passwords', () => {
    expect(newPasswordProblem(DEMO_PASSWORD)).toBeNull();
  });

  it('puts the demo ICS lead in an ICS of the Pioneers cohort: ten projects in eight distinct ICSs', () => {
    const lead = DEMO_ACCOUNTS.find((a) => a.role === 'ICS_LEAD');
    expect(PIONEERS_COHORT.systemNames).toContain(lead?.systemName);
    expect(PIONEERS_PROJECTS).toHaveLength(10);
    expect(new Set(PIONEERS_COHORT.systemNames).size).toBe(8);
    // Surrey Heartlands and North West London (with Central and North West London's project) run two each
    const count = (name: string) => PIONEERS_PROJECTS.filter((p) => p.systemName === name).length;
    expect([count('Surrey Heartlands'), count('North West London')]).toEqual([2, 2]);
    expect(PIONEERS_COHORT.systemNames).not.toContain('North Central London');
    expect(new Set(PIONEERS_PROJECTS.map((p) => p.name)).size).toBe(10);
  });
});
