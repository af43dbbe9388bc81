import { ACCOUNT_LIMITS, groupByRegion, nameProblem, type RegionGroup } from '@idt/domain';
import type { FormError } from '../../../lib/form-errors';

/** The ids of the create-cohort form's inputs, by the API's field names. */
export const NEW_COHORT_FIELDS = { name: 'cohort-name', description: 'cohort-description' } as const;

/** The id of the add-an-ICS select, by the API's field name. */
export const ADD_SYSTEM_FIELDS = { systemId: 'add-system' } as const;

export interface NewCohortValues {
  readonly name: string;
  readonly description: string;
}

export function newCohortProblems({ name, description }: NewCohortValues): FormError[] {
  const problems: FormError[] = [];
  const nameIssue = nameProblem(name, 'Cohort name', ACCOUNT_LIMITS.cohortNameMaxLength);
  if (nameIssue) problems.push({ fieldId: NEW_COHORT_FIELDS.name, message: nameIssue });
  if (description.trim().length > ACCOUNT_LIMITS.cohortDescriptionMaxLength) {
    problems.push({
      fieldId: NEW_COHORT_FIELDS.description,
      message: `Description must be ${ACCOUNT_LIMITS.cohortDescriptionMaxLength} characters or fewer`,
    });
  }
  return problems;
}

export function newCohortInput({ name, description }: NewCohortValues) {
  return { name: name.trim(), description: description.trim() };
}

export function addSystemProblems(systemId: string): FormError[] {
  return systemId === '' ? [{ fieldId: ADD_SYSTEM_FIELDS.systemId, message: 'Select an ICS to add' }] : [];
}

interface System {
  readonly id: string;
  readonly name: string;
  readonly region: { readonly name: string };
}

/** The ICSs that could still join a cohort, region by region, for the add-an-ICS select. */
export function systemsToAdd<T extends System>(all: readonly T[], inCohort: readonly { id: string }[]): RegionGroup<T>[] {
  const members = new Set(inCohort.map((s) => s.id));
  return groupByRegion(
    all.filter((s) => !members.has(s.id)),
    (s) => s.region.name,
  );
}
