import { cycleDateInWords, cycleProgressCsvRow, type CycleProgressRow, type CycleProgressStatus, type SignOffState } from '@idt/domain';
import type { OpenAssessmentCycleInput } from '../../../gql/graphql';
import { toCsv } from '../../../lib/csv';
import { EMPTY_DATE_PARTS, parseDateParts, type DateParts } from '../../../lib/date-parts';
import type { FormError } from '../../../lib/form-errors';

/** The API's input fields → the ids of the inputs on the "Open a cycle" form (where the error summary links). */
export const OPEN_CYCLE_FIELDS = {
  name: 'cycle-name',
  frameworkId: 'cycle-framework',
  opensOn: 'cycle-opens-on',
  closesOn: 'cycle-closes-on',
  cohortId: 'cycle-cohort',
  illustrative: 'cycle-illustrative',
} as const;

export const CLOSING_DATE_FIELDS = { closesOn: 'cycle-new-closes-on', cycleId: 'cycle-new-closes-on' } as const;

export interface OpenCycleValues {
  readonly name: string;
  readonly frameworkId: string;
  readonly opensOn: DateParts;
  readonly closesOn: DateParts;
  /** 'ALL' for every ICS, else 'COHORT' with `cohortId`. */
  readonly participants: 'ALL' | 'COHORT' | '';
  readonly cohortId: string;
  readonly illustrative: boolean;
}

export const emptyOpenCycleValues = (): OpenCycleValues => ({
  name: '',
  frameworkId: '',
  opensOn: EMPTY_DATE_PARTS,
  closesOn: EMPTY_DATE_PARTS,
  participants: '',
  cohortId: '',
  illustrative: false,
});

/**
 * What the form can tell before asking the API: something left empty, or a date that is not a real day. Every other
 * rule (a published canvas, dates in order, overlaps, the name being free) is the domain's, answered by the API.
 */
export function openCycleFormProblems(values: OpenCycleValues): FormError[] {
  const problems: FormError[] = [];
  if (values.name.trim() === '') problems.push({ fieldId: OPEN_CYCLE_FIELDS.name, message: 'Enter a name for the cycle, like "Baseline 2027"' });
  if (values.frameworkId === '') problems.push({ fieldId: OPEN_CYCLE_FIELDS.frameworkId, message: 'Choose a canvas version' });
  for (const [key, label] of [
    ['opensOn', 'Opening date'],
    ['closesOn', 'Closing date'],
  ] as const) {
    const parsed = parseDateParts(values[key], label);
    if (!parsed.ok) problems.push({ fieldId: OPEN_CYCLE_FIELDS[key], message: parsed.message });
    else if (parsed.value === null) problems.push({ fieldId: OPEN_CYCLE_FIELDS[key], message: `Enter the ${label.toLowerCase()}` });
  }
  if (values.participants === '') problems.push({ fieldId: OPEN_CYCLE_FIELDS.cohortId, message: 'Choose who takes part: every ICS or a cohort' });
  else if (values.participants === 'COHORT' && values.cohortId === '') {
    problems.push({ fieldId: OPEN_CYCLE_FIELDS.cohortId, message: 'Choose the cohort that takes part' });
  }
  return problems;
}

/** The mutation's input, once `openCycleFormProblems` found nothing. */
export function openCycleInput(values: OpenCycleValues): OpenAssessmentCycleInput {
  const date = (parts: DateParts) => {
    const parsed = parseDateParts(parts, 'Date');
    return parsed.ok && parsed.value ? parsed.value : '';
  };
  return {
    name: values.name,
    frameworkId: values.frameworkId,
    opensOn: date(values.opensOn),
    closesOn: date(values.closesOn),
    cohortId: values.participants === 'COHORT' ? values.cohortId : null,
    illustrative: values.illustrative,
  };
}

/** A canvas version as people name it: "Inclusive Digital Transformation Canvas, version 2". */
export const canvasVersionName = (framework: { readonly title: string; readonly version: number }): string =>
  `${framework.title}, version ${framework.version}`;

/** What a cycle's page adds after its canvas version's name: that it is retired, when a newer one has been published. */
export const cycleCanvasNote = (lifecycle: string): string | null =>
  lifecycle === 'RETIRED' ? 'Retired: a newer version has been published since. This cycle carries on with this version.' : null;

/**
 * The canvas versions the "Open a cycle" form offers: only those a new cycle may use, as the API says (the domain's
 * rule: the published version in use; not a draft, nor a retired version).
 */
export function cycleCanvasOptions(
  frameworks: readonly { readonly id: string; readonly title: string; readonly version: number; readonly usableForNewCycle: boolean }[],
): { readonly value: string; readonly label: string }[] {
  return frameworks.filter((f) => f.usableForNewCycle).map((f) => ({ value: f.id, label: canvasVersionName(f) }));
}

/** "1 March 2027" from "2027-03-01" (the domain's words for a cycle date). */
export const cycleDate = (iso: string): string => cycleDateInWords(iso);

/** The progress download: the domain's headers and rows (words, never codes), cells guarded by the CSV writer. */
export function cycleProgressCsv(
  headers: readonly string[],
  rows: readonly {
    systemId: string;
    systemName: string;
    regionName: string;
    status: string;
    label: string;
    answeredCount: number;
    criteriaCount: number;
    updatedOn?: string | null;
    signOff?: string | null;
  }[],
): string {
  return toCsv(
    headers,
    rows.map((row) =>
      cycleProgressCsvRow({
        ...row,
        status: row.status as CycleProgressStatus,
        updatedOn: row.updatedOn ?? null,
        signOff: (row.signOff ?? null) as SignOffState | null,
      } satisfies CycleProgressRow),
    ),
  );
}
