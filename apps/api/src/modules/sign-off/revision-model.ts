import { FiguresRevision, revisionNote } from '@idt/domain';
import { FiguresRevisionModel } from './sign-off.models';

/**
 * An ICS's latest revision as a reader sees it: with its reason where the ICS is shown by name, without it where the
 * ICS is unnamed (a reason may name or describe it); null when never corrected.
 */
export function revisionModel(revisions: readonly FiguresRevision[], systemId: string, named: boolean): FiguresRevisionModel | null {
  const own = revisions.filter((r) => r.systemId === systemId).sort((a, b) => b.number - a.number);
  if (own.length === 0) return null;
  const latest = own[0];
  const note = named
    ? (revisionNote(own, systemId) as string)
    : (revisionNote(own.map((r) => ({ ...r, reason: 'the reason is not shown for an ICS without its name.' })), systemId) as string);
  return { number: latest.number, reason: named ? latest.reason : null, revisedOn: latest.revisedOn, note };
}
