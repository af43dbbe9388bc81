import { ACTION_PLAN_LIMITS, actionPlanItemProblems } from '@idt/domain';
import type { ActionPlanItemInput, ActionStatus } from '../../../gql/graphql';
import { datePartsOf, EMPTY_DATE_PARTS, parseDateParts, type DateParts } from '../../../lib/date-parts';
import type { FormError } from '../../../lib/form-errors';

/** A domain an action may be for, titled as the task list numbers it ("1. Understanding local needs…"). */
export interface ActionDomain {
  readonly key: string;
  readonly title: string;
}

/**
 * The domains of the canvas the plan follows (the API's `actionPlanFramework`: that of the ICS's newest cycle), in
 * order: the keys the API checks actions against.
 */
export function actionDomainsOf(framework: { domains: readonly { key: string; number: number; title: string }[] }): ActionDomain[] {
  return [...framework.domains].sort((a, b) => a.number - b.number).map((d) => ({ key: d.key, title: `${d.number}. ${d.title}` }));
}

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
};
export const ACTION_STATUSES: readonly ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'];

/** The API's limits (the domain's, which ActionPlanService checks), so a person hears of them before sending. */
export const ACTION_LIMITS = { action: ACTION_PLAN_LIMITS.actionMaxLength, owner: ACTION_PLAN_LIMITS.ownerMaxLength } as const;

/** One action as its form holds it: every field as typed or chosen. */
export interface ActionFormValues {
  readonly domainKey: string;
  readonly action: string;
  readonly owner: string;
  readonly dueOn: DateParts;
  readonly status: ActionStatus;
}

/** The API's input fields and the ids of the inputs that show their problems (a date's problem goes to its day). */
export const ACTION_FIELD_IDS = {
  domainKey: 'action-domain',
  action: 'action-text',
  owner: 'action-owner',
  dueOn: 'action-due-day',
  status: 'action-status',
} as const;

export const emptyActionForm = (): ActionFormValues => ({ domainKey: '', action: '', owner: '', dueOn: EMPTY_DATE_PARTS, status: 'NOT_STARTED' });

export const actionFormFrom = (item: { domainKey: string; action: string; owner: string; dueOn?: string | null; status: ActionStatus }): ActionFormValues => ({
  domainKey: item.domainKey,
  action: item.action,
  owner: item.owner,
  dueOn: datePartsOf(item.dueOn),
  status: item.status,
});

/**
 * What to send for a filled-in form, or the problems to show first, in the API's own words where it has them; the
 * API checks again (and its answer is shown the same way).
 */
export function actionInputFrom(
  values: ActionFormValues,
  domains: readonly ActionDomain[],
): { input: ActionPlanItemInput; errors: [] } | { input: null; errors: FormError[] } {
  const errors: FormError[] = [];
  const action = values.action.trim();
  if (!domains.some((d) => d.key === values.domainKey)) errors.push({ fieldId: ACTION_FIELD_IDS.domainKey, message: 'Choose a domain of the canvas' });
  for (const problem of actionPlanItemProblems(values)) errors.push({ fieldId: ACTION_FIELD_IDS[problem.field], message: problem.message });
  const due = parseDateParts(values.dueOn, 'Due date');
  if (!due.ok) errors.push({ fieldId: ACTION_FIELD_IDS.dueOn, message: due.message });
  if (errors.length > 0 || !due.ok) return { input: null, errors };
  return { input: { domainKey: values.domainKey, action, owner: values.owner.trim(), dueOn: due.value, status: values.status }, errors: [] };
}

/** The domain's title for an action, or its key if the canvas no longer has it. */
export const domainTitleOf = (domains: readonly ActionDomain[], domainKey: string): string => domains.find((d) => d.key === domainKey)?.title ?? domainKey;
