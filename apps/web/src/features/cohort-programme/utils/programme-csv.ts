import { toCsv } from '../../../lib/csv';
import { recommendationLabel, type PlanShape } from './plan-form';

/**
 * The learning programme as CSV: one row per group session, then one per ICS with individual coaching. Lists within a
 * cell are separated by semicolons; names, never ids.
 */
export function programmeCsvRows(
  plan: PlanShape,
  names: { cycleName: string; domainTitle: (key: string) => string; systemName: (id: string) => string },
): (string | number)[][] {
  const join = (items: readonly string[]) => items.join('; ');
  return [
    ...plan.groupSessions.map((s) => [
      names.cycleName,
      'Group session',
      names.domainTitle(s.domainKey),
      s.title,
      join(s.systemIds.map(names.systemName)),
      '',
      '',
      '',
      s.notes,
    ]),
    ...plan.individualCoaching.map((c) => [
      names.cycleName,
      'Individual coaching',
      '',
      names.systemName(c.systemId),
      names.systemName(c.systemId),
      join(c.topics),
      join(c.recommendationIds.map(recommendationLabel)),
      join(c.peerSystemIds.map(names.systemName)),
      c.notes,
    ]),
  ];
}

export const PROGRAMME_CSV_HEADER = ['Cycle', 'Kind', 'Domain', 'Title or ICS', 'ICSs', 'Topics', 'Recommendations', 'Peers to learn from', 'Notes'];

export const programmeCsv = (...args: Parameters<typeof programmeCsvRows>): string => toCsv(PROGRAMME_CSV_HEADER, programmeCsvRows(...args));
