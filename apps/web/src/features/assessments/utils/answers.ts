import {
  CONFIDENCE_LEVELS,
  linkProblem,
  MATURITY_LEVELS,
  QUICK_CHECK_ANSWERS,
  RESPONSE_LIMITS,
  type Confidence,
  type MaturityLevel,
  type QuickCheckAnswer,
  type ResponseValues,
} from '@idt/domain';
import { datePartsOf, parseDateParts, type DateParse, type DateParts } from '../../../lib/date-parts';
import type { FormError } from '../../../lib/form-errors';
import { fieldIdFor, type AnswerField } from './field-ids';

/**
 * One criterion's answer as its form fields hold it: every field a string, exactly as typed or chosen, so that
 * nothing a person types is changed or dropped while they type it.
 */
export interface AnswerFormValues {
  /** "1" to "5", "NOT_ASSESSED", or "" when not chosen yet. */
  readonly level: string;
  /** "1" to "5", or "" for no target. */
  readonly targetLevel: string;
  readonly targetDate: DateParts;
  readonly evidence: string;
  /** One web address per line. */
  readonly links: string;
  /** "LOW", "MEDIUM", "HIGH", or "". */
  readonly confidence: string;
}

export const NOT_ASSESSED = 'NOT_ASSESSED';

/** A criterion nobody has answered yet, as the API would save it. */
export const emptyAnswer = (criterionKey: string): ResponseValues => ({
  criterionKey,
  selfLevel: null,
  notAssessed: false,
  targetLevel: null,
  targetDate: null,
  evidence: '',
  links: [],
  confidence: null,
});

const asLevel = (value: unknown): MaturityLevel | null =>
  (MATURITY_LEVELS as readonly unknown[]).includes(value) ? (value as MaturityLevel) : null;

/**
 * A saved answer, from what the API returns (a CriterionResponse, or one of a CONFLICT's `currentResponses`), in
 * the domain's shape. Anything of an unexpected shape counts as not given.
 */
export function savedAnswerFrom(response: Readonly<Record<string, unknown>>): ResponseValues {
  const criterionKey = typeof response['criterionKey'] === 'string' ? response['criterionKey'] : '';
  const { selfLevel, notAssessed, targetLevel, targetDate, evidence, links, confidence } = response;
  return {
    criterionKey,
    selfLevel: asLevel(selfLevel),
    notAssessed: notAssessed === true,
    targetLevel: asLevel(targetLevel),
    targetDate: typeof targetDate === 'string' && targetDate !== '' ? targetDate : null,
    evidence: typeof evidence === 'string' ? evidence : '',
    links: Array.isArray(links) ? links.filter((l): l is string => typeof l === 'string') : [],
    confidence: (CONFIDENCE_LEVELS as readonly unknown[]).includes(confidence) ? (confidence as Confidence) : null,
  };
}

/** The form fields showing a saved answer (or an empty form for a criterion with none). */
export function formValuesFrom(answer: ResponseValues | undefined): AnswerFormValues {
  return {
    level: answer?.notAssessed ? NOT_ASSESSED : answer?.selfLevel ? String(answer.selfLevel) : '',
    targetLevel: answer?.targetLevel ? String(answer.targetLevel) : '',
    // "2027-03-09" shows as 9 / 3 / 2027, as people write dates.
    targetDate: datePartsOf(answer?.targetDate),
    evidence: answer?.evidence ?? '',
    links: answer?.links.join('\n') ?? '',
    confidence: answer?.confidence ?? '',
  };
}

/** The web addresses in the links box: one a line, blank lines ignored. */
export const linksFrom = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The target date as the API takes it (yyyy-mm-dd), null when left empty, or what is wrong with it. */
export const parseTargetDate = (parts: AnswerFormValues['targetDate']): DateParse => parseDateParts(parts, 'Target date');

export interface AnswerProblem {
  readonly field: AnswerField;
  readonly message: string;
}

/** What is wrong with one criterion's fields, at most one problem per field (the same rules as the API's). */
export function answerProblems(values: AnswerFormValues): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const date = parseTargetDate(values.targetDate);
  if (!date.ok) problems.push({ field: 'targetDate', message: date.message });
  if (values.evidence.length > RESPONSE_LIMITS.evidenceMaxLength) {
    problems.push({ field: 'evidence', message: `Evidence must be ${RESPONSE_LIMITS.evidenceMaxLength} characters or fewer` });
  }
  const links = linksFrom(values.links);
  const linkIssue =
    links.length > RESPONSE_LIMITS.linksMax
      ? `Give ${RESPONSE_LIMITS.linksMax} links or fewer`
      : links.map(linkProblem).find((problem) => problem !== null);
  if (linkIssue) problems.push({ field: 'links', message: linkIssue });
  return problems;
}

/**
 * The whole answer to send for one criterion. A field that cannot be saved as it stands (a half-typed date, a link
 * that is not a web address yet) keeps its saved value, so everything else on the page is still saved as it is
 * typed; the form keeps showing what was typed until it is put right.
 */
export function answerToSave(criterionKey: string, values: AnswerFormValues, saved: ResponseValues | undefined): ResponseValues {
  const before = saved ?? emptyAnswer(criterionKey);
  const invalid = new Set(answerProblems(values).map((p) => p.field));
  const date = parseTargetDate(values.targetDate);
  const notAssessed = values.level === NOT_ASSESSED;
  return {
    criterionKey,
    selfLevel: notAssessed ? null : asLevel(Number(values.level)),
    notAssessed,
    targetLevel: asLevel(Number(values.targetLevel)),
    targetDate: invalid.has('targetDate') || !date.ok ? before.targetDate : date.value,
    evidence: invalid.has('evidence') ? before.evidence : values.evidence,
    links: invalid.has('links') ? before.links : linksFrom(values.links),
    confidence: (CONFIDENCE_LEVELS as readonly string[]).includes(values.confidence) ? (values.confidence as Confidence) : null,
  };
}

/** The API's ResponseInput for an answer: every field given, as the API replaces the whole saved answer. */
export const responseInputFrom = (answer: ResponseValues) => ({
  criterionKey: answer.criterionKey,
  selfLevel: answer.selfLevel,
  notAssessed: answer.notAssessed,
  targetLevel: answer.targetLevel,
  targetDate: answer.targetDate,
  evidence: answer.evidence,
  links: [...answer.links],
  confidence: answer.confidence,
});

/** Whether two answers say the same (what the API would store for each is the same). */
export function sameAnswer(a: ResponseValues, b: ResponseValues): boolean {
  return (
    a.selfLevel === b.selfLevel &&
    a.notAssessed === b.notAssessed &&
    a.targetLevel === b.targetLevel &&
    a.targetDate === b.targetDate &&
    a.evidence === b.evidence &&
    a.confidence === b.confidence &&
    a.links.length === b.links.length &&
    a.links.every((link, i) => link === b.links[i])
  );
}

export const asQuickCheckAnswer = (value: unknown): QuickCheckAnswer | null =>
  (QUICK_CHECK_ANSWERS as readonly unknown[]).includes(value) ? (value as QuickCheckAnswer) : null;

/** One domain page: the criteria and quick-check questions it asks. */
export interface PageQuestions {
  readonly criteria: readonly { readonly key: string }[];
  readonly quickCheck: readonly { readonly key: string }[];
}

/** What is saved for one page's questions, by key: the answers, and the quick-check answers (null: not answered). */
export interface PageAnswers {
  readonly responses: Readonly<Record<string, ResponseValues>>;
  readonly quickCheck: Readonly<Record<string, QuickCheckAnswer | null>>;
}

/** One page's form: the fields of each criterion, and each quick-check question's choice ("" for none). */
export interface PageFormValues {
  readonly responses: Readonly<Record<string, AnswerFormValues>>;
  readonly quickCheck: Readonly<Record<string, string>>;
}

/** What an assessment has saved for one page's questions (an empty answer for a criterion with none). */
export function pageAnswersFrom(
  page: PageQuestions,
  assessment: {
    readonly responses: readonly Readonly<Record<string, unknown>>[];
    readonly quickCheckAnswers: readonly { readonly questionKey: string; readonly answer: string }[];
  },
): PageAnswers {
  const saved = new Map(assessment.responses.map((r) => [r['criterionKey'], r]));
  const answers = new Map(assessment.quickCheckAnswers.map((a) => [a.questionKey, a.answer]));
  return {
    responses: Object.fromEntries(
      page.criteria.map((c) => {
        const response = saved.get(c.key);
        return [c.key, response ? savedAnswerFrom(response) : emptyAnswer(c.key)];
      }),
    ),
    quickCheck: Object.fromEntries(page.quickCheck.map((q) => [q.key, asQuickCheckAnswer(answers.get(q.key))])),
  };
}

export function pageFormValuesFrom(page: PageQuestions, saved: PageAnswers): PageFormValues {
  return {
    responses: Object.fromEntries(page.criteria.map((c) => [c.key, formValuesFrom(saved.responses[c.key])])),
    quickCheck: Object.fromEntries(page.quickCheck.map((q) => [q.key, saved.quickCheck[q.key] ?? ''])),
  };
}

/** What to save for a page: every criterion's whole answer and every quick-check answer on it. */
export function pageAnswersToSave(page: PageQuestions, values: PageFormValues, saved: PageAnswers): PageAnswers {
  return {
    responses: Object.fromEntries(
      page.criteria.map((c) => [c.key, answerToSave(c.key, values.responses[c.key], saved.responses[c.key])]),
    ),
    quickCheck: Object.fromEntries(page.quickCheck.map((q) => [q.key, asQuickCheckAnswer(values.quickCheck[q.key])])),
  };
}

/** Whether two sets of a page's answers say the same. */
export function samePageAnswers(page: PageQuestions, a: PageAnswers, b: PageAnswers): boolean {
  return (
    page.criteria.every((c) => sameAnswer(a.responses[c.key] ?? emptyAnswer(c.key), b.responses[c.key] ?? emptyAnswer(c.key))) &&
    page.quickCheck.every((q) => (a.quickCheck[q.key] ?? null) === (b.quickCheck[q.key] ?? null))
  );
}

/** The API's SaveAnswersInput for a page. */
export function saveAnswersInput(page: PageQuestions, assessmentId: string, expectedVersion: number, answers: PageAnswers) {
  return {
    assessmentId,
    expectedVersion,
    responses: page.criteria.map((c) => responseInputFrom(answers.responses[c.key] ?? emptyAnswer(c.key))),
    quickCheckAnswers: page.quickCheck.map((q) => ({ questionKey: q.key, answer: answers.quickCheck[q.key] ?? null })),
  };
}

/** Every problem on a page's form, criterion by criterion, each linked to its field (for the error summary). */
export function pageProblems(page: PageQuestions, values: PageFormValues): FormError[] {
  return page.criteria.flatMap((c) =>
    answerProblems(values.responses[c.key]).map((p) => ({ fieldId: fieldIdFor(c.key, p.field), message: p.message })),
  );
}
