import { Actor, coachedCohortIds, ledSystemIds } from './access-policy';
import { hasNationalView } from './landscape-visibility';

const sortedUnique = (ids: readonly string[]): string[] => [...new Set(ids)].sort();

/**
 * Everything about a person that decides what they see of a landscape, a profile or a movement, as one string: whether
 * they have the national view (national viewers and admins see the same), the ICSs they lead, the cohorts they coach
 * and those cohorts' ICSs. Two people who see the same thing get the same key; any difference in what they may see
 * changes it. Published answers are cached by it (docs/architecture.md, "Published answers"), so a key that merged two
 * different people would show one of them the other's view.
 * (Everything `landscapeVisibility` and `can(…, 'system-profile' | 'assessment-cycles')` read from the actor is here.)
 */
export function visibilityKey(actor: Actor): string {
  return JSON.stringify([
    hasNationalView(actor) ? 'national' : 'own',
    sortedUnique(ledSystemIds(actor)),
    sortedUnique(coachedCohortIds(actor)),
    sortedUnique(actor.coachedSystemIds),
  ]);
}
