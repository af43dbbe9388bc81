import { BackLink, Button, Checkboxes } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import type { AssessmentDetails } from '../api/get-assessment';
import { useTransitionAssessment } from '../api/transition-assessment';
import { DECLARATION_FIELD_ID, incompleteDomainErrors, submitErrorsFrom, submitProblems } from '../utils/submit';
import { submittedPath, taskListPath } from '../utils/paths';
import { AnswersSummary } from './AnswersSummary';
import { AssessmentFrame, type AssessmentFrameParts } from './AssessmentFrame';
import './assessments.css';

/** "Check your answers": every answer, with a way to change each, then the declaration and "Submit assessment". */
export function CheckAnswersPage({ assessmentId, leadsSystems }: { assessmentId: string; leadsSystems: readonly string[] }) {
  // While a submission is on its way, the page stays (and then goes to the confirmation), though the assessment it
  // shows can no longer be changed.
  const [submitting, setSubmitting] = useState(false);
  return (
    <AssessmentFrame assessmentId={assessmentId} title="Check your answers before you submit" leadsSystems={leadsSystems}>
      {(assessment, parts) =>
        assessment.canEdit || submitting ? (
          <CheckAnswers assessment={assessment} parts={parts} onSubmitting={setSubmitting} />
        ) : (
          <Navigate replace to={taskListPath(assessmentId)} />
        )
      }
    </AssessmentFrame>
  );
}

function CheckAnswers({
  assessment,
  parts: { voice, marking },
  onSubmitting,
}: {
  assessment: AssessmentDetails;
  parts: AssessmentFrameParts;
  onSubmitting: (submitting: boolean) => void;
}) {
  const navigate = useNavigate();
  const form = useFormErrors();
  const transition = useTransitionAssessment();
  const [confirmed, setConfirmed] = useState(false);
  const incomplete = incompleteDomainErrors(assessment);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (transition.isPending) return;
    const problems = submitProblems(assessment, confirmed);
    if (problems.length > 0) return form.show(problems);
    onSubmitting(true);
    transition.mutate(
      { assessmentId: assessment.id, expectedVersion: assessment.version, transition: 'SUBMIT', declarationConfirmed: true },
      {
        onSuccess: () => navigate(submittedPath(assessment.id)),
        onError: (error) => {
          onSubmitting(false);
          form.show(submitErrorsFrom(error, assessment) ?? formErrorsFrom(error, { declarationConfirmed: DECLARATION_FIELD_ID }));
        },
      },
    );
  };

  return (
    <>
      <BackLink asElement={Link} to={taskListPath(assessment.id)}>
        {voice.backToAssessment}
      </BackLink>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0} caption={`${assessment.system.name}: ${assessment.cycle.name}`}>
        {voice.checkHeading}
      </PageHeading>
      {marking}
      {incomplete.length > 0 ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {incomplete.length === 1 ? 'One domain is' : `${incomplete.length} domains are`} not complete yet. Answer every
            criterion before you submit.
          </p>
        </div>
      ) : null}
      <AnswersSummary assessment={assessment} changeLinks />
      <h2>{voice.submitHeading}</h2>
      <p className="app-reading-width">
        {voice.onBehalf
          ? `Once you submit it, the programme coach can review ${assessment.system.name}’s answers. They cannot be changed unless the submission is withdrawn before the review starts, or the coach returns it.`
          : 'Once you submit it, your programme coach can review your answers. You will not be able to change them unless you withdraw your submission before the review starts, or your coach returns it to you.'}
      </p>
      <form method="post" noValidate onSubmit={submit}>
        <Checkboxes
          name="declaration"
          legend="Declaration"
          legendProps={{ size: 'm' }}
          error={errorFor(form.errors, DECLARATION_FIELD_ID)}
        >
          <Checkboxes.Item
            id={DECLARATION_FIELD_ID}
            value="confirmed"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
          >
            {voice.onBehalf
              ? `I confirm that these answers are accurate and have been agreed by ${assessment.system.name}`
              : 'I confirm that these answers are accurate and have been agreed by our ICS'}
          </Checkboxes.Item>
        </Checkboxes>
        <Button type="submit">Submit assessment</Button>
      </form>
    </>
  );
}
