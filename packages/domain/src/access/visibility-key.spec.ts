import { Actor, RoleGrant } from './access-policy';
import { visibilityKey } from './visibility-key';

const actor = (userId: string, grants: RoleGrant[], coachedSystemIds: string[] = []): Actor => ({ userId, grants, coachedSystemIds });

describe('visibilityKey', () => {
  it('is the same for two people who see the same thing, whoever they are and in whatever order their grants come', () => {
    expect(visibilityKey(actor('a', [{ role: 'NATIONAL' }]))).toBe(visibilityKey(actor('b', [{ role: 'NATIONAL' }])));
    // Admins and national viewers see every landscape, profile and movement alike.
    expect(visibilityKey(actor('a', [{ role: 'ADMIN' }]))).toBe(visibilityKey(actor('b', [{ role: 'NATIONAL' }])));
    expect(visibilityKey(actor('a', [{ role: 'ADMIN' }, { role: 'NATIONAL' }]))).toBe(visibilityKey(actor('b', [{ role: 'NATIONAL' }])));
    expect(
      visibilityKey(actor('a', [{ role: 'ICS_LEAD', systemId: 'X' }, { role: 'ICS_LEAD', systemId: 'Y' }])),
    ).toBe(visibilityKey(actor('b', [{ role: 'ICS_LEAD', systemId: 'Y' }, { role: 'ICS_LEAD', systemId: 'X' }])));
    expect(visibilityKey(actor('a', [{ role: 'COACH', cohortId: 'C' }], ['X', 'Y']))).toBe(
      visibilityKey(actor('b', [{ role: 'COACH', cohortId: 'C' }], ['Y', 'X', 'X'])),
    );
    expect(visibilityKey(actor('a', []))).toBe(visibilityKey(actor('b', [])));
  });

  it('differs whenever what they may see differs', () => {
    const people = [
      actor('1', []),
      actor('2', [{ role: 'NATIONAL' }]),
      actor('3', [{ role: 'ICS_LEAD', systemId: 'X' }]),
      actor('4', [{ role: 'ICS_LEAD', systemId: 'Y' }]),
      actor('5', [{ role: 'ICS_LEAD', systemId: 'X' }, { role: 'ICS_LEAD', systemId: 'Y' }]),
      // A national viewer who also leads an ICS sees it marked as their own.
      actor('6', [{ role: 'NATIONAL' }, { role: 'ICS_LEAD', systemId: 'X' }]),
      actor('7', [{ role: 'COACH', cohortId: 'C' }], ['X']),
      actor('8', [{ role: 'COACH', cohortId: 'C' }], ['X', 'Y']),
      actor('9', [{ role: 'COACH', cohortId: 'D' }], ['X']),
      // Leading X is not coaching X.
      actor('10', [{ role: 'COACH', cohortId: 'C' }, { role: 'ICS_LEAD', systemId: 'X' }], ['X']),
      actor('11', [], ['X']),
    ];
    const keys = people.map(visibilityKey);
    expect(new Set(keys).size).toBe(people.length);
  });

  it('cannot be forged by an id that contains the separators', () => {
    expect(visibilityKey(actor('a', [{ role: 'ICS_LEAD', systemId: 'X,Y' }]))).not.toBe(
      visibilityKey(actor('b', [{ role: 'ICS_LEAD', systemId: 'X' }, { role: 'ICS_LEAD', systemId: 'Y' }])),
    );
  });
});
