import type { FrameworkLifecycle } from '../canvas/lifecycle';
import { addDaysToIsoDate, assertToday, cycleDateInWords, cycleDateProblem, CYCLE_DATE_LIMITS, daysBetweenIsoDates } from './dates';
import { CycleOutcome, cycleProblem, CycleProblem, cycleRefused, cycleOk } from './problems';

/*
 * A programme year's assessment cycle and its life (docs/decisions/0023-cycle-states.md):
 *
 *   openCycle ──▶ OPEN ──closeCycle──▶ CLOSED ──publishCycle──▶ PUBLISHED ──reviseFigures──▶ PUBLISHED (+ a revision)
 *                 │  ▲                 (sign-off:              (final)
 *                 └──┘                  provisional figures)
 *           changeClosingDate
 *
 * OPEN accepts answers between its opening and closing dates (`cyclePhase` says which side of them today is); closing
 * (early, or once its closing date has passed) stops answers for good and starts the sign-off; publishing makes the
 * landscape final and visible to peers. No action goes back. Every rule here is pure: the API loads the facts, calls
 * one of these functions and stores what it returns (or refuses with its problems, changing nothing).
 */

export const CYCLE_STATUSES = ['OPEN', 'CLOSED', 'PUBLISHED'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** Who takes part: every ICS (all 42), or the ICSs of one cohort. */
export type CycleParticipants = { readonly kind: 'ALL' } | { readonly kind: 'COHORT'; readonly cohortId: string };

export interface Cycle {
  readonly id: string;
  /** Trimmed, single-spaced, unique among cycles ignoring case. */
  readonly name: string;
  /** The canvas (framework) version answered: published when the cycle opened. */
  readonly frameworkId: string;
  /** The first day answers are accepted. */
  readonly opensOn: string;
  /** The last day answers are accepted, as planned (or as last changed). Kept when the cycle closes early. */
  readonly closesOn: string;
  readonly participants: CycleParticipants;
  /** Demonstration scores, always shown as illustrative and never as real results. */
  readonly illustrative: boolean;
  readonly status: CycleStatus;
  /** The day answers stopped: today when closed early, else its closing date. Null while OPEN. */
  readonly closedOn: string | null;
  /** Whether it was closed before its closing date. */
  readonly closedEarly: boolean;
  /** The day its landscape was published. Null until PUBLISHED. */
  readonly publishedOn: string | null;
}

/** A cycle before the database has given it an id. */
export type NewCycle = Omit<Cycle, 'id'>;

/** The ICSs taking part, as ids: 'ALL' for every ICS, else the cohort's members when the cycle opened. */
export type ParticipantSet = 'ALL' | readonly string[];

/**
 * An existing cycle as the name and overlap rules need it. `systemIds` are the ICSs that have an assessment in it
 * (a cohort's members when it opened, not the cohort's members today), or 'ALL'.
 */
export interface ExistingCycle {
  readonly id: string;
  readonly name: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly status: CycleStatus;
  readonly systemIds: ParticipantSet;
}

export const CYCLE_NAME_MAX_LENGTH = 120;

/** The audit trail's actions for a cycle (`audit_event.action`). */
export type CycleAuditAction =
  | 'CYCLE_OPENED'
  | 'CYCLE_CLOSING_DATE_CHANGED'
  | 'CYCLE_CLOSED'
  | 'CYCLE_PUBLISHED'
  | 'CYCLE_SIGN_OFF_ANSWERED'
  | 'CYCLE_FIGURES_REVISED';

/**
 * Who must be told about a change: nobody; the leads of every ICS taking part; one ICS's leads; or one ICS's
 * reviewers (its coaches and the admins), who see its queries.
 */
export type CycleAudience =
  | { readonly kind: 'NOBODY' }
  | { readonly kind: 'PARTICIPATING_LEADS' }
  | { readonly kind: 'SYSTEM_LEADS'; readonly systemId: string }
  | { readonly kind: 'SYSTEM_REVIEWERS'; readonly systemId: string };

/** What to record (the audit row's action, before and after) and whom to tell, returned with every change. */
export interface CycleEvent {
  readonly action: CycleAuditAction;
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>>;
  readonly notify: CycleAudience;
}

/** Where a cycle is on `today`. */
export type CyclePhase = 'NOT_YET_OPEN' | 'OPEN' | 'PAST_CLOSING_DATE' | 'CLOSED' | 'PUBLISHED';

export const CYCLE_PHASE_LABELS: Readonly<Record<CyclePhase, string>> = {
  NOT_YET_OPEN: 'Not open yet',
  OPEN: 'Open',
  PAST_CLOSING_DATE: 'Closing date passed',
  CLOSED: 'Closed: ICSs are checking their figures',
  PUBLISHED: 'Published',
};

export function cyclePhase(cycle: Pick<Cycle, 'status' | 'opensOn' | 'closesOn'>, today: string): CyclePhase {
  assertToday(today);
  if (cycle.status !== 'OPEN') return cycle.status;
  if (today < cycle.opensOn) return 'NOT_YET_OPEN';
  return today <= cycle.closesOn ? 'OPEN' : 'PAST_CLOSING_DATE';
}

/** Whether ICSs may change and submit answers in this cycle today. */
export const acceptsAnswers = (cycle: Pick<Cycle, 'status' | 'opensOn' | 'closesOn'>, today: string): boolean =>
  cyclePhase(cycle, today) === 'OPEN';

/** Whether the cycle's figures are still provisional (everything before publishing). */
export const figuresProvisional = (cycle: Pick<Cycle, 'status'>): boolean => cycle.status !== 'PUBLISHED';

// ---------------------------------------------------------------------------------------------------------------
// Names

/** A name as stored: trimmed, with runs of spaces made one. */
export const normaliseCycleName = (name: string): string => name.trim().replace(/\s+/g, ' ');

/** Two names are the same cycle's when they differ only in spacing or case. */
const nameKey = (name: string) => normaliseCycleName(name).toLocaleLowerCase('en-GB');

/** Everything wrong with a cycle's name; `others` are the cycles there are, `ownId` the one renamed (if any). */
export function cycleNameProblems(
  name: unknown,
  others: readonly Pick<ExistingCycle, 'id' | 'name'>[],
  ownId: string | null = null,
): CycleProblem[] {
  if (typeof name !== 'string' || normaliseCycleName(name) === '') {
    return [cycleProblem('NAME_REQUIRED', 'name', 'Enter a name for the cycle, like "Baseline 2027"')];
  }
  const value = normaliseCycleName(name);
  if (value.length > CYCLE_NAME_MAX_LENGTH) {
    return [cycleProblem('NAME_TOO_LONG', 'name', `Cycle name must be ${CYCLE_NAME_MAX_LENGTH} characters or fewer`)];
  }
  // Control characters break exports and screen readers; angle brackets never belong in a name.
  if (/\p{Cc}/u.test(value) || /[<>]/.test(value)) {
    return [cycleProblem('NAME_INVALID', 'name', 'Cycle name must not contain < or > or control characters')];
  }
  const taken = others.find((c) => c.id !== ownId && nameKey(c.name) === nameKey(value));
  if (taken) return [cycleProblem('NAME_TAKEN', 'name', `There is already a cycle called "${taken.name}": choose another name`)];
  return [];
}

// ---------------------------------------------------------------------------------------------------------------
// Overlaps

/** The cycle whose dates are being set, as the overlap rule sees it: `id` null while it is being opened. */
export interface CycleSchedule {
  readonly id: string | null;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly status: CycleStatus;
  readonly systemIds: ParticipantSet;
}

/** How many ICSs two participant sets share: 'ALL' with 'ALL' is every ICS (null: not counted here). */
function sharedSystems(a: ParticipantSet, b: ParticipantSet): number | null {
  if (a === 'ALL' && b === 'ALL') return null;
  if (a === 'ALL') return new Set(b).size;
  if (b === 'ALL') return new Set(a).size;
  const inB = new Set(b);
  return new Set(a.filter((id) => inB.has(id))).size;
}

/**
 * Whether two cycles clash: both still OPEN (a closed or published cycle accepts no more answers, so it clashes with
 * nothing), their dates share at least one day (both ends count), and at least one ICS takes part in both. A cohort
 * cycle and an all-ICS cycle always share the cohort's ICSs, so they clash whenever their dates do: one ICS would
 * otherwise answer two canvases at once. A cycle never clashes with itself (the same id, being edited). Symmetric.
 */
export function cyclesOverlap(a: CycleSchedule, b: CycleSchedule): boolean {
  if (a.id !== null && a.id === b.id) return false;
  if (a.status !== 'OPEN' || b.status !== 'OPEN') return false;
  if (a.opensOn > b.closesOn || b.opensOn > a.closesOn) return false;
  const shared = sharedSystems(a.systemIds, b.systemIds);
  return shared === null || shared > 0;
}

/** One problem per cycle `candidate` clashes with, on `field`, naming it and its dates. */
export function cycleOverlapProblems(candidate: CycleSchedule, others: readonly ExistingCycle[], field: string): CycleProblem[] {
  return others
    .filter((other) => cyclesOverlap(candidate, other))
    .sort((x, y) => x.opensOn.localeCompare(y.opensOn) || x.name.localeCompare(y.name))
    .map((other) => {
      const shared = sharedSystems(candidate.systemIds, other.systemIds);
      const who = shared === null ? 'every ICS' : shared === 1 ? '1 ICS' : `${shared} ICSs`;
      return cycleProblem(
        'CYCLE_OVERLAPS',
        field,
        `These dates overlap "${other.name}" (${cycleDateInWords(other.opensOn)} to ${cycleDateInWords(other.closesOn)}), ` +
          `which ${who} taking part in this cycle also answer. An ICS answers one cycle at a time: choose dates outside it, or close it first`,
      );
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Opening

export interface OpenCycleInput {
  readonly name: string;
  readonly frameworkId: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly participants: CycleParticipants;
  readonly illustrative: boolean;
}

export interface OpenCycleContext {
  readonly today: string;
  /**
   * The canvas version `frameworkId` names, or null if none, with its lifecycle as `frameworkLifecycle` works it out
   * (not the stored status, which stays PUBLISHED when a version is retired).
   */
  readonly framework: { readonly id: string; readonly status: FrameworkLifecycle } | null;
  /** For a cohort cycle: the cohort, with its member ICSs now; null when there is no such cohort. Ignored for ALL. */
  readonly cohort: { readonly id: string; readonly systemIds: readonly string[] } | null;
  /** Every cycle there is (for the name); the OPEN ones also for overlaps. */
  readonly cycles: readonly ExistingCycle[];
}

/**
 * The problem, if any, with starting a new cycle on a canvas version in this lifecycle: only the published version in
 * use may be; not a draft, nor a retired version (cycles already on it carry on).
 */
export function frameworkForNewCycleProblem(lifecycle: FrameworkLifecycle): CycleProblem | null {
  if (lifecycle === 'PUBLISHED') return null;
  return cycleProblem(
    'FRAMEWORK_NOT_PUBLISHED',
    'frameworkId',
    lifecycle === 'RETIRED'
      ? 'This canvas version is retired: a newer version has been published. Choose the current version for a new cycle'
      : 'This canvas version is a draft: publish it before a cycle can use it',
  );
}

/** Whether a new cycle may use a canvas version in this lifecycle (what the "Open a cycle" form offers). */
export const mayOpenCycleOn = (lifecycle: FrameworkLifecycle): boolean => frameworkForNewCycleProblem(lifecycle) === null;

/** The checks every new closing date passes: a real date in range, not before opening, the cycle at most a year long. */
function closingDateProblems(opensOn: string, closesOn: unknown, today: string): CycleProblem[] {
  const dateProblem = cycleDateProblem(closesOn, 'closesOn', 'Closing date', today);
  if (dateProblem) return [dateProblem];
  const date = closesOn as string;
  if (date < opensOn) {
    return [cycleProblem('CLOSES_BEFORE_OPENS', 'closesOn', `Closing date must be on or after the opening date, ${cycleDateInWords(opensOn)}`)];
  }
  if (daysBetweenIsoDates(opensOn, date) + 1 > CYCLE_DATE_LIMITS.maxLengthDays) {
    return [
      cycleProblem(
        'CYCLE_TOO_LONG',
        'closesOn',
        `A cycle can run for at most ${CYCLE_DATE_LIMITS.maxLengthDays} days: close it by ${cycleDateInWords(addDaysToIsoDate(opensOn, CYCLE_DATE_LIMITS.maxLengthDays - 1))}`,
      ),
    ];
  }
  return [];
}

/**
 * Opens a cycle: the new cycle to insert (status OPEN; a draft assessment for each ICS taking part is the API's part)
 * and its event, or every problem with the input at once.
 */
export function openCycle(input: OpenCycleInput, context: OpenCycleContext): CycleOutcome<{ cycle: NewCycle; event: CycleEvent }> {
  const { today } = context;
  assertToday(today);
  const problems: CycleProblem[] = [...cycleNameProblems(input.name, context.cycles)];

  if (!context.framework || context.framework.id !== input.frameworkId) {
    problems.push(cycleProblem('FRAMEWORK_NOT_FOUND', 'frameworkId', 'Choose a canvas version: there is no canvas version with that id'));
  } else {
    const problem = frameworkForNewCycleProblem(context.framework.status);
    if (problem) problems.push(problem);
  }

  let systemIds: ParticipantSet | null = 'ALL';
  if (input.participants.kind === 'COHORT') {
    systemIds = null;
    if (!context.cohort || context.cohort.id !== input.participants.cohortId) {
      problems.push(cycleProblem('COHORT_NOT_FOUND', 'cohortId', 'Choose a cohort: there is no cohort with that id'));
    } else if (context.cohort.systemIds.length === 0) {
      problems.push(cycleProblem('COHORT_EMPTY', 'cohortId', 'This cohort has no ICSs in it: add ICSs to it first, or choose all ICSs'));
    } else {
      systemIds = context.cohort.systemIds;
    }
  }

  const opensProblem = cycleDateProblem(input.opensOn, 'opensOn', 'Opening date', today);
  const closesProblem = cycleDateProblem(input.closesOn, 'closesOn', 'Closing date', today);
  const dateProblems: CycleProblem[] = [];
  if (opensProblem) dateProblems.push(opensProblem);
  else if (input.opensOn < today) {
    dateProblems.push(cycleProblem('OPENS_IN_PAST', 'opensOn', `Opening date must be today (${cycleDateInWords(today)}) or later`));
  }
  if (closesProblem) dateProblems.push(closesProblem);
  else if (!opensProblem) dateProblems.push(...closingDateProblems(input.opensOn, input.closesOn, today));
  problems.push(...dateProblems);
  const datesChecked = dateProblems.length === 0;

  if (datesChecked && systemIds !== null) {
    problems.push(
      ...cycleOverlapProblems({ id: null, opensOn: input.opensOn, closesOn: input.closesOn, status: 'OPEN', systemIds }, context.cycles, 'opensOn'),
    );
  }
  if (typeof input.illustrative !== 'boolean') {
    problems.push(cycleProblem('ANSWER_INVALID', 'illustrative', 'Say whether the scores of this cycle are illustrative'));
  }
  if (problems.length > 0) return cycleRefused(problems);

  const cycle: NewCycle = {
    name: normaliseCycleName(input.name),
    frameworkId: input.frameworkId,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    participants: input.participants.kind === 'ALL' ? { kind: 'ALL' } : { kind: 'COHORT', cohortId: input.participants.cohortId },
    illustrative: input.illustrative,
    status: 'OPEN',
    closedOn: null,
    closedEarly: false,
    publishedOn: null,
  };
  return cycleOk({
    cycle,
    event: { action: 'CYCLE_OPENED', before: null, after: { ...cycle }, notify: { kind: 'PARTICIPATING_LEADS' } },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The life of an open cycle

/** The problem, if any, with acting on a cycle that is no longer OPEN (published first: it is final). */
function notOpenProblem(cycle: Cycle, doing: string): CycleProblem | null {
  if (cycle.status === 'PUBLISHED') {
    return cycleProblem('ALREADY_PUBLISHED', 'cycleId', `"${cycle.name}" is published, which is final: you cannot ${doing}`);
  }
  if (cycle.status === 'CLOSED') {
    return cycleProblem('ALREADY_CLOSED', 'cycleId', `"${cycle.name}" is closed and cannot be reopened: you cannot ${doing}`);
  }
  return null;
}

export interface ChangeClosingDateContext {
  readonly today: string;
  /** The ICSs taking part in this cycle (those with an assessment in it), or 'ALL'. */
  readonly systemIds: ParticipantSet;
  /** The other cycles (this one may be among them: it never clashes with itself). */
  readonly cycles: readonly ExistingCycle[];
}

/**
 * Moves an open cycle's closing date, earlier or later (not before today: to stop answers now, close it). Its ICS
 * leads are told. A cycle whose closing date has passed but which is not closed yet may be extended.
 */
export function changeClosingDate(
  cycle: Cycle,
  closesOn: string,
  context: ChangeClosingDateContext,
): CycleOutcome<{ cycle: Cycle; event: CycleEvent }> {
  const { today } = context;
  assertToday(today);
  const stateProblem = notOpenProblem(cycle, 'change its closing date');
  if (stateProblem) return cycleRefused([stateProblem]);
  const dateProblem = cycleDateProblem(closesOn, 'closesOn', 'Closing date', today);
  if (dateProblem) return cycleRefused([dateProblem]);
  if (closesOn === cycle.closesOn) {
    return cycleRefused([cycleProblem('CLOSING_DATE_UNCHANGED', 'closesOn', `The cycle already closes on ${cycleDateInWords(closesOn)}: choose a different date`)]);
  }
  if (closesOn < today) {
    return cycleRefused([
      cycleProblem('CLOSES_IN_PAST', 'closesOn', `Closing date must be today (${cycleDateInWords(today)}) or later: to stop answers now, close the cycle`),
    ]);
  }
  const problems = closingDateProblems(cycle.opensOn, closesOn, today);
  if (problems.length > 0) return cycleRefused(problems);
  const overlaps = cycleOverlapProblems(
    { id: cycle.id, opensOn: cycle.opensOn, closesOn, status: cycle.status, systemIds: context.systemIds },
    context.cycles,
    'closesOn',
  );
  if (overlaps.length > 0) return cycleRefused(overlaps);
  return cycleOk({
    cycle: { ...cycle, closesOn },
    event: {
      action: 'CYCLE_CLOSING_DATE_CHANGED',
      before: { closesOn: cycle.closesOn },
      after: { closesOn },
      notify: { kind: 'PARTICIPATING_LEADS' },
    },
  });
}

/**
 * Closes an open cycle: answers stop for good and the sign-off of provisional figures starts (its ICS leads are asked
 * to check them). Before its closing date it closes early, on `today`; once the date has passed (an admin, or a
 * daily job, closing it) it is recorded as closed on its closing date. A cycle that has not opened cannot be closed.
 */
export function closeCycle(cycle: Cycle, context: { readonly today: string }): CycleOutcome<{ cycle: Cycle; event: CycleEvent }> {
  const { today } = context;
  assertToday(today);
  const stateProblem = notOpenProblem(cycle, 'close it again');
  if (stateProblem) return cycleRefused([stateProblem]);
  if (today < cycle.opensOn) {
    return cycleRefused([
      cycleProblem(
        'CYCLE_NOT_STARTED',
        'cycleId',
        `"${cycle.name}" opens on ${cycleDateInWords(cycle.opensOn)}: it cannot close before anyone could answer it`,
      ),
    ]);
  }
  const closedEarly = today < cycle.closesOn;
  const closedOn = closedEarly ? today : cycle.closesOn;
  return cycleOk({
    cycle: { ...cycle, status: 'CLOSED', closedOn, closedEarly },
    event: {
      action: 'CYCLE_CLOSED',
      before: { status: 'OPEN', closesOn: cycle.closesOn },
      after: { status: 'CLOSED', closedOn, closedEarly },
      notify: { kind: 'PARTICIPATING_LEADS' },
    },
  });
}
