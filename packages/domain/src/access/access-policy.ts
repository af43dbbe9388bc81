/**
 * Who may do what: the one place that answers "may this person do this to this thing?". Pure: services load the
 * facts (the person's role grants, a cohort's ICSs) and ask; the policy never fetches anything itself.
 * England's regions and ICSs are public reference data and need no rule here.
 */

export const ROLES = ['ICS_LEAD', 'COACH', 'NATIONAL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ICS_LEAD: 'ICS lead',
  COACH: 'Programme coach',
  NATIONAL: 'National viewer',
  ADMIN: 'Admin',
};

/** One role held by one person, with its scope: an ICS lead leads one ICS, a coach coaches one cohort. */
export type RoleGrant =
  | { readonly role: 'ICS_LEAD'; readonly systemId: string }
  | { readonly role: 'COACH'; readonly cohortId: string }
  | { readonly role: 'NATIONAL' }
  | { readonly role: 'ADMIN' };

/** The signed-in person asking. `coachedSystemIds` are the ICSs in the cohorts they coach, resolved by the caller. */
export interface Actor {
  readonly userId: string;
  readonly grants: readonly RoleGrant[];
  readonly coachedSystemIds: readonly string[];
}

export type Action = 'read' | 'manage';

/** What an action is done to, with the facts the policy needs about it. */
export type Resource =
  | { readonly kind: 'user-accounts' }
  | { readonly kind: 'cohort'; readonly cohortId: string; readonly systemIds: readonly string[] }
  /** A cohort's review side: the ICS × domain view of its assessments and its learning programme. */
  | { readonly kind: 'cohort-programme'; readonly cohortId: string }
  | { readonly kind: 'cohorts' }
  | { readonly kind: 'assessment-cycles' }
  /** Canvas versions not yet published (drafts): read and changed by admins only; published versions are public. */
  | { readonly kind: 'canvas-drafts' }
  | { readonly kind: 'cycle-progress' }
  | { readonly kind: 'action-plan'; readonly systemId: string }
  | { readonly kind: 'peer-sharing'; readonly systemId: string }
  /** The audit trail: who did what, when, to what. Read by admins and national viewers; written by no one (append-only). */
  | { readonly kind: 'audit-trail' }
  /** Every ICS's scores side by side in the crosswalk's terms (NHS England's five domains): the national view only. */
  | { readonly kind: 'national-crosswalk' }
  | { readonly kind: 'system-profile'; readonly systemId: string };

export const hasRole = (actor: Actor, role: Role): boolean => actor.grants.some((g) => g.role === role);

export const ledSystemIds = (actor: Actor): string[] =>
  actor.grants.flatMap((g) => (g.role === 'ICS_LEAD' ? [g.systemId] : []));

export const coachedCohortIds = (actor: Actor): string[] =>
  actor.grants.flatMap((g) => (g.role === 'COACH' ? [g.cohortId] : []));

const seesEverything = (actor: Actor) => hasRole(actor, 'ADMIN') || hasRole(actor, 'NATIONAL');

/**
 * The rules. `read` never implies `manage`. Admins manage accounts, roles and cohorts; national viewers read
 * everything; a coach reads the cohorts they coach; an ICS lead reads the cohorts their ICS belongs to.
 */
export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  const admin = hasRole(actor, 'ADMIN');
  switch (resource.kind) {
    case 'user-accounts':
      return admin;
    case 'cohorts':
      // Creating cohorts and changing their members or coaches.
      return action === 'manage' ? admin : seesEverything(actor);
    case 'cohort':
      if (action === 'manage') return admin;
      return (
        seesEverything(actor) ||
        coachedCohortIds(actor).includes(resource.cohortId) ||
        ledSystemIds(actor).some((id) => resource.systemIds.includes(id))
      );
    case 'cohort-programme': {
      // Its coaches and admins plan it; national viewers read it. ICS leads do not: it names the other ICSs' scores.
      const coachesIt = coachedCohortIds(actor).includes(resource.cohortId);
      return action === 'manage' ? coachesIt || admin : coachesIt || seesEverything(actor);
    }
    case 'assessment-cycles':
      // Which cycles exist (names and dates) is no secret to anyone signed in; opening one is an admin's job.
      return action === 'manage' ? admin : true;
    case 'canvas-drafts':
    case 'cycle-progress':
      // Where each ICS's assessment is in a cycle, drafts included (not started, in progress, how many answered): the
      // admins who run the cycle. Not national viewers, who are shown provisional cycles as counts only.
      return admin;
    case 'audit-trail':
      // Nobody changes the trail: rows are only ever appended, by the change they record.
      return action === 'read' && seesEverything(actor);
    case 'national-crosswalk':
      // Every ICS by name, provisional cycles too, as the national view sees the landscape; nobody changes it.
      return action === 'read' && seesEverything(actor);
    case 'system-profile':
    case 'peer-sharing':
    case 'action-plan': {
      // An ICS's own plan, and whether it is named to its peers: its leads decide; its coaches, national viewers and
      // admins read it.
      const leads = ledSystemIds(actor).includes(resource.systemId);
      if (action === 'manage') return leads;
      return leads || actor.coachedSystemIds.includes(resource.systemId) || seesEverything(actor);
    }
  }
}

/** Which cohorts a list may show this person: every cohort, or those matching any of these ids. */
export type CohortScope =
  | { readonly all: true }
  | { readonly all: false; readonly cohortIds: readonly string[]; readonly memberSystemIds: readonly string[] };

/** The same rule as `can(actor, 'read', cohort)`, as a filter a repository can turn into SQL. */
export function cohortReadScope(actor: Actor): CohortScope {
  if (seesEverything(actor)) return { all: true };
  return { all: false, cohortIds: coachedCohortIds(actor), memberSystemIds: ledSystemIds(actor) };
}

/** The role to name first when showing who is signed in: the widest they hold. */
export function primaryRole(actor: Pick<Actor, 'grants'>): Role | null {
  for (const role of ['ADMIN', 'NATIONAL', 'COACH', 'ICS_LEAD'] as const) {
    if (actor.grants.some((g) => g.role === role)) return role;
  }
  return null;
}
