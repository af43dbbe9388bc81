import type { ReactNode } from 'react';
import { NotFoundPage } from '../../../components/ErrorPages';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { isEditable } from '@idt/domain';
import { onBehalfSentence } from '../../../lib/assessment-words';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useFocusAfterLoading } from '../../../lib/use-focus-after-loading';
import { useAssessment, type AssessmentDetails } from '../api/get-assessment';
import { assessmentVoice, readsOnBehalf, type AssessmentVoice } from '../utils/voice';

/** What the frame gives each page about its assessment, besides the assessment itself. */
export interface AssessmentFrameParts {
  /** The page's words: "your" for the ICS lead, the ICS's name for a coach recording it on its behalf. */
  readonly voice: AssessmentVoice;
  /**
   * The assisted route's marking ("Sam Coach (programme coach) has been recording this assessment on your behalf
   * since …"), or null: each page puts it directly after its h1, where screen reader users start reading.
   */
  readonly marking: ReactNode;
}

/**
 * Loads one assessment for a page about it: while it loads, or if loading failed, the page shows `title` and says
 * so; once it has loaded, focus goes on from that heading to the page's own. One that does not exist and one the
 * person may not see both show "Page not found", as the API answers them the same way. One that a coach is
 * recording on the ICS's behalf (the assisted route) says so on every page.
 */
export function AssessmentFrame({
  assessmentId,
  title,
  leadsSystems,
  children,
}: {
  assessmentId: string;
  title: string;
  /** The ICSs the signed-in person leads: for them, an assessment is always "your self-assessment". */
  leadsSystems: readonly string[];
  children: (assessment: AssessmentDetails, parts: AssessmentFrameParts) => ReactNode;
}) {
  const query = useAssessment(assessmentId);
  const focus = useFocusAfterLoading(query.data !== undefined);
  if (query.isError && query.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code)) {
    return <NotFoundPage />;
  }
  if (query.isPending || query.isError) {
    return (
      <div onFocus={focus.onFocus}>
        <PageHeading>{title}</PageHeading>
        {query.isPending ? (
          <Loading what="the assessment" />
        ) : (
          <QueryError error={query.error} what="the assessment" onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  }
  const assessment = query.data;
  const voice = assessmentVoice(assessment.system.name, readsOnBehalf(assessment, leadsSystems));
  const ongoing = isEditable(assessment.status);
  const marking = assessment.recordedOnBehalfBy ? (
    <div className="nhsuk-inset-text" data-testid="recorded-on-behalf">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong>
          {onBehalfSentence(
            { name: assessment.recordedOnBehalfBy, since: assessment.recordedOnBehalfSince },
            { systemName: assessment.system.name, toLead: !voice.onBehalf, ongoing },
          )}
        </strong>{' '}
        {!ongoing
          ? null
          : voice.onBehalf
            ? `Answers entered here are ${assessment.system.name}’s self-assessment, recorded for it. Its ICS leads were told when the recording started, and can see and change the answers too.`
            : 'They can see and change its answers, and so can you.'}
      </p>
    </div>
  ) : null;
  return <>{children(assessment, { voice, marking })}</>;
}
