/** The addresses of an assessment's pages. */
export const assessmentsPath = '/assessments';
export const taskListPath = (assessmentId: string) => `/assessments/${assessmentId}`;
export const domainPath = (assessmentId: string, domainKey: string) => `/assessments/${assessmentId}/domains/${domainKey}`;
export const checkAnswersPath = (assessmentId: string) => `/assessments/${assessmentId}/check`;
export const submittedPath = (assessmentId: string) => `/assessments/${assessmentId}/submitted`;

interface Domain {
  readonly key: string;
}

/** Where a domain sits among the framework's domains: its number (from 1), how many there are, and its neighbours. */
export function domainPosition<T extends Domain>(domains: readonly T[], domainKey: string) {
  const index = domains.findIndex((d) => d.key === domainKey);
  if (index < 0) return null;
  return {
    number: index + 1,
    total: domains.length,
    previous: index > 0 ? domains[index - 1] : null,
    next: index < domains.length - 1 ? domains[index + 1] : null,
  };
}

/**
 * Where "Save and continue" goes from a domain: the next domain, or "Check your answers" after the last one (and
 * straight back there when the person came from it to change an answer).
 */
export function afterDomainPath(assessmentId: string, domains: readonly Domain[], domainKey: string, cameFromCheck = false): string {
  const next = domainPosition(domains, domainKey)?.next;
  return cameFromCheck || !next ? checkAnswersPath(assessmentId) : domainPath(assessmentId, next.key);
}
