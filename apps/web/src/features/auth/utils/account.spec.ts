import { describeAccount, toRoleGrants } from './account';

describe('toRoleGrants', () => {
  it("turns the API's grants into the domain's, with their scope", () => {
    expect(
      toRoleGrants([
        { role: 'ICS_LEAD', system: { id: 's1' }, cohort: null },
        { role: 'COACH', system: null, cohort: { id: 'c1' } },
        { role: 'NATIONAL' },
        { role: 'ADMIN', system: null, cohort: null },
      ]),
    ).toEqual([{ role: 'ICS_LEAD', systemId: 's1' }, { role: 'COACH', cohortId: 'c1' }, { role: 'NATIONAL' }, { role: 'ADMIN' }]);
  });

  it('drops a grant that has lost its scope', () => {
    expect(toRoleGrants([{ role: 'ICS_LEAD', system: null }, { role: 'COACH' }])).toEqual([]);
  });
});

describe('describeAccount', () => {
  it('names the person with every role they hold, widest first, as the header shows them', () => {
    const account = describeAccount({
      id: 'u1',
      name: 'Lee Lead',
      roleGrants: [
        { role: 'ICS_LEAD', system: { id: 's1' } },
        { role: 'COACH', cohort: { id: 'c1' } },
        { role: 'ICS_LEAD', system: { id: 's2' } },
      ],
    });
    expect(account).toEqual({
      id: 'u1',
      name: 'Lee Lead',
      roles: ['COACH', 'ICS_LEAD'],
      primaryRole: 'COACH',
      leadsSystems: ['s1', 's2'],
      label: 'Lee Lead (Programme coach, ICS lead)',
      mustEnrolSecondStep: false,
    });
  });

  it('says when the session must set up two-step sign-in before anything else', () => {
    const base = { id: 'u', name: 'Ada Admin', roleGrants: [{ role: 'ADMIN' as const }] };
    expect(describeAccount({ ...base, secondStep: { mustEnrolBeforeContinuing: true } }).mustEnrolSecondStep).toBe(true);
    expect(describeAccount({ ...base, secondStep: { mustEnrolBeforeContinuing: false } }).mustEnrolSecondStep).toBe(false);
  });

  it.each([
    ['ADMIN', 'Alex Admin (Admin)'],
    ['NATIONAL', 'Alex Admin (National viewer)'],
  ] as const)('labels %s', (role, label) => {
    expect(describeAccount({ id: 'u', name: 'Alex Admin', roleGrants: [{ role }] }).label).toBe(label);
  });

  it('names all four roles of someone who holds them all', () => {
    const roleGrants = [{ role: 'ICS_LEAD', system: { id: 's1' } }, { role: 'NATIONAL' }, { role: 'COACH', cohort: { id: 'c1' } }, { role: 'ADMIN' }] as const;
    expect(describeAccount({ id: 'u', name: 'Sam Several', roleGrants: [...roleGrants] }).label).toBe(
      'Sam Several (Admin, National viewer, Programme coach, ICS lead)',
    );
  });

  it('shows just the name of someone with no roles yet', () => {
    expect(describeAccount({ id: 'u', name: 'New Person', roleGrants: [] })).toMatchObject({
      roles: [],
      primaryRole: null,
      leadsSystems: [],
      label: 'New Person',
    });
  });
});
