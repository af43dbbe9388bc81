import { GraphQLRequestError } from '../../../lib/graphql-client';
import { incompleteDomainErrors, submitErrorsFrom, submitProblems } from './submit';

const assessment = {
  id: 'a1',
  framework: {
    domains: [
      { key: 'local-needs', title: 'Understanding local needs' },
      { key: 'co-design', title: 'Co-design' },
    ],
  },
  progress: [
    { domainKey: 'local-needs', status: 'COMPLETED' },
    { domainKey: 'co-design', status: 'IN_PROGRESS' },
  ],
};

describe('submitProblems', () => {
  it('links each unfinished domain to its page, and asks for the declaration', () => {
    expect(submitProblems(assessment, false)).toEqual([
      { href: '/assessments/a1/domains/co-design', message: 'Complete the domain "Co-design"' },
      { fieldId: 'declaration', message: 'Confirm that these answers are accurate and have been agreed by your ICS' },
    ]);
  });

  it('finds nothing once every domain is complete and the declaration made', () => {
    const done = { ...assessment, progress: assessment.progress.map((p) => ({ ...p, status: 'COMPLETED' })) };
    expect(incompleteDomainErrors(done)).toEqual([]);
    expect(submitProblems(done, true)).toEqual([]);
  });
});

describe('submitErrorsFrom', () => {
  it("turns the API's incompleteDomains into links to those domains", () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'Answer every criterion before you submit.', [
      {
        code: 'BAD_USER_INPUT',
        message: 'Answer every criterion before you submit.',
        field: 'responses',
        incompleteDomains: ['Co-design', 'Retired domain'],
      },
    ]);
    expect(submitErrorsFrom(error, assessment)).toEqual([
      { href: '/assessments/a1/domains/co-design', message: 'Complete the domain "Co-design"' },
      { message: 'Complete the domain "Retired domain"' },
    ]);
  });

  it('explains a conflict, and leaves other refusals to the general mapping', () => {
    expect(submitErrorsFrom(new GraphQLRequestError('CONFLICT', 'x', [{ code: 'CONFLICT', message: 'x' }]), assessment)?.[0].message).toMatch(
      /Someone else has changed this assessment/,
    );
    expect(submitErrorsFrom(new GraphQLRequestError('FORBIDDEN', 'No.'), assessment)).toBeNull();
    expect(submitErrorsFrom(new Error('x'), assessment)).toBeNull();
  });
});
