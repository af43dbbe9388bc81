import { Actor, hasRole, ledSystemIds } from '../access/access-policy';
import { ANONYMITY_THRESHOLD, visibilitiesInLandscape } from '../access/landscape-visibility';
import { assertToday, cycleDateInWords } from './dates';
import { Cycle, CycleEvent, ParticipantSet } from './cycle';
import { CycleOutcome, cycleProblem, CycleProblem, cycleRefused, cycleOk } from './problems';

/*
 * After a cycle closes its figures are provisional (PRODUCT §1): each ICS lead checks their own and confirms them or
 * raises a query with a comment; the ICS's coaches and the admins see the queries; the admin sees who has confirmed,
 * queried or not answered, and publishes with a confirmation that says what will become visible to whom. Publishing
 * is final; a correction afterwards is a new, recorded revision of one ICS's published figures, with a reason.
 * Decisions and their reasons: docs/decisions/0023-cycle-states.md.
 */

export const SIGN_OFF_ANSWERS = ['CONFIRMED', 'QUERIED'] as const;
export type SignOffAnswer = (typeof SIGN_OFF_ANSWERS)[number];
export type SignOffState = 'NOT_ANSWERED' | SignOffAnswer;

export const SIGN_OFF_STATE_LABELS: Readonly<Record<SignOffState, string>> = {
  NOT_ANSWERED: 'Not answered',
  CONFIRMED: 'Confirmed',
  QUERIED: 'Queried',
};

export const SIGN_OFF_LIMITS = { commentMaxLength: 2000, reasonMaxLength: 2000 } as const;

/** One ICS's answer in one cycle, as stored. A lead may change it until the cycle is published. */
export interface SignOff {
  readonly systemId: string;
  readonly answer: SignOffAnswer;
  /** The query's comment (trimmed); null for a confirmation. */
  readonly comment: string | null;
  readonly answeredBy: string;
  readonly answeredOn: string;
}

export type SignOffInput = { readonly answer: 'CONFIRMED' } | { readonly answer: 'QUERIED'; readonly comment: string };

/** Who answers for an ICS: its own leads, and nobody else (not its coach, not an admin). */
export const canAnswerSignOff = (actor: Actor, systemId: string): boolean => ledSystemIds(actor).includes(systemId);

/** Who reads an ICS's answer and query: its leads, its coaches and the admins. */
export const canReadSignOff = (actor: Actor, systemId: string): boolean =>
  canAnswerSignOff(actor, systemId) || actor.coachedSystemIds.includes(systemId) || hasRole(actor, 'ADMIN');

/** Who reads the whole cycle's sign-off (who confirmed, queried, has not answered): the admins, who publish. */
export const canReadSignOffSummary = (actor: Actor): boolean => hasRole(actor, 'ADMIN');

export const takesPartInCycle = (systemIds: ParticipantSet, systemId: string): boolean => systemIds === 'ALL' || systemIds.includes(systemId);

/**
 * Checks text someone typed: trimmed, required, at most `max` characters, and no control characters other than
 * line breaks and tabs. Returns the text to store, or the problem.
 */
function freeText(
  value: unknown,
  field: string,
  codes: { readonly required: 'COMMENT_REQUIRED' | 'REASON_REQUIRED'; readonly tooLong: 'COMMENT_TOO_LONG' | 'REASON_TOO_LONG' },
  words: { readonly required: string; readonly what: string },
  max: number,
): { text: string } | { problem: CycleProblem } {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return { problem: cycleProblem(codes.required, field, words.required) };
  if (text.length > max) return { problem: cycleProblem(codes.tooLong, field, `${words.what} must be ${max} characters or fewer`) };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    return { problem: cycleProblem('TEXT_INVALID', field, `${words.what} must not contain control characters`) };
  }
  return { text };
}

/** The problem with acting on a cycle's provisional figures when it is not CLOSED. */
function notClosedProblem(cycle: Cycle, doing: string): CycleProblem | null {
  if (cycle.status === 'PUBLISHED') {
    return cycleProblem('ALREADY_PUBLISHED', 'cycleId', `"${cycle.name}" is published, which is final: you cannot ${doing}`);
  }
  if (cycle.status === 'OPEN') {
    return cycleProblem('CYCLE_NOT_CLOSED', 'cycleId', `"${cycle.name}" is still open: you can ${doing} once it has closed`);
  }
  return null;
}

export interface AnswerSignOffContext {
  readonly actor: Actor;
  readonly today: string;
  /** The ICSs taking part in the cycle, or 'ALL'. */
  readonly systemIds: ParticipantSet;
  /**
   * Whether the ICS has figures in the cycle's landscape: its assessment counts (the one rule of which statuses count
   * is the database's `assessment_status_counts`, ADR 0020; the API reads this from the stored placements). An ICS
   * whose assessment was a draft or returned when the cycle closed has nothing to check: it does not answer.
   */
  readonly hasFigures: boolean;
  /** The ICS's answer so far, if any. */
  readonly current: SignOff | null;
}

/**
 * An ICS lead confirms their ICS's provisional figures or queries them with a comment. They may change their mind
 * (confirm after a query, or query after confirming) until the cycle is published; each answer is recorded. A query
 * is sent to the ICS's reviewers (its coaches and the admins).
 */
export function answerSignOff(
  cycle: Cycle,
  systemId: string,
  input: SignOffInput,
  context: AnswerSignOffContext,
): CycleOutcome<{ signOff: SignOff; event: CycleEvent }> {
  assertToday(context.today);
  if (!canAnswerSignOff(context.actor, systemId)) {
    return cycleRefused([cycleProblem('NOT_ALLOWED', 'systemId', 'Only a lead of this ICS can confirm or query its figures')]);
  }
  const stateProblem = notClosedProblem(cycle, 'confirm or query its figures');
  if (stateProblem) return cycleRefused([stateProblem]);
  if (!takesPartInCycle(context.systemIds, systemId)) {
    return cycleRefused([cycleProblem('NOT_A_PARTICIPANT', 'systemId', `This ICS did not take part in "${cycle.name}"`)]);
  }
  if (!context.hasFigures) {
    return cycleRefused([
      cycleProblem('NO_FIGURES', 'systemId', `This ICS has no figures to check in "${cycle.name}": its self-assessment was not submitted before the cycle closed`),
    ]);
  }
  let comment: string | null = null;
  if (input.answer === 'QUERIED') {
    const checked = freeText(
      input.comment,
      'comment',
      { required: 'COMMENT_REQUIRED', tooLong: 'COMMENT_TOO_LONG' },
      { required: 'Say what looks wrong in your figures, so that your coach and the programme team can check it', what: 'Your query' },
      SIGN_OFF_LIMITS.commentMaxLength,
    );
    if ('problem' in checked) return cycleRefused([checked.problem]);
    comment = checked.text;
  } else if (input.answer !== 'CONFIRMED') {
    return cycleRefused([cycleProblem('ANSWER_INVALID', 'answer', 'Choose whether you confirm your figures or have a query about them')]);
  }
  const signOff: SignOff = { systemId, answer: input.answer, comment, answeredBy: context.actor.userId, answeredOn: context.today };
  return cycleOk({
    signOff,
    event: {
      action: 'CYCLE_SIGN_OFF_ANSWERED',
      before: context.current ? { answer: context.current.answer, comment: context.current.comment } : null,
      after: { systemId, answer: signOff.answer, comment },
      notify: signOff.answer === 'QUERIED' ? { kind: 'SYSTEM_REVIEWERS', systemId } : { kind: 'NOBODY' },
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The admin's view

export interface SignOffParticipant {
  readonly systemId: string;
  readonly name: string;
}

export interface SignOffRow {
  readonly systemId: string;
  readonly name: string;
  readonly state: SignOffState;
  readonly label: string;
  readonly comment: string | null;
  readonly answeredOn: string | null;
}

export interface SignOffSummary {
  readonly total: number;
  readonly confirmed: number;
  readonly queried: number;
  readonly notAnswered: number;
  /** Every ICS taking part, by name. */
  readonly rows: readonly SignOffRow[];
  /** The ICSs that have not confirmed (queried or not answered), by name: what the publishing confirmation lists. */
  readonly outstandingSystemIds: readonly string[];
}

/**
 * Who has confirmed, queried or not answered. `participants` are the ICSs with figures to check (`hasFigures`);
 * answers from any other ICS are ignored.
 */
export function signOffSummary(participants: readonly SignOffParticipant[], signOffs: readonly SignOff[]): SignOffSummary {
  const answerOf = new Map(signOffs.map((s) => [s.systemId, s]));
  const unique = [...new Map(participants.map((p) => [p.systemId, p])).values()];
  const rows: SignOffRow[] = unique
    .map((p) => {
      const answer = answerOf.get(p.systemId);
      const state: SignOffState = answer?.answer ?? 'NOT_ANSWERED';
      return {
        systemId: p.systemId,
        name: p.name,
        state,
        label: SIGN_OFF_STATE_LABELS[state],
        comment: answer?.comment ?? null,
        answeredOn: answer?.answeredOn ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.systemId.localeCompare(b.systemId));
  const count = (state: SignOffState) => rows.filter((r) => r.state === state).length;
  return {
    total: rows.length,
    confirmed: count('CONFIRMED'),
    queried: count('QUERIED'),
    notAnswered: count('NOT_ANSWERED'),
    rows,
    outstandingSystemIds: rows.filter((r) => r.state !== 'CONFIRMED').map((r) => r.systemId),
  };
}

/** The facts the publishing confirmation states, so that the admin knows what will become visible to whom. */
export interface PublishConfirmation {
  readonly cycleName: string;
  readonly illustrative: boolean;
  /** ICSs taking part, with figures or not: each one's leads are told when it is published. */
  readonly participants: number;
  readonly confirmed: number;
  readonly queried: readonly SignOffRow[];
  readonly notAnswered: readonly SignOffRow[];
  /** ICSs taking part with no figures (nothing submitted before the cycle closed): not in the landscape. */
  readonly withoutFigures: readonly SignOffParticipant[];
  /** Send back with `publishCycle`: proves the admin saw the list as it is now. */
  readonly outstandingSystemIds: readonly string[];
  /** How ICS leads and coaches will see the other ICSs once published (each still sees its own by name). */
  readonly peers: { readonly named: number; readonly unnamed: number; readonly hidden: number };
  /** The same facts in sentences, in the order to show them. */
  readonly statements: readonly string[];
}

const icss = (n: number) => (n === 1 ? '1 ICS' : `${n} ICSs`);
/** ICS names can contain commas ("Bath and North East Somerset, Swindon and Wiltshire"): a list of them uses semicolons. */
const listNames = (rows: readonly { readonly name: string }[]) => rows.map((r) => r.name).join('; ');

/**
 * What publishing will do, from the sign-off so far and each ICS's choice to share its name with peers. Peers' view
 * follows the landscape's own rule (`visibilitiesInLandscape`): named when the ICS shares its name, unnamed otherwise,
 * and hidden altogether when fewer than ANONYMITY_THRESHOLD would be unnamed.
 */
export function publishConfirmation(
  cycle: Pick<Cycle, 'name' | 'illustrative'>,
  summary: SignOffSummary,
  sharing: readonly { readonly systemId: string; readonly sharesName: boolean }[],
  withoutFigures: readonly SignOffParticipant[] = [],
): PublishConfirmation {
  const taking = new Set(summary.rows.map((r) => r.systemId));
  const nobody: Actor = { userId: '', grants: [], coachedSystemIds: [] };
  const shares = new Map(sharing.map((s) => [s.systemId, s.sharesName]));
  const visibility = visibilitiesInLandscape(
    nobody,
    [...taking].map((systemId) => ({ systemId, sharesName: shares.get(systemId) ?? false })),
    true,
  );
  const seen = [...visibility.values()];
  const peers = {
    named: seen.filter((v) => v === 'NAMED').length,
    unnamed: seen.filter((v) => v === 'UNNAMED').length,
    hidden: seen.filter((v) => v === 'HIDDEN').length,
  };
  const queried = summary.rows.filter((r) => r.state === 'QUERIED');
  const notAnswered = summary.rows.filter((r) => r.state === 'NOT_ANSWERED');

  const statements: string[] = [];
  const shown = [
    ...(peers.named > 0 ? [`${icss(peers.named)} by name (they chose to share their name with peers)`] : []),
    ...(peers.unnamed > 0 ? [`${icss(peers.unnamed)} without a name (scores and category only)`] : []),
  ];
  statements.push(
    shown.length > 0
      ? `Every ICS lead and programme coach will see the landscape of "${cycle.name}": ${shown.join(' and ')}. Each still sees their own ICSs by name.`
      : `ICS leads and programme coaches will still see only their own ICSs in "${cycle.name}".`,
  );
  if (peers.hidden > 0) {
    statements.push(
      `${icss(peers.hidden)} chose not to share their name. Fewer than ${ANONYMITY_THRESHOLD} would be shown without a name, ` +
        `so they could be picked out: they will not be shown to other ICSs at all.`,
    );
  }
  statements.push('National viewers and admins already see every ICS by name: the landscape will no longer be marked provisional.');
  if (cycle.illustrative) statements.push('Its scores are illustrative and will stay marked as illustrative.');
  const takingPart = summary.total + withoutFigures.length;
  statements.push(`The leads of all ${icss(takingPart)} taking part will be told that it is published.`);
  if (queried.length > 0) statements.push(`${icss(queried.length)} queried their figures: ${listNames(queried)}.`);
  if (notAnswered.length > 0) statements.push(`${icss(notAnswered.length)} ${notAnswered.length === 1 ? 'has' : 'have'} not answered: ${listNames(notAnswered)}.`);
  if (queried.length === 0 && notAnswered.length === 0) statements.push(`All ${icss(summary.total)} confirmed their figures.`);
  if (withoutFigures.length > 0) {
    const sorted = [...withoutFigures].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    statements.push(
      `${icss(withoutFigures.length)} taking part submitted nothing before the cycle closed and ${withoutFigures.length === 1 ? 'is' : 'are'} not in the landscape: ${listNames(sorted)}.`,
    );
  }
  statements.push(
    'Publishing cannot be undone. A correction afterwards is a new, recorded revision of that ICS’s figures, with a reason, shown on the landscape.',
  );

  return {
    cycleName: cycle.name,
    illustrative: cycle.illustrative,
    participants: takingPart,
    confirmed: summary.confirmed,
    queried,
    notAnswered,
    withoutFigures,
    outstandingSystemIds: summary.outstandingSystemIds,
    peers,
    statements,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Publishing

export interface PublishCycleInput {
  /** The admin ticked "I understand what will become visible, and that this cannot be undone". */
  readonly confirmed: boolean;
  /** `PublishConfirmation.outstandingSystemIds` as the admin was shown it. */
  readonly outstandingSystemIds: readonly string[];
}

/**
 * Publishes a closed cycle's landscape: final, visible to peers, every participating ICS's leads told. The admin may
 * publish although some ICSs queried or did not answer (the admin decides), but only having confirmed the list as it
 * is now: if anyone answered since the confirmation was shown, it must be shown again.
 */
export function publishCycle(
  cycle: Cycle,
  input: PublishCycleInput,
  context: { readonly today: string; readonly summary: SignOffSummary },
): CycleOutcome<{ cycle: Cycle; event: CycleEvent }> {
  const { today, summary } = context;
  assertToday(today);
  const stateProblem = notClosedProblem(cycle, 'publish it');
  if (stateProblem) return cycleRefused([stateProblem]);
  if (input.confirmed !== true) {
    return cycleRefused([
      cycleProblem('CONFIRMATION_REQUIRED', 'confirmed', 'Confirm that you understand what will become visible, and that publishing cannot be undone'),
    ]);
  }
  const shown = new Set(input.outstandingSystemIds);
  const now = new Set(summary.outstandingSystemIds);
  if (shown.size !== now.size || [...now].some((id) => !shown.has(id))) {
    return cycleRefused([
      cycleProblem(
        'CONFIRMATION_OUT_OF_DATE',
        'outstandingSystemIds',
        'ICSs have answered since you opened this confirmation: check who has confirmed, queried or not answered, and confirm again',
      ),
    ]);
  }
  const queried = summary.rows.filter((r) => r.state === 'QUERIED').map((r) => r.systemId);
  const notAnswered = summary.rows.filter((r) => r.state === 'NOT_ANSWERED').map((r) => r.systemId);
  return cycleOk({
    cycle: { ...cycle, status: 'PUBLISHED', publishedOn: today },
    event: {
      action: 'CYCLE_PUBLISHED',
      before: { status: cycle.status },
      after: { status: 'PUBLISHED', publishedOn: today, confirmed: summary.confirmed, queried, notAnswered },
      notify: { kind: 'PARTICIPATING_LEADS' },
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Corrections after publishing (docs/decisions/0028-corrections-after-publishing.md)

/** One criterion's level in a correction: the level that counted before and the corrected level that counts after. */
export interface CorrectedLevel {
  readonly criterionKey: string;
  /** How the criterion is named on screen: its number and its domain, `2.1 (Skills and capability)`. */
  readonly title: string;
  /** The level that counted before the correction; null when it counted no level (not answered, or "not assessed"). */
  readonly before: number | null;
  readonly after: number;
}

/**
 * A correction of one ICS's published figures: numbered from 1 per ICS per cycle, with who, when, why, and the levels
 * it changed (empty only for revisions recorded before corrections carried levels).
 */
export interface FiguresRevision {
  readonly systemId: string;
  readonly number: number;
  readonly reason: string;
  readonly revisedBy: string;
  readonly revisedOn: string;
  readonly changes: readonly CorrectedLevel[];
}

/** The levels a correction may give, as the canvas defines them. */
export const CORRECTED_LEVEL_MIN = 1;
export const CORRECTED_LEVEL_MAX = 5;

/** One criterion the admin corrects, as typed or chosen: the level is checked by `reviseFigures`. */
export interface LevelCorrectionInput {
  readonly criterionKey: unknown;
  readonly level: unknown;
}

export interface ReviseFiguresContext {
  readonly today: string;
  readonly actorUserId: string;
  readonly systemIds: ParticipantSet;
  /** The cycle's revisions so far (any ICS's). */
  readonly revisions: readonly FiguresRevision[];
  /**
   * Whether the ICS has figures in the published landscape (its assessment counted when the cycle closed). An ICS
   * without figures has nothing to correct.
   */
  readonly hasFigures: boolean;
  /** The criteria of the cycle's canvas version, in its order, each with how it is named on screen (`criterionTitles`). */
  readonly criteria: readonly { readonly key: string; readonly title: string }[];
  /**
   * The level that counts today for each of the ICS's criteria (the maturity engine's rule: the moderated level on a
   * validated assessment, else the self-assessed level; null when none counts). A criterion missing counts none.
   */
  readonly countedLevels: Readonly<Record<string, number | null>>;
}

/**
 * What a correction would change, or every problem with it (each with its field: `levels`, `levels[2].level`,
 * `reason`): criteria of the canvas version, each once, levels 1–5 that differ from the level that counts now, at least
 * one, and a reason. `reviseFigures` applies it; the admin's form calls it too, to show problems before confirming.
 */
export function checkCorrection(
  input: { readonly reason: unknown; readonly levels: readonly LevelCorrectionInput[] },
  context: Pick<ReviseFiguresContext, 'criteria' | 'countedLevels'>,
): CycleOutcome<{ reason: string; changes: CorrectedLevel[] }> {
  const problems: CycleProblem[] = [];
  const titleOf = new Map(context.criteria.map((c) => [c.key, c.title]));
  const changes: CorrectedLevel[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(input.levels) || input.levels.length === 0) {
    problems.push(cycleProblem('NO_CHANGES', 'levels', 'Choose at least one criterion and give its corrected level'));
  } else {
    input.levels.forEach((change, index) => {
      const key = typeof change.criterionKey === 'string' ? change.criterionKey : '';
      const title = titleOf.get(key);
      if (title === undefined) {
        problems.push(cycleProblem('CRITERION_UNKNOWN', `levels[${index}].criterionKey`, `Choose a criterion of this canvas version`));
        return;
      }
      if (seen.has(key)) {
        problems.push(cycleProblem('CRITERION_REPEATED', `levels[${index}].criterionKey`, `Criterion ${title} is chosen more than once: give it one corrected level`));
        return;
      }
      seen.add(key);
      const level = change.level;
      if (typeof level !== 'number' || !Number.isInteger(level) || level < CORRECTED_LEVEL_MIN || level > CORRECTED_LEVEL_MAX) {
        problems.push(cycleProblem('LEVEL_INVALID', `levels[${index}].level`, `Choose the corrected level for criterion ${title}, from ${CORRECTED_LEVEL_MIN} to ${CORRECTED_LEVEL_MAX}`));
        return;
      }
      const before = context.countedLevels[key] ?? null;
      if (before === level) {
        problems.push(cycleProblem('LEVEL_UNCHANGED', `levels[${index}].level`, `Criterion ${title} is already at level ${level}: choose a different level, or leave it out`));
        return;
      }
      changes.push({ criterionKey: key, title, before, after: level });
    });
  }
  const checked = freeText(
    input.reason,
    'reason',
    { required: 'REASON_REQUIRED', tooLong: 'REASON_TOO_LONG' },
    { required: 'Give the reason for the correction: it is shown with the corrected figures', what: 'The reason' },
    SIGN_OFF_LIMITS.reasonMaxLength,
  );
  if ('problem' in checked) problems.push(checked.problem);
  if (problems.length > 0 || 'problem' in checked) return cycleRefused(problems);
  const reason = checked.text;
  // In the canvas's own order, whatever order they were chosen in.
  const order = new Map(context.criteria.map((c, i) => [c.key, i]));
  changes.sort((a, b) => (order.get(a.criterionKey) ?? 0) - (order.get(b.criterionKey) ?? 0));
  return cycleOk({ reason, changes });
}

/**
 * Records a correction of an ICS's published figures: for one or more criteria of that ICS's assessment, the corrected
 * level (the level that then counts in its figures), with a reason. The cycle stays published: a revision is added,
 * nothing is taken back; the API stores the levels, the revision and the audit rows together and places the whole
 * cycle again (a placement is relative: one ICS's correction can move others' categories). Its leads are told. Every
 * problem with the levels and the reason is reported at once, each with its field (`levels[2].level`, `reason`).
 */
export function reviseFigures(
  cycle: Cycle,
  input: { readonly systemId: string; readonly reason: unknown; readonly levels: readonly LevelCorrectionInput[] },
  context: ReviseFiguresContext,
): CycleOutcome<{ revision: FiguresRevision; event: CycleEvent }> {
  assertToday(context.today);
  if (cycle.status !== 'PUBLISHED') {
    return cycleRefused([
      cycleProblem(
        'CYCLE_NOT_PUBLISHED',
        'cycleId',
        `"${cycle.name}" is not published yet: its figures are still provisional, so correct them through the review instead`,
      ),
    ]);
  }
  if (!takesPartInCycle(context.systemIds, input.systemId)) {
    return cycleRefused([cycleProblem('NOT_A_PARTICIPANT', 'systemId', `This ICS did not take part in "${cycle.name}"`)]);
  }
  if (!context.hasFigures) {
    return cycleRefused([
      cycleProblem('NO_FIGURES', 'systemId', `This ICS has no published figures in "${cycle.name}" to correct: its self-assessment was not submitted before the cycle closed`),
    ]);
  }
  const checked = checkCorrection(input, context);
  if (!checked.ok) return cycleRefused(checked.problems);
  const { reason, changes } = checked.value;
  const number = 1 + Math.max(0, ...context.revisions.filter((r) => r.systemId === input.systemId).map((r) => r.number));
  const revision: FiguresRevision = {
    systemId: input.systemId,
    number,
    reason,
    revisedBy: context.actorUserId,
    revisedOn: context.today,
    changes,
  };
  return cycleOk({
    revision,
    event: {
      action: 'CYCLE_FIGURES_REVISED',
      before: null,
      after: { systemId: revision.systemId, number, reason: revision.reason, changes },
      notify: { kind: 'SYSTEM_LEADS', systemId: input.systemId },
    },
  });
}

const levelInWords = (level: number | null) => (level === null ? 'no level' : `level ${level}`);

/** What a correction changed, in plain words: `criterion 2.1 (Skills) from level 2 to level 4; criterion 3.2 (Data) from no level to level 3`. */
export function correctedLevelsInWords(changes: readonly CorrectedLevel[]): string {
  return changes.map((c) => `criterion ${c.title} from ${levelInWords(c.before)} to ${levelInWords(c.after)}`).join('; ');
}

/**
 * What the landscape says beside an ICS's corrected figures (its latest revision), or null when never corrected:
 * when, which correction, what changed and why. Where the reader sees the ICS without its name, neither the reason nor
 * the criteria are said (either could describe it), only how many levels changed.
 */
export function revisionNote(revisions: readonly FiguresRevision[], systemId: string, named = true): string | null {
  const own = revisions.filter((r) => r.systemId === systemId).sort((a, b) => b.number - a.number);
  if (own.length === 0) return null;
  const latest = own[0];
  // Numbered from 1 per ICS and cycle: a number above 1 says there were corrections before it.
  const times = latest.number === 1 ? '' : ` (correction ${latest.number})`;
  const when = `Corrected after publishing on ${cycleDateInWords(latest.revisedOn)}${times}`;
  const count = latest.changes.length;
  if (!named) {
    const levels = count === 0 ? '' : ` ${count === 1 ? '1 level' : `${count} levels`} changed;`;
    return `${when}:${levels} the details are not shown for an ICS without its name.`;
  }
  if (count === 0) return `${when}: ${latest.reason}`;
  return `${when}: ${correctedLevelsInWords(latest.changes)}. Reason: ${latest.reason}`;
}

/** Each criterion of a canvas version, in order, named as screens name it: its number in its domain and the domain. */
export function criterionTitles(framework: {
  readonly domains: readonly { readonly number: number; readonly title: string; readonly criteria: readonly { readonly key: string }[] }[];
}): { key: string; title: string }[] {
  return framework.domains.flatMap((d) => d.criteria.map((c, i) => ({ key: c.key, title: `${d.number}.${i + 1} (${d.title})` })));
}
