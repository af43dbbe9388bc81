/**
 * "How to get there": the limits on one action of an ICS's action plan and what is wrong with one, in the words both
 * the API (which refuses it) and the web form (which says so before sending) use.
 */
export const ACTION_PLAN_LIMITS = { actionMaxLength: 1000, ownerMaxLength: 200 } as const;

export interface ActionPlanItemProblem {
  readonly field: 'action' | 'owner';
  readonly message: string;
}

/** What is wrong with an action's text and owner (both as typed: each is trimmed first), at most one per field. */
export function actionPlanItemProblems(values: { readonly action: string; readonly owner?: string | null }): ActionPlanItemProblem[] {
  const problems: ActionPlanItemProblem[] = [];
  const action = values.action.trim();
  if (action === '') problems.push({ field: 'action', message: 'Describe the action' });
  else if (action.length > ACTION_PLAN_LIMITS.actionMaxLength) {
    problems.push({ field: 'action', message: `The action must be ${ACTION_PLAN_LIMITS.actionMaxLength} characters or fewer` });
  }
  if ((values.owner ?? '').trim().length > ACTION_PLAN_LIMITS.ownerMaxLength) {
    problems.push({ field: 'owner', message: `The owner must be ${ACTION_PLAN_LIMITS.ownerMaxLength} characters or fewer` });
  }
  return problems;
}

/** How many characters a text is over its limit (0 when it is within it): "330 characters too many". */
export const charactersOver = (text: string, max: number): number => Math.max(0, text.length - max);
