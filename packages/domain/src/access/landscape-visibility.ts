import { Actor, hasRole, ledSystemIds } from './access-policy';

/**
 * What each person may see of a cycle's landscape (PRODUCT §1):
 * - national viewers and admins see every ICS by name, published or provisional;
 * - an ICS lead sees their own ICS, and a coach the ICSs they coach, by name;
 * - once a cycle is published, everyone signed in also sees the other ICSs: by name where an ICS chose to share,
 *   otherwise as an unnamed dot (its region and scores, never its name or codes);
 * - until it is published, the landscape is provisional: people without a national view see only their own ICSs,
 *   so that each ICS can check its own figures first.
 * Aggregates over fewer than five ICSs are withheld from everyone without the national view.
 */
export type LandscapeVisibility = 'NAMED' | 'UNNAMED' | 'HIDDEN';

export const hasNationalView = (actor: Actor): boolean => hasRole(actor, 'NATIONAL') || hasRole(actor, 'ADMIN');

export function landscapeVisibility(
  actor: Actor,
  system: { readonly systemId: string; readonly sharesName: boolean },
  published: boolean,
): LandscapeVisibility {
  if (hasNationalView(actor)) return 'NAMED';
  if (ledSystemIds(actor).includes(system.systemId) || actor.coachedSystemIds.includes(system.systemId)) return 'NAMED';
  if (!published) return 'HIDDEN';
  return system.sharesName ? 'NAMED' : 'UNNAMED';
}

/** Whether small aggregates (fewer than five ICSs) must be withheld from this person. */
export const withholdsSmallAggregates = (actor: Actor): boolean => !hasNationalView(actor);

/** Who may publish a cycle's landscape: national viewers and admins. */
export const canPublishCycle = (actor: Actor): boolean => hasNationalView(actor);
