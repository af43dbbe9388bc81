import { Navigate, Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { taskListPath } from '../utils/paths';
import { AssessmentFrame } from './AssessmentFrame';

/** The NHS.UK confirmation page after submitting: what was submitted, and what happens next. */
export function SubmittedPage({ assessmentId, leadsSystems }: { assessmentId: string; leadsSystems: readonly string[] }) {
  return (
    <AssessmentFrame assessmentId={assessmentId} title="Assessment submitted" leadsSystems={leadsSystems}>
      {(assessment, { voice, marking }) =>
        assessment.status === 'DRAFT' || assessment.status === 'RETURNED' ? (
          <Navigate replace to={taskListPath(assessmentId)} />
        ) : (
          <>
            <div className="nhsuk-panel" data-testid="confirmation">
              <PageHeading className="nhsuk-panel__heading">Assessment submitted</PageHeading>
              <div className="nhsuk-panel__body">
                {assessment.system.name}: {assessment.cycle.name}
              </div>
            </div>
            {voice.submitted.done ? (
              <p className="nhsuk-body-l app-reading-width" data-testid="submitted-done">
                {voice.submitted.done}
              </p>
            ) : null}
            {marking}
            <h2>What happens next</h2>
            {voice.submitted.next.map((sentence) => (
              <p key={sentence} className="app-reading-width">
                {sentence}
              </p>
            ))}
            <p>
              <Link to={taskListPath(assessmentId)}>{voice.submitted.view}</Link>
            </p>
            <p>
              <Link to={voice.goToList.to}>{voice.goToList.label}</Link>
            </p>
          </>
        )
      }
    </AssessmentFrame>
  );
}
