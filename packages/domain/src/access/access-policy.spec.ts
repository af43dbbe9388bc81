import { Actor, can, cohortReadScope, primaryRole, Resource, RoleGrant } from './access-policy';

const actor = (...grants: RoleGrant[]): Actor => ({
  userId: 'u',
  grants,
  coachedSystemIds: [],
});

const admin = actor({ role: 'ADMIN' });
const national = actor({ role: 'NATIONAL' });
const coachOfA = actor({ role: 'COACH', cohortId: 'A' });
const leadOfX = actor({ role: 'ICS_LEAD', systemId: 'X' });
const nobody = actor();

const cohortA: Resource = { kind: 'cohort', cohortId: 'A', systemIds: ['X', 'Y'] };
const cohortB: Resource = { kind: 'cohort', cohortId: 'B', systemIds: ['Z'] };

describe('can', () => {
  it('lets only admins manage user accounts and roles', () => {
    expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, 'manage', { kind: 'user-accounts' }))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("shows a cycle's progress per ICS (drafts included) to admins only", () => {
    expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, 'read', { kind: 'cycle-progress' }))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('lets admins and national viewers read every cohort, and only admins manage them', () => {
    for (const cohort of [cohortA, cohortB]) {
      expect(can(admin, 'read', cohort)).toBe(true);
      expect(can(national, 'read', cohort)).toBe(true);
      expect(can(admin, 'manage', cohort)).toBe(true);
      expect(can(national, 'manage', cohort)).toBe(false);
    }
    expect(can(national, 'read', { kind: 'cohorts' })).toBe(true);
    expect(can(national, 'manage', { kind: 'cohorts' })).toBe(false);
    expect(can(admin, 'manage', { kind: 'cohorts' })).toBe(true);
  });

  it('lets a coach read the cohorts they coach, and no other, and manage none', () => {
    expect(can(coachOfA, 'read', cohortA)).toBe(true);
    expect(can(coachOfA, 'read', cohortB)).toBe(false);
    expect(can(coachOfA, 'manage', cohortA)).toBe(false);
    expect(can(coachOfA, 'read', { kind: 'cohorts' })).toBe(false);
  });

  it("lets an ICS lead read the cohorts their ICS belongs to, and no other", () => {
    expect(can(leadOfX, 'read', cohortA)).toBe(true);
    expect(can(leadOfX, 'read', cohortB)).toBe(false);
    expect(can(leadOfX, 'manage', cohortA)).toBe(false);
  });

  it('refuses everything to someone not signed in, or with no role', () => {
    const resources: Resource[] = [{ kind: 'user-accounts' }, { kind: 'cohorts' }, cohortA];
    for (const resource of resources) {
      expect(can(null, 'read', resource)).toBe(false);
      expect(can(nobody, 'manage', resource)).toBe(false);
    }
    expect(can(nobody, 'read', cohortA)).toBe(false);
  });

  it('lets only admins read or change canvas drafts', () => {
    for (const action of ['read', 'manage'] as const) {
      expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, action, { kind: 'canvas-drafts' }))).toEqual([true, false, false, false, false]);
    }
  });

  it('lets anyone signed in read cycles, and only admins open them', () => {
    for (const who of [admin, national, coachOfA, leadOfX]) expect(can(who, 'read', { kind: 'assessment-cycles' })).toBe(true);
    expect([admin, national, coachOfA, leadOfX].map((a) => can(a, 'manage', { kind: 'assessment-cycles' }))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('lets admins and national viewers read the audit trail, and nobody change it', () => {
    const trail: Resource = { kind: 'audit-trail' };
    expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, 'read', trail))).toEqual([true, true, false, false, false]);
    expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, 'manage', trail))).toEqual([false, false, false, false, false]);
  });

  it("shows every ICS's crosswalk scores side by side to admins and national viewers only", () => {
    const crosswalk: Resource = { kind: 'national-crosswalk' };
    expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, 'read', crosswalk))).toEqual([true, true, false, false, false]);
    expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, 'manage', crosswalk))).toEqual([false, false, false, false, false]);
  });

  it("lets an ICS's leads keep its action plan, and its coaches, national viewers and admins read it", () => {
    const planOfX: Resource = { kind: 'action-plan', systemId: 'X' };
    const coachOfX = { ...actor({ role: 'COACH', cohortId: 'A' }), coachedSystemIds: ['X'] };
    const leadOfY = actor({ role: 'ICS_LEAD', systemId: 'Y' });
    expect([leadOfX, coachOfX, national, admin, leadOfY, coachOfA].map((a) => can(a, 'read', planOfX))).toEqual([
      true, true, true, true, false, false,
    ]);
    expect([leadOfX, coachOfX, national, admin, leadOfY].map((a) => can(a, 'manage', planOfX))).toEqual([
      true, false, false, false, false,
    ]);
  });

  it("lets a cohort's coaches and admins plan its programme, national viewers read it, and its ICS leads neither", () => {
    const programmeA: Resource = { kind: 'cohort-programme', cohortId: 'A' };
    const programmeB: Resource = { kind: 'cohort-programme', cohortId: 'B' };
    expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, 'read', programmeA))).toEqual([true, true, true, false, false]);
    expect([admin, national, coachOfA, leadOfX, nobody].map((a) => can(a, 'manage', programmeA))).toEqual([true, false, true, false, false]);
    expect([can(coachOfA, 'read', programmeB), can(coachOfA, 'manage', programmeB)]).toEqual([false, false]);
  });

  it('adds up several grants: a coach who is also an ICS lead reads both kinds of cohort', () => {
    const both = actor({ role: 'COACH', cohortId: 'B' }, { role: 'ICS_LEAD', systemId: 'X' });
    expect(can(both, 'read', cohortA)).toBe(true);
    expect(can(both, 'read', cohortB)).toBe(true);
  });
});

describe('cohortReadScope agrees with can(read, cohort)', () => {
  const cohorts = [cohortA, cohortB, { kind: 'cohort' as const, cohortId: 'C', systemIds: [] }];
  const matches = (scope: ReturnType<typeof cohortReadScope>, c: (typeof cohorts)[number]) =>
    scope.all || scope.cohortIds.includes(c.cohortId) || c.systemIds.some((id) => scope.memberSystemIds.includes(id));

  it.each([
    ['admin', admin],
    ['national', national],
    ['coach of A', coachOfA],
    ['lead of X', leadOfX],
    ['no role', nobody],
  ])('for %s', (_name, who) => {
    const scope = cohortReadScope(who);
    for (const cohort of cohorts) expect(matches(scope, cohort)).toBe(can(who, 'read', cohort));
  });
});

describe('primaryRole', () => {
  it('names the widest role held', () => {
    expect(primaryRole(actor({ role: 'ICS_LEAD', systemId: 'X' }, { role: 'COACH', cohortId: 'A' }))).toBe('COACH');
    expect(primaryRole(actor({ role: 'NATIONAL' }, { role: 'ADMIN' }))).toBe('ADMIN');
    expect(primaryRole(nobody)).toBeNull();
  });
});
