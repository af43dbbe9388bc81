import { charactersOver, RESPONSE_LIMITS } from '@idt/domain';
import { UNSAVED_TEXT_PREFIX as PREFIX, type KeptTextStorage } from '../../../lib/unsaved-text';
import { answerProblems, formValuesFrom, type AnswerFormValues, type PageAnswers, type PageFormValues, type PageQuestions } from './answers';

/**
 * Text typed on a domain page that is not saved yet is kept in this tab's browser storage (sessionStorage) until it
 * is saved: an answer the API would refuse as it stands (evidence over its limit, a link that is not a web address
 * yet, half a date) is never sent, so without this, leaving or reloading the page would lose it. Each field is kept
 * under its own key, by assessment, criterion and field; it is removed once what is saved is what was typed. Only
 * this tab keeps it, and signing out forgets it, so nothing lingers on a shared computer.
 */
export { browserStorage, forgetAllUnsavedText, type KeptTextStorage } from '../../../lib/unsaved-text';

export const TEXT_FIELDS = ['evidence', 'links', 'targetDate'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];


/** The key one field's unsaved text is kept under. */
export const unsavedKey = (assessmentId: string, criterionKey: string, field: TextField): string =>
  `${PREFIX}${assessmentId}:${criterionKey}:${field}`;


const same = (a: AnswerFormValues[TextField], b: AnswerFormValues[TextField]) => JSON.stringify(a) === JSON.stringify(b);

/** Keeps each text field that differs from what is saved, and forgets each one that does not. */
export function keepUnsavedText(
  storage: KeptTextStorage | null,
  assessmentId: string,
  page: PageQuestions,
  values: PageFormValues,
  saved: PageAnswers,
): void {
  if (!storage) return;
  for (const { key } of page.criteria) {
    const typed = values.responses[key];
    const stored = formValuesFrom(saved.responses[key]);
    if (!typed) continue;
    for (const field of TEXT_FIELDS) {
      const storageKey = unsavedKey(assessmentId, key, field);
      try {
        if (same(typed[field], stored[field])) storage.removeItem(storageKey);
        else storage.setItem(storageKey, JSON.stringify(typed[field]));
      } catch {
        // Storage full or refused: the text is still in the page, and leaving it is still stopped.
      }
    }
  }
}

const isDateParts = (v: unknown): v is AnswerFormValues['targetDate'] =>
  typeof v === 'object' && v !== null && ['day', 'month', 'year'].every((p) => typeof (v as Record<string, unknown>)[p] === 'string');

/**
 * The page's form with any kept text put back, and the criteria it came back for (empty when there was none).
 * Kept text that is what is saved now is forgotten.
 */
export function withKeptText(
  storage: KeptTextStorage | null,
  assessmentId: string,
  page: PageQuestions,
  values: PageFormValues,
): { values: PageFormValues; restored: string[] } {
  if (!storage) return { values, restored: [] };
  const restored: string[] = [];
  const responses = { ...values.responses };
  for (const { key } of page.criteria) {
    let answer = responses[key];
    for (const field of TEXT_FIELDS) {
      const storageKey = unsavedKey(assessmentId, key, field);
      let kept: unknown;
      try {
        const raw = storage.getItem(storageKey);
        if (raw === null) continue;
        kept = JSON.parse(raw);
      } catch {
        continue;
      }
      const usable = field === 'targetDate' ? isDateParts(kept) : typeof kept === 'string';
      if (!usable || same(kept as AnswerFormValues[TextField], answer[field])) {
        storage.removeItem(storageKey);
        continue;
      }
      answer = { ...answer, [field]: kept };
      if (!restored.includes(key)) restored.push(key);
    }
    responses[key] = answer;
  }
  return { values: { ...values, responses }, restored };
}

const FIELD_WORDS: Readonly<Record<'evidence' | 'links' | 'targetDate', string>> = {
  evidence: 'evidence',
  links: 'links to evidence',
  targetDate: 'target date',
};

/**
 * What the save status says while typed text cannot be saved as it stands, naming each criterion by its number
 * ("1.2") and what to do: "Not saved: evidence for 1.2 is 330 characters too long. Shorten it to save." Null when
 * everything typed can be saved.
 */
export function notSavedMessage(page: PageQuestions, values: PageFormValues, numberOf: (criterionKey: string) => string): string | null {
  const sentences: string[] = [];
  for (const { key } of page.criteria) {
    const answer = values.responses[key];
    if (!answer) continue;
    for (const problem of answerProblems(answer)) {
      const where = `${FIELD_WORDS[problem.field as keyof typeof FIELD_WORDS] ?? problem.field} for ${numberOf(key)}`;
      const over = problem.field === 'evidence' ? charactersOver(answer.evidence, RESPONSE_LIMITS.evidenceMaxLength) : 0;
      sentences.push(
        over > 0
          ? `${where} is ${over} ${over === 1 ? 'character' : 'characters'} too long. Shorten it to save.`
          : `${where}: ${problem.message.charAt(0).toLowerCase()}${problem.message.slice(1)}. Correct it to save.`,
      );
    }
  }
  if (sentences.length === 0) return null;
  const [first, ...rest] = sentences;
  return ['Not saved: ' + first, ...rest.map((s) => s.charAt(0).toUpperCase() + s.slice(1))].join(' ');
}
