import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createPerson, openSession, Person, TEST_PASSWORD } from '../support/world';

/**
 * THE TENANCY MATRIX: every GraphQL query and mutation, and what each role may do with it in its own scope and in
 * someone else's. A new operation is one more entry here (the matrix test fails until it is: it compares this list
 * with the live schema). See docs/access-control.md.
 */

export type Who = 'anonymous' | 'icsLead' | 'coach' | 'national' | 'admin';
export const EVERYONE: readonly Who[] = ['anonymous', 'icsLead', 'coach', 'national', 'admin'];
export type Scope = 'own' | 'other';
export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/** The people and things the matrix runs against (built by tenancy-matrix.spec.ts). */
export interface World {
  readonly db: DataSource;
  readonly people: Record<Exclude<Who, 'anonymous'>, Person> & { spare: Person };
  /** Cohort A holds the ICS lead's ICS and is the coach's; cohort B is nobody's in the matrix. */
  readonly cohorts: { readonly own: string; readonly other: string };
  readonly systems: { readonly own: string; readonly other: string; readonly outside: string };
}

export interface OperationCase {
  readonly document: string;
  /** Whether a target in the caller's own scope or someone else's makes a difference to this operation. */
  readonly scoped: boolean;
  readonly expect: Readonly<Record<Who, Outcome | { own: Outcome; other: Outcome }>>;
  /** Variables for a call aimed at the caller's own scope or another; may create what the call needs. */
  variables?(world: World, scope: Scope, who: Who): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The session to call with, when not the caller's usual one (e.g. signOut ends the session it is given). */
  session?(world: World, who: Who): Promise<string | null>;
  /** A write: when allowed, it must change the tenant tables (when refused, it must never). */
  readonly writes?: boolean;
  /** For allowed calls: what the answer must (and must not) contain. */
  check?(data: Record<string, unknown>, world: World, who: Who): void;
}

const adminOnly = { anonymous: 'UNAUTHENTICATED', icsLead: 'FORBIDDEN', coach: 'FORBIDDEN', national: 'FORBIDDEN', admin: 'ALLOWED' } as const;
const everyoneSignedIn = { anonymous: 'UNAUTHENTICATED', icsLead: 'ALLOWED', coach: 'ALLOWED', national: 'ALLOWED', admin: 'ALLOWED' } as const;
const everyone = { anonymous: 'ALLOWED', icsLead: 'ALLOWED', coach: 'ALLOWED', national: 'ALLOWED', admin: 'ALLOWED' } as const;
const ownScopeOnly = { own: 'ALLOWED', other: 'NOT_FOUND' } as const;

const unique = () => randomBytes(4).toString('hex');
const cohortIdsIn = (data: Record<string, unknown>) => (data['cohorts'] as { id: string }[]).map((c) => c.id);

async function freshGrant(world: World, systemId: string): Promise<string> {
  const user = await createPerson(world.db, `Grant holder ${unique()}`);
  const [grant] = await world.db.query(
    `INSERT INTO role_grant (user_id, role, system_id) VALUES ($1, 'ICS_LEAD', $2) RETURNING id`,
    [user.id, systemId],
  );
  return grant.id;
}

export const OPERATIONS: Record<string, OperationCase> = {
  // ---- public reference data and sign-in
  systems: { document: '{ systems { id } }', scoped: false, expect: everyone },
  regions: { document: '{ regions { id } }', scoped: false, expect: everyone },
  signInMethods: { document: '{ signInMethods { password singleSignOn { name url } } }', scoped: false, expect: everyone },
  me: {
    document: '{ me { id roleGrants { role } } }',
    scoped: false,
    expect: everyone,
    check: (data, world, who) => {
      const me = data['me'] as { id: string } | null;
      expect(me?.id ?? null).toBe(who === 'anonymous' ? null : world.people[who].id);
    },
  },
  signIn: {
    document: 'mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }',
    scoped: false,
    expect: everyone,
    variables: (world) => ({ email: world.people.spare.email, password: TEST_PASSWORD }),
  },
  signOut: {
    document: 'mutation { signOut }',
    scoped: false,
    expect: everyoneSignedIn,
    // Each call ends a session of its own, so the caller's usual session lives on for the other cases.
    session: async (world, who) => (who === 'anonymous' ? null : openSession(world.db, world.people[who].id)),
  },

  // ---- accounts and roles: admins only
  users: {
    document: '{ users { id email } }',
    scoped: false,
    expect: adminOnly,
    check: (data, world) => expect((data['users'] as { id: string }[]).map((u) => u.id)).toContain(world.people.spare.id),
  },
  user: {
    document: 'query ($id: ID!) { user(id: $id) { id email } }',
    scoped: true,
    expect: adminOnly,
    variables: (world, scope, who) => ({
      id: scope === 'own' && who !== 'anonymous' ? world.people[who].id : world.people.spare.id,
    }),
  },
  createUser: {
    writes: true,
    document: 'mutation ($email: String!) { createUser(input: { email: $email, name: "New Person" }) { id } }',
    scoped: false,
    expect: adminOnly,
    variables: () => ({ email: `new.${unique()}@idt-canvas.test` }),
  },
  grantRole: {
    writes: true,
    document:
      'mutation ($userId: ID!, $systemId: ID!) { grantRole(input: { userId: $userId, role: ICS_LEAD, systemId: $systemId }) { id } }',
    scoped: true,
    expect: adminOnly,
    variables: async (world, scope) => ({
      userId: (await createPerson(world.db, `Grantee ${unique()}`)).id,
      systemId: scope === 'own' ? world.systems.own : world.systems.other,
    }),
  },
  revokeRole: {
    writes: true,
    document: 'mutation ($grantId: ID!) { revokeRole(grantId: $grantId) { id } }',
    scoped: true,
    expect: adminOnly,
    variables: async (world, scope) => ({
      grantId: await freshGrant(world, scope === 'own' ? world.systems.own : world.systems.other),
    }),
  },

  // ---- cohorts: read in scope, managed by admins
  cohorts: {
    document: '{ cohorts { id systems { id } } }',
    scoped: false,
    expect: everyoneSignedIn,
    check: (data, world, who) => {
      const ids = cohortIdsIn(data);
      if (who === 'coach' || who === 'icsLead') expect(ids).toEqual([world.cohorts.own]);
      else expect(ids).toEqual(expect.arrayContaining([world.cohorts.own, world.cohorts.other]));
    },
  },
  cohort: {
    document: 'query ($id: ID!) { cohort(id: $id) { id name systems { id } coaches { id } } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world, scope) => ({ id: world.cohorts[scope] }),
  },
  createCohort: {
    writes: true,
    document: 'mutation ($name: String!) { createCohort(input: { name: $name }) { id } }',
    scoped: false,
    expect: adminOnly,
    variables: () => ({ name: `Cohort ${unique()}` }),
  },
  addSystemToCohort: {
    writes: true,
    document: 'mutation ($cohortId: ID!, $systemId: ID!) { addSystemToCohort(cohortId: $cohortId, systemId: $systemId) { id } }',
    scoped: true,
    expect: adminOnly,
    variables: async (world, scope) => {
      // Start each call from a state where the ICS is not yet a member, so an allowed call really changes something.
      await world.db.query(`DELETE FROM cohort_member WHERE cohort_id = $1 AND system_id = $2`, [
        world.cohorts[scope],
        world.systems.outside,
      ]);
      return { cohortId: world.cohorts[scope], systemId: world.systems.outside };
    },
  },
  removeSystemFromCohort: {
    writes: true,
    document:
      'mutation ($cohortId: ID!, $systemId: ID!) { removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) { id } }',
    scoped: true,
    expect: adminOnly,
    variables: async (world, scope) => {
      await world.db.query(`INSERT INTO cohort_member (cohort_id, system_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        world.cohorts[scope],
        world.systems.outside,
      ]);
      return { cohortId: world.cohorts[scope], systemId: world.systems.outside };
    },
  },
};
