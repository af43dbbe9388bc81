import { levelLabel } from '@idt/domain';
import { BackLink, Button, SummaryList } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { AssessmentHistoryTable } from '../../../components/AssessmentHistoryTable';
import { AssessmentStatusTag } from '../../../components/AssessmentStatusTag';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { LeaveWarning } from '../../../components/LeaveWarning';
import { PageHeading } from '../../../components/PageHeading';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { formErrorsFrom } from '../../../lib/form-errors';
import { formatIsoDate } from '../../../lib/format';
import { readNotice } from '../../../lib/notice';
import { UnsavedFormsContext, useUnsavedForms } from '../../../lib/unsaved-forms';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import { useCopyPreviousAnswers } from '../api/copy-previous-answers';
import type { AssessmentDetails } from '../api/get-assessment';
import { useTransitionAssessment } from '../api/transition-assessment';
import { TRANSITION_LABELS } from '../utils/describe';
import { checkAnswersPath, domainPath } from '../utils/paths';
import type { AssessmentVoice } from '../utils/voice';
import { AnswersSummary, CriterionThread, type ThreadTools } from './AnswersSummary';
import { AssessmentFrame, type AssessmentFrameParts } from './AssessmentFrame';
import { DomainTaskList } from './DomainTaskList';
import './assessments.css';

/**
 * One assessment. While it can be changed: the NHS.UK task list of the canvas's domains, then "Check your answers".
 * Once submitted: its status, its history and the answers, read-only, with "Withdraw submission" while that is open.
 */
export function AssessmentPage({ assessmentId, leadsSystems }: { assessmentId: string; leadsSystems: readonly string[] }) {
  return (
    <AssessmentFrame assessmentId={assessmentId} title="Your self-assessment" leadsSystems={leadsSystems}>
      {(assessment, parts) => <AssessmentDetailsView assessment={assessment} parts={parts} />}
    </AssessmentFrame>
  );
}

function AssessmentDetailsView({ assessment, parts: { voice, marking } }: { assessment: AssessmentDetails; parts: AssessmentFrameParts }) {
  const location = useLocation();
  const form = useFormErrors();
  const [notice, setNotice] = useState<string | null>(() => readNotice(location.state));
  const changed = (message: string) => {
    form.clear();
    setNotice(message);
  };
  // Here, not in the views below: withdrawing swaps the read-only view for the task list, and a mutation's
  // callbacks only run while the component that started it is still there.
  const copy = useCopyPreviousAnswers();
  const transition = useTransitionAssessment();
  const previous = assessment.previousCycleToCopy;
  const copyAnswers = () => {
    if (copy.isPending || !previous) return;
    copy.mutate(
      { assessmentId: assessment.id, expectedVersion: assessment.version },
      {
        onSuccess: () => changed(voice.copied(previous)),
        onError: (error) => form.show(formErrorsFrom(error, {})),
      },
    );
  };
  const withdraw = () => {
    if (transition.isPending) return;
    transition.mutate(
      { assessmentId: assessment.id, expectedVersion: assessment.version, transition: 'WITHDRAW' },
      {
        onSuccess: () => changed(voice.withdrawn),
        onError: (error) => form.show(formErrorsFrom(error, {})),
      },
    );
  };
  const completed = assessment.progress.filter((p) => p.status === 'COMPLETED').length;
  const total = assessment.framework.domains.length;
  const returned = assessment.status === 'RETURNED' ? [...assessment.history].reverse().find((h) => h.transition === 'RETURN') : undefined;
  // The review's comment threads: new problems go to the page's error summary; a comment added clears them.
  const threads: ThreadTools = { errors: form.errors, onProblems: form.show, onAdded: form.clear };
  // A reply typed and not sent yet holds leaving the page.
  const typing = useUnsavedForms();
  const guard = useLeaveGuard(typing.unsaved);

  return (
    <UnsavedFormsContext.Provider value={typing.report}>
      <BackLink asElement={Link} to={voice.backToList.to}>
        {voice.backToList.label}
      </BackLink>
      <LeaveWarning guard={guard}>
        <p>You have typed a reply that is not sent yet. If you leave now, it will be lost.</p>
      </LeaveWarning>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0} caption={`${assessment.system.name}: ${assessment.cycle.name}`}>
        {voice.heading(assessment.canEdit)}
      </PageHeading>
      {marking}
      <SuccessNotice message={notice} />
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Status</SummaryList.Key>
          <SummaryList.Value>
            <AssessmentStatusTag status={assessment.status} data-testid="assessment-status" />
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Domains completed</SummaryList.Key>
          <SummaryList.Value>
            {completed} of {total}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Cycle closes</SummaryList.Key>
          <SummaryList.Value>{formatIsoDate(assessment.cycle.closesOn)}</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
      {returned ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <strong>{voice.onBehalf ? 'The coach' : 'Your coach'} returned this assessment for changes</strong>
            {returned.actorName ? ` (${returned.actorName})` : null}.
          </p>
          {returned.reason ? <p className="app-evidence">{returned.reason}</p> : null}
        </div>
      ) : null}
      {assessment.canEdit ? (
        <>
          <CoachFeedback assessment={assessment} threads={threads} voice={voice} />
          <TaskList assessment={assessment} onCopy={copyAnswers} voice={voice} />
        </>
      ) : (
        <ReadOnlyView assessment={assessment} onWithdraw={withdraw} threads={threads} voice={voice} />
      )}
    </UnsavedFormsContext.Provider>
  );
}

function TaskList({ assessment, onCopy, voice }: { assessment: AssessmentDetails; onCopy: () => void; voice: AssessmentVoice }) {
  const previous = assessment.previousCycleToCopy;

  return (
    <>
      {previous ? (
        <section aria-labelledby="copy-heading" className="nhsuk-inset-text">
          <h2 id="copy-heading" className="nhsuk-heading-s">
            {voice.copyHeading}
          </h2>
          <p>
            {voice.onBehalf ? assessment.system.name : 'You'} completed the canvas in {previous}. You can copy those answers
            in, then change what is different now.
          </p>
          <Button type="button" secondary className="nhsuk-u-margin-bottom-0" onClick={onCopy}>
            Copy answers from {previous}
          </Button>
        </section>
      ) : null}
      <DomainTaskList
        domains={assessment.framework.domains}
        progress={assessment.progress}
        domainHref={(domainKey) => domainPath(assessment.id, domainKey)}
        checkHref={checkAnswersPath(assessment.id)}
        voice={voice}
      />
    </>
  );
}

/**
 * While the ICS changes a returned assessment: the coach's moderated levels and comments, criterion by criterion
 * (only those with any), with a way to reply. Nothing when the coach has said nothing yet.
 */
function CoachFeedback({ assessment, threads, voice }: { assessment: AssessmentDetails; threads: ThreadTools; voice: AssessmentVoice }) {
  const responses = new Map(assessment.responses.map((r) => [r.criterionKey, r]));
  const commented = new Set(assessment.reviewComments.map((c) => c.criterionKey));
  const criteria = assessment.framework.domains.flatMap((domain) =>
    domain.criteria
      .map((criterion, index) => ({ criterion, number: `${domain.number}.${index + 1}` }))
      .filter(({ criterion }) => commented.has(criterion.key) || responses.get(criterion.key)?.moderatedLevel),
  );
  if (criteria.length === 0) return null;
  return (
    <section aria-labelledby="feedback-heading" data-testid="coach-feedback">
      <h2 id="feedback-heading">{voice.feedbackHeading}</h2>
      {criteria.map(({ criterion, number }) => {
        const moderated = responses.get(criterion.key)?.moderatedLevel;
        return (
          <div key={criterion.key} className="nhsuk-u-margin-bottom-5" data-testid="feedback-criterion">
            <h3 className="nhsuk-heading-s">
              <span className="nhsuk-caption-m">
                Criterion {number}
                <span className="nhsuk-u-visually-hidden">: </span>
              </span>
              {criterion.statement}
            </h3>
            {moderated ? (
              <p data-testid="moderated-level">
                Coach&apos;s moderated level: <strong>{levelLabel(moderated)}</strong>
              </p>
            ) : null}
            <CriterionThread assessment={assessment} criterionKey={criterion.key} label={`criterion ${number}`} tools={threads} />
          </div>
        );
      })}
    </section>
  );
}

function ReadOnlyView({
  assessment,
  onWithdraw,
  threads,
  voice,
}: {
  assessment: AssessmentDetails;
  onWithdraw: () => void;
  threads: ThreadTools;
  voice: AssessmentVoice;
}) {
  const canWithdraw = assessment.availableTransitions.includes('WITHDRAW');

  return (
    <>
      {canWithdraw ? (
        <section aria-labelledby="withdraw-heading" className="nhsuk-inset-text">
          <h2 id="withdraw-heading" className="nhsuk-heading-s">
            Need to change something?
          </h2>
          <p>{voice.withdrawHint}</p>
          <Button type="button" secondary className="nhsuk-u-margin-bottom-0" onClick={onWithdraw}>
            Withdraw submission
          </Button>
        </section>
      ) : (
        <p className="app-reading-width">
          This assessment cannot be changed now. {voice.onBehalf ? 'The answers' : 'Your answers'} are shown below.
        </p>
      )}
      <AssessmentHistoryTable history={assessment.history} labels={TRANSITION_LABELS} data-testid="history" />
      <h2>{voice.answersHeading}</h2>
      <AnswersSummary assessment={assessment} changeLinks={false} headingLevel="h3" threads={threads} />
    </>
  );
}
