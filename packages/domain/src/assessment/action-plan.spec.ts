import { ACTION_PLAN_LIMITS, actionPlanItemProblems, charactersOver } from './action-plan';

describe('actionPlanItemProblems', () => {
  it('accepts an action within the limits, measured after trimming', () => {
    expect(actionPlanItemProblems({ action: ` ${'a'.repeat(ACTION_PLAN_LIMITS.actionMaxLength)} `, owner: 'o'.repeat(200) })).toEqual([]);
    expect(actionPlanItemProblems({ action: 'Map digital hubs', owner: null })).toEqual([]);
  });

  it('names each field that is empty or too long, once', () => {
    expect(actionPlanItemProblems({ action: '   ', owner: 'o'.repeat(201) })).toEqual([
      { field: 'action', message: 'Describe the action' },
      { field: 'owner', message: 'The owner must be 200 characters or fewer' },
    ]);
    expect(actionPlanItemProblems({ action: 'a'.repeat(1001) })).toEqual([
      { field: 'action', message: 'The action must be 1000 characters or fewer' },
    ]);
  });

  it('counts how far a text is over its limit', () => {
    expect(charactersOver('a'.repeat(5330), 5000)).toBe(330);
    expect(charactersOver('abc', 5000)).toBe(0);
  });
});
