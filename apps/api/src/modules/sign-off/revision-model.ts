import { FiguresRevision, revisionNote } from '@idt/domain';
import { FiguresRevisionModel } from './sign-off.models';

/**
 * An ICS's latest revision as a reader sees it: with its reason and corrected levels where the ICS is shown by name,
 * without them where the ICS is unnamed (either may describe it); null when never corrected.
 */
export function revisionModel(revisions: readonly FiguresRevision[], systemId: string, named: boolean): FiguresRevisionModel | null {
  const own = revisions.filter((r) => r.systemId === systemId).sort((a, b) => b.number - a.number);
  if (own.length === 0) return null;
  const latest = own[0];
  const note = revisionNote(own, systemId, named) as string;
  return {
    number: latest.number,
    reason: named ? latest.reason : null,
    revisedOn: latest.revisedOn,
    note,
    changes: named ? latest.changes.map((c) => ({ ...c })) : [],
  };
}
