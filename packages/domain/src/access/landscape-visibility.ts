import { Actor, hasRole, ledSystemIds } from './access-policy';

/**
 * What each person may see of a cycle's landscape (PRODUCT §1):
 * - national viewers and admins see every ICS by name, published or provisional;
 * - an ICS lead sees their own ICS, and a coach the ICSs they coach, by name;
 * - once a cycle is published, everyone signed in also sees the other ICSs: by name where an ICS chose to share,
 *   otherwise as an unnamed dot (its scores, basis and category only: never its region, cohort, name, id or codes),
 *   and only in a pool of at least ANONYMITY_THRESHOLD unnamed ICSs (`visibilitiesInLandscape`);
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

/**
 * k: the fewest ICSs an unnamed ICS must be indistinguishable among (the same five below which aggregates are withheld).
 * Someone without the national view never sees an unnamed ICS in a pool smaller than this, and nothing they can read
 * narrows an unnamed ICS to fewer candidates (docs/access-control.md, "Keeping unnamed ICSs unidentifiable").
 */
export const ANONYMITY_THRESHOLD = 5;

/**
 * Each ICS's visibility in one landscape (or one comparison of two cycles) for this person: `landscapeVisibility`, and
 * then, when fewer than ANONYMITY_THRESHOLD ICSs would be unnamed, those few are hidden too: a pool that small is picked
 * out by elimination.
 */
export function visibilitiesInLandscape(
  actor: Actor,
  systems: readonly { readonly systemId: string; readonly sharesName: boolean }[],
  published: boolean,
): Map<string, LandscapeVisibility> {
  const visibility = new Map(systems.map((s) => [s.systemId, landscapeVisibility(actor, s, published)]));
  const unnamed = [...visibility.values()].filter((v) => v === 'UNNAMED').length;
  if (unnamed > 0 && unnamed < ANONYMITY_THRESHOLD) {
    for (const [id, v] of visibility) if (v === 'UNNAMED') visibility.set(id, 'HIDDEN');
  }
  return visibility;
}

/**
 * Which ICSs a figure may count, for someone without the national view: a figure over the whole landscape (national,
 * by adopter category, the chasm) counts every ICS shown, named or in the unnamed pool; a figure scoped to a region or
 * a cohort counts only the ICSs shown by name, because the unnamed pool carries no region or cohort and must not gain
 * one by subtraction. Hidden ICSs count in nothing. (Placement itself is always over every ICS.)
 */
export type FigureScope = 'WHOLE_LANDSCAPE' | 'REGION_OR_COHORT';

export function countsInFigure(visibility: LandscapeVisibility, scope: FigureScope): boolean {
  if (visibility === 'HIDDEN') return false;
  return scope === 'WHOLE_LANDSCAPE' || visibility === 'NAMED';
}

/** What an entry shows, for ordering: its score, its category's place (0 for innovators), its name if named. */
export interface ShownEntryKey {
  readonly score: number | null;
  readonly categoryIndex: number | null;
  readonly name: string | null;
  /** Everything else the entry shows (e.g. its domain scores), as text: the last tie-break, never a hidden attribute. */
  readonly shown: string;
}

/**
 * The order of a landscape's entries, using only what each shows: highest score first (none last), then the category,
 * then named ICSs by name before unnamed ones, and unnamed ones by what they show. An unnamed ICS's name, code or id
 * never decides where it sits, so its place in a list tells nothing about which ICS it is.
 */
export function compareShownEntries(a: ShownEntryKey, b: ShownEntryKey): number {
  const byScore = (b.score ?? -Infinity) - (a.score ?? -Infinity);
  if (byScore !== 0 && !Number.isNaN(byScore)) return byScore;
  const byCategory = (a.categoryIndex ?? Infinity) - (b.categoryIndex ?? Infinity);
  if (byCategory !== 0 && !Number.isNaN(byCategory)) return byCategory;
  if ((a.name === null) !== (b.name === null)) return a.name === null ? 1 : -1;
  if (a.name !== null && b.name !== null && a.name !== b.name) return a.name.localeCompare(b.name, 'en-GB');
  return a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0;
}

/** Ranks among the scores shown ("1, 2, 2, 4"; null for no score), so a rank never counts a hidden ICS. */
export function ranksAmongShown(scores: readonly (number | null)[]): (number | null)[] {
  const descending = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const firstRankOf = new Map<number, number>();
  descending.forEach((score, index) => {
    if (!firstRankOf.has(score)) firstRankOf.set(score, index + 1);
  });
  return scores.map((score) => (score === null ? null : (firstRankOf.get(score) ?? null)));
}
