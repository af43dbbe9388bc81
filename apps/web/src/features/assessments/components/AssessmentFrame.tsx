import type { ReactNode } from 'react';
import { NotFoundPage } from '../../../components/ErrorPages';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useAssessment, type AssessmentDetails } from '../api/get-assessment';

/**
 * Loads one assessment for a page about it: while it loads, or if loading failed, the page shows `title` and says
 * so. One that does not exist and one the person may not see both show "Page not found", as the API answers them
 * the same way. One that a coach is recording on the ICS's behalf (the assisted route) says so on every page.
 */
export function AssessmentFrame({
  assessmentId,
  title,
  children,
}: {
  assessmentId: string;
  title: string;
  children: (assessment: AssessmentDetails) => ReactNode;
}) {
  const query = useAssessment(assessmentId);
  if (query.isError && query.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code)) {
    return <NotFoundPage />;
  }
  if (query.isPending || query.isError) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        {query.isPending ? (
          <Loading what="the assessment" />
        ) : (
          <QueryError error={query.error} what="the assessment" onRetry={() => void query.refetch()} />
        )}
      </>
    );
  }
  const assessment = query.data;
  return (
    <>
      {assessment.recordedOnBehalfBy ? (
        <div className="nhsuk-inset-text" data-testid="recorded-on-behalf">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <strong>{`Recorded by ${assessment.recordedOnBehalfBy} on behalf of ${assessment.system.name}`}</strong>
            {assessment.canEdit ? '. Answers entered here are the ICS’s self-assessment, recorded for it.' : null}
          </p>
        </div>
      ) : null}
      {children(assessment)}
    </>
  );
}
