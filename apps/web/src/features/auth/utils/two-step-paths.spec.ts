import { GraphQLRequestError } from '../../../lib/graphql-client';
import { afterSignInPath, appCodeProblem, codeErrorsFrom, codeProblem, secondStepSignInPath } from './two-step-paths';

describe('two-step sign-in paths and codes', () => {
  it('sends someone who must set up two-step sign-in there first, keeping where they were going', () => {
    expect(afterSignInPath({ secondStep: { mustEnrolBeforeContinuing: true } }, '/landscape')).toBe('/account/two-step?returnTo=%2Flandscape');
    expect(afterSignInPath({ secondStep: { mustEnrolBeforeContinuing: true } }, '/')).toBe('/account/two-step');
    expect(afterSignInPath({ secondStep: { mustEnrolBeforeContinuing: false } }, '/landscape')).toBe('/landscape');
    expect(afterSignInPath({}, '/cohorts')).toBe('/cohorts');
  });

  it('asks for the code on a page of its own, never sending people off the site', () => {
    expect(secondStepSignInPath('/cohorts')).toBe('/sign-in/second-step?returnTo=%2Fcohorts');
    expect(secondStepSignInPath('https://evil.example/')).toBe('/sign-in/second-step');
  });

  it('checks a code before sending it', () => {
    expect(codeProblem('')).toMatch(/Enter the 6-digit code/);
    expect(codeProblem('12345')).toMatch(/has 6 digits/);
    expect(codeProblem('123 456')).toBeNull();
    expect(codeProblem('abcd-efgh-jkmn-pqrs')).toBeNull();
    expect(codeProblem('not a code')).toMatch(/or a recovery code/);
    expect(appCodeProblem('abcd-efgh-jkmn-pqrs')).toMatch(/has 6 digits/);
    expect(appCodeProblem(' 123456 ')).toBeNull();
  });
});

describe('the API refusing a code', () => {
  it('shows a wrong code beside the code field, and other problems in the summary', () => {
    const wrong = new GraphQLRequestError('WRONG_SECOND_STEP_CODE', 'Enter the 6-digit code', [{ code: 'WRONG_SECOND_STEP_CODE', message: 'Enter the 6-digit code', field: 'code' }]);
    expect(codeErrorsFrom(wrong)).toEqual([{ fieldId: 'code', message: 'Enter the 6-digit code' }]);
    const other = new GraphQLRequestError('CONFLICT', 'Already set up', [{ code: 'CONFLICT', message: 'Already set up' }]);
    expect(codeErrorsFrom(other)).toEqual([{ message: 'Already set up' }]);
  });
});
