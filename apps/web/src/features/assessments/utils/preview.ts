import { domainProgress, type DomainProgress } from '@idt/domain';
import { answerToSave, emptyAnswer, pageFormValuesFrom, type PageFormValues, type PageQuestions } from './answers';
import { domainPosition } from './paths';

/** A framework's domains as its preview needs them: each domain's criteria and quick-check questions, by key. */
export interface PreviewDomain extends PageQuestions {
  readonly key: string;
}

/** Every question of a framework, on one form: what its preview starts from (nothing answered). */
export function emptyPreviewValues(domains: readonly PreviewDomain[]): PageFormValues {
  const questions: PageQuestions = {
    criteria: domains.flatMap((d) => d.criteria),
    quickCheck: domains.flatMap((d) => d.quickCheck),
  };
  const saved = {
    responses: Object.fromEntries(questions.criteria.map((c) => [c.key, emptyAnswer(c.key)])),
    quickCheck: Object.fromEntries(questions.quickCheck.map((q) => [q.key, null])),
  };
  return pageFormValuesFrom(questions, saved);
}

/**
 * The task list's progress for what is entered in a preview, by the same rule as a saved assessment's (the domain's
 * `domainProgress`), on the answers as they would be saved.
 */
export function previewProgress(domains: readonly PreviewDomain[], values: PageFormValues): DomainProgress[] {
  const responses = domains.flatMap((d) => d.criteria.map((c) => answerToSave(c.key, values.responses[c.key], undefined)));
  return domainProgress({ domains }, responses);
}

/** Where "Continue" goes in a preview: the next domain, or back to the task list after the last one. */
export function afterPreviewDomain(domains: readonly PreviewDomain[], domainKey: string): string | null {
  return domainPosition(domains, domainKey)?.next?.key ?? null;
}
