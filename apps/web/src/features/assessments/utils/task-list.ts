import type { DomainProgress, DomainStatus } from '@idt/domain';

/** A domain as the task list names it. */
export interface TaskDomain {
  readonly key: string;
  readonly number: number;
  readonly title: string;
  readonly criteria: readonly unknown[];
}

export interface DomainTask {
  readonly key: string;
  /** "2. Co-design with people at risk of exclusion". */
  readonly label: string;
  readonly href: string;
  /** "1 of 3 criteria answered". */
  readonly hint: string;
  readonly status: DomainStatus;
}

/**
 * The task list's rows, one a domain with how far it is answered (a domain with no progress yet has none answered),
 * and where "Check your answers" goes: only once every domain is complete, and only where it can be opened (null in
 * a canvas version's preview, which has nothing to check or submit).
 */
export function taskListRows(
  domains: readonly TaskDomain[],
  progress: readonly Pick<DomainProgress, 'domainKey' | 'answered' | 'total' | 'status'>[],
  domainHref: (domainKey: string) => string,
  checkHref: string | null,
): { readonly tasks: readonly DomainTask[]; readonly checkHref: string | null } {
  const byDomain = new Map(progress.map((p) => [p.domainKey, p]));
  const tasks = domains.map((domain) => {
    const item = byDomain.get(domain.key);
    return {
      key: domain.key,
      label: `${domain.number}. ${domain.title}`,
      href: domainHref(domain.key),
      hint: `${item?.answered ?? 0} of ${item?.total ?? domain.criteria.length} criteria answered`,
      status: item?.status ?? 'NOT_STARTED',
    };
  });
  const allComplete = tasks.every((t) => t.status === 'COMPLETED');
  return { tasks, checkHref: allComplete ? checkHref : null };
}
