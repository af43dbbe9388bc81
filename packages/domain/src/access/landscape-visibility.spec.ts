import { Actor } from './access-policy';
import {
  ANONYMITY_THRESHOLD,
  canPublishCycle,
  compareShownEntries,
  countsInFigure,
  landscapeVisibility,
  ranksAmongShown,
  ShownEntryKey,
  visibilitiesInLandscape,
  withholdsSmallAggregates,
} from './landscape-visibility';

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

describe('keeping unnamed ICSs unidentifiable', () => {
  const privates = (n: number) => Array.from({ length: n }, (_, i) => ({ systemId: `P${i}`, sharesName: false }));
  const count = (m: Map<string, string>, v: string) => [...m.values()].filter((x) => x === v).length;

  it('is the same five as the small-aggregate rule', () => {
    expect(ANONYMITY_THRESHOLD).toBe(5);
  });

  it('hides an unnamed pool smaller than five, and shows one of five or more', () => {
    for (const who of [leadOfX, coachOfX]) {
      for (let n = 1; n <= 7; n++) {
        const visibility = visibilitiesInLandscape(who, [x, sharing, ...privates(n)], true);
        expect(visibility.get('X')).toBe('NAMED');
        expect(visibility.get('S')).toBe('NAMED');
        expect(count(visibility, 'UNNAMED')).toBe(n >= ANONYMITY_THRESHOLD ? n : 0);
        expect(count(visibility, 'HIDDEN')).toBe(n >= ANONYMITY_THRESHOLD ? 0 : n);
      }
    }
    // Provisional: nothing unnamed at all; national view: everything named.
    expect(count(visibilitiesInLandscape(leadOfX, [x, sharing, ...privates(9)], false), 'HIDDEN')).toBe(10);
    expect(count(visibilitiesInLandscape(national, [x, sharing, ...privates(2)], true), 'NAMED')).toBe(4);
  });

  it('counts the unnamed pool in whole-landscape figures only, and hidden ICSs in none', () => {
    expect(countsInFigure('NAMED', 'WHOLE_LANDSCAPE')).toBe(true);
    expect(countsInFigure('NAMED', 'REGION_OR_COHORT')).toBe(true);
    expect(countsInFigure('UNNAMED', 'WHOLE_LANDSCAPE')).toBe(true);
    expect(countsInFigure('UNNAMED', 'REGION_OR_COHORT')).toBe(false);
    expect(countsInFigure('HIDDEN', 'WHOLE_LANDSCAPE')).toBe(false);
    expect(countsInFigure('HIDDEN', 'REGION_OR_COHORT')).toBe(false);
  });

  it('orders entries by what they show: score, category, named by name, unnamed by what they show', () => {
    const e = (score: number | null, categoryIndex: number | null, name: string | null, shown = ''): ShownEntryKey => ({ score, categoryIndex, name, shown });
    const entries = [e(null, null, 'Zeta'), e(50, 2, null, 'b'), e(50, 2, 'Beta'), e(70, 1, null), e(50, 2, null, 'a'), e(50, 2, 'Alpha'), e(null, null, null)];
    expect([...entries].sort(compareShownEntries)).toEqual([
      e(70, 1, null),
      e(50, 2, 'Alpha'),
      e(50, 2, 'Beta'),
      e(50, 2, null, 'a'),
      e(50, 2, null, 'b'),
      e(null, null, 'Zeta'),
      e(null, null, null),
    ]);
    // Two unnamed entries that show the same thing compare equal: nothing hidden can separate them.
    expect(compareShownEntries(e(40, 3, null, 'same'), e(40, 3, null, 'same'))).toBe(0);
  });

  it('ranks among the scores shown, ties sharing a rank', () => {
    expect(ranksAmongShown([80, 60, 60, null, 40])).toEqual([1, 2, 2, null, 4]);
    expect(ranksAmongShown([])).toEqual([]);
  });
});
