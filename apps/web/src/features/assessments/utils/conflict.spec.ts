import type { ResponseValues } from '@idt/domain';
import { emptyAnswer, type PageAnswers } from './answers';
import { answerDifferences, currentPageAnswers, resolveConflict } from './conflict';

const A = 'access.devices';
const B = 'access.connectivity';
const Q = 'access.quick-1';
const page = { criteria: [{ key: A }, { key: B }], quickCheck: [{ key: Q }] };

const answer = (key: string, selfLevel: ResponseValues['selfLevel'], evidence = ''): ResponseValues => ({
  ...emptyAnswer(key),
  selfLevel,
  evidence,
});

const base: PageAnswers = { responses: { [A]: answer(A, 2, 'Loans'), [B]: emptyAnswer(B) }, quickCheck: { [Q]: null } };

describe('resolveConflict', () => {
  it('saves again when nobody else changed these answers (they saved elsewhere in the assessment)', () => {
    const yours = { ...base, responses: { ...base.responses, [A]: answer(A, 3, 'Loans') } };
    expect(resolveConflict(page, base, yours, base)).toEqual({ kind: 'save-again' });
  });

  it('shows each criterion where yours and the saved answer differ, once someone else changed one', () => {
    const yours = { ...base, responses: { ...base.responses, [A]: answer(A, 3, 'Mine') } };
    const current = { ...base, responses: { ...base.responses, [A]: answer(A, 4, 'Theirs') } };
    expect(resolveConflict(page, base, yours, current)).toEqual({
      kind: 'choose',
      differences: [{ kind: 'criterion', key: A, yours: answer(A, 3, 'Mine'), saved: answer(A, 4, 'Theirs') }],
    });
  });

  it('also shows a criterion you changed that they did not, when they changed another on the page', () => {
    const yours = { ...base, responses: { ...base.responses, [B]: answer(B, 1) } };
    const current = { ...base, responses: { ...base.responses, [A]: answer(A, 5, 'Loans') } };
    const outcome = resolveConflict(page, base, yours, current);
    expect(outcome.kind === 'choose' && outcome.differences.map((d) => d.key)).toEqual([A, B]);
  });

  it('counts quick-check answers too', () => {
    const current = { ...base, quickCheck: { [Q]: 'AGREE' as const } };
    expect(resolveConflict(page, base, { ...base, quickCheck: { [Q]: 'DISAGREE' } }, current)).toEqual({
      kind: 'choose',
      differences: [{ kind: 'quick-check', key: Q, yours: 'DISAGREE', saved: 'AGREE' }],
    });
  });

  it('has nothing to choose when they saved exactly what you have', () => {
    const same = { ...base, responses: { ...base.responses, [A]: answer(A, 4, 'Same') } };
    expect(resolveConflict(page, base, same, same)).toEqual({ kind: 'same' });
  });
});

describe('answerDifferences', () => {
  it('treats a missing answer as an empty one', () => {
    const sparse: PageAnswers = { responses: {}, quickCheck: {} };
    const empty: PageAnswers = { responses: { [A]: emptyAnswer(A), [B]: emptyAnswer(B) }, quickCheck: { [Q]: null } };
    expect(answerDifferences(page, sparse, empty)).toEqual([]);
  });
});

describe('currentPageAnswers', () => {
  it("reads a CONFLICT's currentResponses: a criterion missing from them has no saved answer", () => {
    expect(currentPageAnswers(page, [answer(A, 4, 'Theirs')], { [Q]: 'AGREE' })).toEqual({
      responses: { [A]: answer(A, 4, 'Theirs'), [B]: emptyAnswer(B) },
      quickCheck: { [Q]: 'AGREE' },
    });
  });
});
