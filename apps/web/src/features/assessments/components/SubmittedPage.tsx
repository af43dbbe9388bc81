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
            {marking}
            <h2>What happens next</h2>
            <p className="app-reading-width">
              Your programme coach will review your answers. They may moderate some levels and add comments. If something
              needs to change, they will return the assessment to you with the reason.
            </p>
            <p className="app-reading-width">
              Until your coach starts the review, you can withdraw your submission to change your answers.
            </p>
            <p>
              <Link to={taskListPath(assessmentId)}>View {voice.onBehalf ? `${assessment.system.name}’s` : 'your'} submitted assessment</Link>
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
