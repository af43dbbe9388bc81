import { GraphQLRequestError } from '../../../lib/graphql-client';
import { answerErrorsFrom, criterionFieldIds, fieldIdFor, quickCheckFieldId } from './field-ids';

const KEY = 'co-design.principles-applied';

describe('criterionFieldIds', () => {
  it('makes ids that need no escaping', () => {
    const ids = criterionFieldIds(KEY);
    expect(ids.selfLevel).toBe('co-design--principles-applied-level');
    expect(ids.selfLevelOption(1)).toBe(ids.selfLevel);
    expect(ids.selfLevelOption(4)).toBe('co-design--principles-applied-level-4');
    expect(ids.confidenceLevel(0)).toBe(ids.confidence);
    expect(Object.values(ids).filter((v) => typeof v === 'string').every((id) => /^[A-Za-z0-9_-]+$/.test(id))).toBe(true);
    expect(quickCheckFieldId('co-design.quick-1')).toBe('quick-check-co-design--quick-1');
  });
});

describe('fieldIdFor', () => {
  it.each([
    ['selfLevel', 'co-design--principles-applied-level'],
    ['targetLevel', 'co-design--principles-applied-target-level'],
    ['targetDate', 'co-design--principles-applied-target-date-day'],
    ['evidence', 'co-design--principles-applied-evidence'],
    ['links', 'co-design--principles-applied-links'],
    ['confidence', 'co-design--principles-applied-confidence'],
  ])('puts an error about %s beside %s', (field, id) => {
    expect(fieldIdFor(KEY, field)).toBe(id);
  });

  it('has no field for anything else', () => {
    expect(fieldIdFor(KEY, 'criterionKey')).toBeUndefined();
    expect(fieldIdFor(KEY, 'constructor')).toBeUndefined();
  });
});

describe('answerErrorsFrom', () => {
  it("puts the API's refusal of an answer beside the field it names", () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'Links must start with https:// or http://', [
      { code: 'BAD_USER_INPUT', message: 'Links must start with https:// or http://', field: 'links', criterionKey: KEY },
    ]);
    expect(answerErrorsFrom(error, [KEY])).toEqual([
      { fieldId: 'co-design--principles-applied-links', message: 'Links must start with https:// or http://' },
    ]);
  });

  it('shows an error about a criterion that is not on this page, or about no field, in the summary only', () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'x', [
      { code: 'BAD_USER_INPUT', message: 'Choose a level from 1 to 5', field: 'selfLevel', criterionKey: 'access.devices' },
      { code: 'BAD_USER_INPUT', message: 'This assessment has been submitted.', field: 'assessmentId' },
    ]);
    expect(answerErrorsFrom(error, [KEY])).toEqual([
      { message: 'Choose a level from 1 to 5' },
      { message: 'This assessment has been submitted.' },
    ]);
  });

  it('does not place other codes beside a field', () => {
    const error = new GraphQLRequestError('FORBIDDEN', 'You do not have permission to do that.', [
      { code: 'FORBIDDEN', message: 'You do not have permission to do that.', field: 'links', criterionKey: KEY },
    ]);
    expect(answerErrorsFrom(error, [KEY])).toEqual([{ message: 'You do not have permission to do that.' }]);
  });

  it('falls back to the plain message for a network failure or anything else', () => {
    expect(answerErrorsFrom(new GraphQLRequestError('NETWORK_ERROR', 'We could not reach IDT Canvas.'), [KEY])).toEqual([
      { message: 'We could not reach IDT Canvas.' },
    ]);
    expect(answerErrorsFrom(new Error('boom'), [KEY])).toEqual([{ message: 'Something went wrong. Try again.' }]);
  });
});
