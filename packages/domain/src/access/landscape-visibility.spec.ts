import { Actor } from './access-policy';
import { canPublishCycle, landscapeVisibility, withholdsSmallAggregates } from './landscape-visibility';

const actor = (grants: Actor['grants'], coachedSystemIds: string[] = []): Actor => ({ userId: 'u', grants, coachedSystemIds });
const national = actor([{ role: 'NATIONAL' }]);
const admin = actor([{ role: 'ADMIN' }]);
const leadOfX = actor([{ role: 'ICS_LEAD', systemId: 'X' }]);
const coachOfX = actor([{ role: 'COACH', cohortId: 'A' }], ['X']);

const x = { systemId: 'X', sharesName: false };
const sharing = { systemId: 'S', sharesName: true };
const private_ = { systemId: 'P', sharesName: false };

describe('landscape visibility', () => {
  it('shows everything by name to national viewers and admins, published or not', () => {
    for (const who of [national, admin]) {
      for (const published of [true, false]) {
        expect([x, sharing, private_].map((s) => landscapeVisibility(who, s, published))).toEqual(['NAMED', 'NAMED', 'NAMED']);
      }
    }
  });

  it('shows a lead or coach their own ICSs by name; once published, sharers by name and the rest unnamed', () => {
    for (const who of [leadOfX, coachOfX]) {
      expect([x, sharing, private_].map((s) => landscapeVisibility(who, s, true))).toEqual(['NAMED', 'NAMED', 'UNNAMED']);
      expect([x, sharing, private_].map((s) => landscapeVisibility(who, s, false))).toEqual(['NAMED', 'HIDDEN', 'HIDDEN']);
    }
  });

  it('withholds small aggregates from everyone without the national view, and lets only them publish', () => {
    expect([national, admin, leadOfX, coachOfX].map(withholdsSmallAggregates)).toEqual([false, false, true, true]);
    expect([national, admin, leadOfX, coachOfX].map(canPublishCycle)).toEqual([true, true, false, false]);
  });
});
