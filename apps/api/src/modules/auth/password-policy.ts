import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/**
 * The rule for a new password (OWASP ASVS 5, chapter 6; ADR 0031): at least 12 characters, at most 128, any
 * characters, no composition rules; refused when it is common, breached or easy to guess from the person's own
 * details. "Common or breached" is zxcvbn-ts's offline dictionaries (passwords seen in public breaches, English words,
 * names, keyboard patterns) — no network call. A password is refused when zxcvbn scores it below 3 (fewer than about
 * 10^8 guesses), with the person's email, name and this service's own words counted as known to an attacker.
 */
export const PASSWORD_RULES = { minLength: 12, maxLength: 128, minScore: 3 } as const;

export type PasswordProblemCode = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_EASY_TO_GUESS';

export interface PasswordProblem {
  readonly code: PasswordProblemCode;
  readonly message: string;
}

/** Words an attacker would try first against this service. */
const SERVICE_WORDS = ['idt', 'canvas', 'idtcanvas', 'nhs', 'nhsengland', 'ics', 'integrated', 'care', 'system'];

let factory: ZxcvbnFactory | undefined;
/** Loading the dictionaries takes about half a second: done once, on first use. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

/** Words from the person's own details, as zxcvbn's "user inputs". */
function personalWords(person: { email?: string | null; name?: string | null }): string[] {
  const words = new Set<string>();
  let local = '';
  let domain = '';
  const email = person.email?.toLowerCase() ?? '';
  if (email) {
    words.add(email);
    [local = '', domain = ''] = email.split('@');
    for (const part of [local, ...local.split(/[._+-]+/), ...domain.split('.')]) if (part.length >= 3) words.add(part);
  }
  const nameParts = (person.name ?? '').toLowerCase().split(/[\s'-]+/).filter((part) => part.length >= 3);
  for (const part of nameParts) words.add(part);
  if (nameParts.length > 1) words.add(nameParts.join(''));
  if (local.length >= 3) words.add(local.replace(/[._+-]+/g, ''));
  return [...words];
}

/** Null when the password may be used; else why not, in words a person can act on. Counts characters, not bytes. */
export function checkNewPassword(
  password: string,
  person: { email?: string | null; name?: string | null } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_RULES.minLength) {
    return {
      code: 'PASSWORD_TOO_SHORT',
      message: `Your password must be at least ${PASSWORD_RULES.minLength} characters. A few words in a row you will remember is a good choice.`,
    };
  }
  if (length > PASSWORD_RULES.maxLength) {
    return { code: 'PASSWORD_TOO_LONG', message: `Your password must be ${PASSWORD_RULES.maxLength} characters or fewer.` };
  }
  const { score } = estimator().check(password, [...SERVICE_WORDS, ...personalWords(person)]);
  if (score < PASSWORD_RULES.minScore) {
    return {
      code: 'PASSWORD_TOO_EASY_TO_GUESS',
      message:
        'This password is too easy to guess: it is a common password, has been seen in a data breach, or uses your name or email. Choose a different one, for example three or four unrelated words.',
    };
  }
  return null;
}
