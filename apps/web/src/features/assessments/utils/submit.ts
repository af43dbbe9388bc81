import { GraphQLRequestError } from '../../../lib/graphql-client';
import type { FormError } from '../../../lib/form-errors';
import { domainPath } from './paths';

export const DECLARATION_FIELD_ID = 'declaration';

interface AssessmentForSubmit {
  readonly id: string;
  readonly framework: { readonly domains: readonly { readonly key: string; readonly title: string }[] };
  readonly progress: readonly { readonly domainKey: string; readonly status: string }[];
}

const incompleteMessage = (title: string) => `Complete the domain "${title}"`;

/** Each domain not yet complete, as a problem linking to its page. */
export function incompleteDomainErrors(assessment: AssessmentForSubmit): FormError[] {
  const done = new Set(assessment.progress.filter((p) => p.status === 'COMPLETED').map((p) => p.domainKey));
  return assessment.framework.domains
    .filter((d) => !done.has(d.key))
    .map((d) => ({ href: domainPath(assessment.id, d.key), message: incompleteMessage(d.title) }));
}

/** What stops the assessment being submitted, as far as the page knows: unfinished domains, and the declaration. */
export function submitProblems(assessment: AssessmentForSubmit, declarationConfirmed: boolean): FormError[] {
  const problems = incompleteDomainErrors(assessment);
  if (!declarationConfirmed) {
    problems.push({
      fieldId: DECLARATION_FIELD_ID,
      message: 'Confirm that these answers are accurate and have been agreed by your ICS',
    });
  }
  return problems;
}

/**
 * The API refused to submit because domains are incomplete (`extensions.incompleteDomains`, by title): each as a
 * problem linking to its page. Null when the refusal was about something else.
 */
export function submitErrorsFrom(error: unknown, assessment: AssessmentForSubmit): FormError[] | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  const titles = error.errors.find((e) => e.incompleteDomains)?.incompleteDomains;
  if (!titles) {
    if (error.code === 'CONFLICT') {
      return [{ message: 'Someone else has changed this assessment since you opened this page. Check the answers again, then submit.' }];
    }
    return null;
  }
  return titles.map((title) => {
    const domain = assessment.framework.domains.find((d) => d.title === title);
    return domain ? { href: domainPath(assessment.id, domain.key), message: incompleteMessage(title) } : { message: incompleteMessage(title) };
  });
}
