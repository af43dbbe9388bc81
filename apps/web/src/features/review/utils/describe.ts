import { levelLabel } from '@idt/domain';
import { levelSummary } from '../../../lib/assessment-words';

/*
 * The review's own words. Those the assessment pages also say (levels, scores, targets, dates, statuses) are shared:
 * `levelLabel` in @idt/domain, the rest in src/lib and src/components.
 */

/** How long a submission has waited: "Less than a day", "1 day", "12 days". */
export function daysWaitingLabel(days: number): string {
  if (days < 1) return 'Less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

/** The self-assessed level and, once given, the moderated level beside it: "Self-assessed level: 4 – Established · Moderated level: 3 – Developing". */
export function levelsText(response: { readonly selfLevel?: number | null; readonly notAssessed: boolean; readonly moderatedLevel?: number | null } | undefined): string {
  const self = `Self-assessed level: ${levelSummary(response)}`;
  return response?.moderatedLevel ? `${self} · Moderated level: ${levelLabel(response.moderatedLevel)}` : self;
}

/** Only web addresses that are safe to link to (http and https); anything else is shown as text. */
export const isWebAddress = (link: string): boolean => /^https?:\/\/\S+$/i.test(link.trim());

/** "2 comments", "1 comment", "No comments". */
export function countText(count: number, one: string, many: string, none: string): string {
  if (count === 0) return none;
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

/** How much of the assessment the coach moderated, said before they validate it. */
export function moderatedSentence(moderated: number, total: number): string {
  const rest = total - moderated;
  if (moderated === 0) return `You have not moderated any of the ${total} criteria: the ICS’s own self-assessed levels will stand for all of them.`;
  if (rest === 0) return `You moderated all ${total} criteria.`;
  return `You moderated ${moderated} of ${total} criteria. The ICS’s own self-assessed levels will stand for the other ${rest}.`;
}
