import { AssessmentStatus } from '../assessment/assessment-workflow';
import { SIGN_OFF_STATE_LABELS, SignOffState } from './sign-off';

/*
 * A cycle's progress at a glance: each ICS taking part in one of six plain states, counted, and the same rows ready
 * for a CSV download (headers in plain English; the web app's CSV writer quotes and guards the cells).
 */

/** In the order the admin reads them: from nothing done to done, then returned for changes. */
export const CYCLE_PROGRESS_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'IN_REVIEW', 'VALIDATED', 'RETURNED'] as const;
export type CycleProgressStatus = (typeof CYCLE_PROGRESS_STATUSES)[number];

export const CYCLE_PROGRESS_LABELS: Readonly<Record<CycleProgressStatus, string>> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  SUBMITTED: 'Submitted',
  IN_REVIEW: 'In review',
  VALIDATED: 'Validated',
  RETURNED: 'Returned for changes',
};

/** What the progress of one ICS is read from: its assessment in the cycle (or none) and how many criteria it answered. */
export interface ProgressFacts {
  readonly status: AssessmentStatus;
  /** Criteria with a self-assessed level or marked "not assessed" (`isAnswered`). */
  readonly answeredCount: number;
}

/**
 * The one mapping from an assessment to its progress: no assessment, or a draft with nothing answered, is not started;
 * a draft with any answer (including one withdrawn after submitting) is in progress; every other status is itself.
 */
export function cycleProgressStatus(assessment: ProgressFacts | null | undefined): CycleProgressStatus {
  if (!assessment) return 'NOT_STARTED';
  switch (assessment.status) {
    case 'DRAFT':
      return assessment.answeredCount > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
    case 'SUBMITTED':
    case 'IN_REVIEW':
    case 'VALIDATED':
    case 'RETURNED':
      return assessment.status;
  }
}

export interface CycleProgressCount {
  readonly status: CycleProgressStatus;
  readonly label: string;
  readonly count: number;
}

/** How many ICSs are in each state, every state listed (with 0) in CYCLE_PROGRESS_STATUSES order. */
export function cycleProgressCounts(statuses: readonly CycleProgressStatus[]): CycleProgressCount[] {
  return CYCLE_PROGRESS_STATUSES.map((status) => ({
    status,
    label: CYCLE_PROGRESS_LABELS[status],
    count: statuses.filter((s) => s === status).length,
  }));
}

/** One ICS taking part, with what its progress is read from. */
export interface CycleProgressInput {
  readonly systemId: string;
  readonly systemName: string;
  readonly regionName: string;
  readonly assessment: (ProgressFacts & { readonly updatedOn: string | null }) | null;
  /** After the cycle closes: its sign-off. Undefined while the cycle is open. */
  readonly signOff?: SignOffState;
}

export interface CycleProgressRow {
  readonly systemId: string;
  readonly systemName: string;
  readonly regionName: string;
  readonly status: CycleProgressStatus;
  readonly label: string;
  readonly answeredCount: number;
  readonly criteriaCount: number;
  readonly updatedOn: string | null;
  readonly signOff: SignOffState | null;
}

/** Each ICS's row, sorted by ICS name. `criteriaCount` is the number of criteria in the cycle's canvas version. */
export function cycleProgressRows(systems: readonly CycleProgressInput[], criteriaCount: number): CycleProgressRow[] {
  return systems
    .map((s) => {
      const status = cycleProgressStatus(s.assessment);
      return {
        systemId: s.systemId,
        systemName: s.systemName,
        regionName: s.regionName,
        status,
        label: CYCLE_PROGRESS_LABELS[status],
        answeredCount: s.assessment?.answeredCount ?? 0,
        criteriaCount,
        updatedOn: s.assessment?.updatedOn ?? null,
        signOff: s.signOff ?? null,
      };
    })
    .sort((a, b) => a.systemName.localeCompare(b.systemName, 'en-GB') || a.systemId.localeCompare(b.systemId));
}

/** The download's header row. "Figures checked" is empty while the cycle is open. */
export const CYCLE_PROGRESS_CSV_HEADERS = [
  'ICS',
  'NHS England region',
  'Progress',
  'Criteria answered',
  'Criteria in the canvas',
  'Last changed',
  'Figures checked',
] as const;

export type CycleProgressCsvRow = readonly [string, string, string, number, number, string, string];

/** One row of the download, in CYCLE_PROGRESS_CSV_HEADERS order: words people read, never codes. */
export function cycleProgressCsvRow(row: CycleProgressRow): CycleProgressCsvRow {
  return [
    row.systemName,
    row.regionName,
    row.label,
    row.answeredCount,
    row.criteriaCount,
    row.updatedOn ?? '',
    row.signOff ? SIGN_OFF_STATE_LABELS[row.signOff] : '',
  ];
}
