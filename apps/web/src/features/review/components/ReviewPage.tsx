import { REVIEW_COMMENT_MAX_LENGTH, type Transition } from '@idt/domain';
import { BackLink, Button, SummaryList } from 'nhsuk-react-components';
import { CharacterCount } from '../../../components/CharacterCount';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { AssessmentHistoryTable } from '../../../components/AssessmentHistoryTable';
import { AssessmentStatusTag } from '../../../components/AssessmentStatusTag';
import { ConfirmPanel } from '../../../components/ConfirmPanel';
import { NotFoundPage } from '../../../components/ErrorPages';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { LeaveWarning } from '../../../components/LeaveWarning';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { errorFor } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import type { NoticeState } from '../../../lib/notice';
import { readNotice } from '../../../lib/notice';
import { useFocusAfterLoading } from '../../../lib/use-focus-after-loading';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import { useReviewAssessment, type ReviewAssessment } from '../api/get-review-assessment';
import { useReviewTransition } from '../api/review-mutations';
import { countText, moderatedSentence } from '../utils/describe';
import { RETURN_REASON_ID, returnReasonProblems } from '../utils/moderation';
import { focusHeading, reviewErrorsFrom, reviewTitle } from '../utils/page';
import { reviewDomainPath, reviewsPath } from '../utils/paths';
import { RecordedOnBehalf } from './RecordedOnBehalf';
import { ReviewDomainView } from './ReviewDomainView';
import './review.css';

/** Each change of status as the coach's history names it. */
const TRANSITION_WORDS: Readonly<Record<Transition, string>> = {
  START_REVIEW: 'Review started',
  RETURN: 'Returned to the ICS',
  VALIDATE: 'Validated',
  SUBMIT: 'Submitted',
  WITHDRAW: 'Submission withdrawn',
};

/**
 * One submitted assessment under review. Without `domainKey`: the overview (status, start the review, the domains,
 * then return or validate). With it: that domain's criteria, each with the ICS's answer, the moderation form and the
 * comment thread. One page per domain keeps each page short for keyboard and screen reader users.
 */
export function ReviewPage({ assessmentId, domainKey }: { assessmentId: string; domainKey: string | null }) {
  const query = useReviewAssessment(assessmentId);
  // Focus moved to the heading shown while loading (after a navigation): it goes on to the page's own heading.
  const focus = useFocusAfterLoading(query.data !== undefined);
  // The route does not move focus when only the query string changes: going between domains does it here.
  const previousDomain = useRef(domainKey);
  useEffect(() => {
    if (previousDomain.current === domainKey) return;
    previousDomain.current = domainKey;
    focusHeading();
  }, [domainKey]);

  if (query.isError && query.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code)) {
    return <NotFoundPage />;
  }
  if (query.isPending || query.isError) {
    return (
      <div onFocus={focus.onFocus}>
        <PageHeading>Review</PageHeading>
        {query.isPending ? (
          <Loading what="the assessment" />
        ) : (
          <QueryError error={query.error} what="the assessment" onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  }
  const assessment = query.data;
  if (domainKey !== null) {
    const domain = assessment.framework.domains.find((d) => d.key === domainKey);
    if (!domain) return <NotFoundPage />;
    return <ReviewDomainView key={domain.key} assessment={assessment} domain={domain} />;
  }
  return <ReviewOverview assessment={assessment} />;
}

function ReviewOverview({ assessment }: { assessment: ReviewAssessment }) {
  const location = useLocation();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [notice, setNotice] = useState<string | null>(() => readNotice(location.state));
  const [reason, setReason] = useState('');
  const [confirmingValidate, setConfirmingValidate] = useState(false);
  const validateButton = useRef<HTMLButtonElement>(null);
  // A reason typed and not sent yet holds leaving the page.
  const guard = useLeaveGuard(reason.trim() !== '');
  const transition = useReviewTransition();
  const name = assessment.system.name;
  const can = (t: 'START_REVIEW' | 'RETURN' | 'VALIDATE') => assessment.availableTransitions.includes(t);
  const responses = new Map(assessment.responses.map((r) => [r.criterionKey, r]));
  const commentCount = (keys: readonly string[]) => assessment.reviewComments.filter((c) => keys.includes(c.criterionKey)).length;
  const moderatedCount = (keys: readonly string[]) => keys.filter((k) => responses.get(k)?.moderatedLevel).length;
  const allKeys = assessment.framework.domains.flatMap((d) => d.criteria.map((c) => c.key));

  const startReview = () => {
    if (transition.isPending) return;
    transition.mutate(
      { assessmentId: assessment.id, expectedVersion: assessment.version, transition: 'START_REVIEW' },
      {
        onSuccess: () => {
          form.clear();
          setNotice(`You have started the review. ${name} can no longer withdraw its submission.`);
          focusHeading();
        },
        onError: (error) => form.show(reviewErrorsFrom(error, {})),
      },
    );
  };
  const returnToSystem = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (transition.isPending) return;
    const problems = returnReasonProblems(reason);
    if (problems.length > 0) return form.show(problems);
    transition.mutate(
      { assessmentId: assessment.id, expectedVersion: assessment.version, transition: 'RETURN', reason },
      {
        onSuccess: () => {
          const state: NoticeState = { notice: `You returned ${name}’s self-assessment to the ICS, with what to change.` };
          guard.allowNext();
          navigate(reviewsPath, { state });
        },
        onError: (error) => form.show(reviewErrorsFrom(error, { reason: RETURN_REASON_ID })),
      },
    );
  };
  const moderated = moderatedCount(allKeys);
  const askToValidate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setConfirmingValidate(true);
  };
  const validate = () => {
    if (transition.isPending) return;
    setConfirmingValidate(false);
    transition.mutate(
      { assessmentId: assessment.id, expectedVersion: assessment.version, transition: 'VALIDATE' },
      {
        onSuccess: () => {
          const state: NoticeState = { notice: `You validated ${name}’s self-assessment.` };
          guard.allowNext();
          navigate(reviewsPath, { state });
        },
        onError: (error) => form.show(reviewErrorsFrom(error, {})),
      },
    );
  };

  return (
    <>
      <BackLink asElement={Link} to={reviewsPath}>
        Back to assessments to review
      </BackLink>
      <LeaveWarning guard={guard} focusOnStay={() => document.getElementById(RETURN_REASON_ID)}>
        <p>You have typed a reason for returning the self-assessment, but it is not sent yet. If you leave now, it will be lost.</p>
      </LeaveWarning>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>{reviewTitle(assessment)}</PageHeading>
      <SuccessNotice message={notice} />
      <RecordedOnBehalf assessment={assessment} />
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Status</SummaryList.Key>
          <SummaryList.Value>
            <AssessmentStatusTag status={assessment.status} data-testid="review-status" />
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Submitted</SummaryList.Key>
          <SummaryList.Value>{assessment.submittedAt ? formatDateTime(assessment.submittedAt) : 'Not submitted'}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Criteria moderated</SummaryList.Key>
          <SummaryList.Value data-testid="moderated-count">
            {moderatedCount(allKeys)} of {allKeys.length}
          </SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>

      {can('START_REVIEW') ? (
        <section aria-labelledby="start-heading" className="nhsuk-inset-text">
          <h2 id="start-heading" className="nhsuk-heading-s">
            Start the review
          </h2>
          <p>
            Once you start, {name} can no longer withdraw its submission. You can then give a moderated level for each
            criterion beside the ICS’s own self-assessed level.
          </p>
          <Button type="button" className="nhsuk-u-margin-bottom-0" onClick={startReview}>
            Start review
          </Button>
        </section>
      ) : assessment.canModerate ? (
        <p className="app-reading-width">
          Open each domain to see the ICS’s answers, give moderated levels and comment. The ICS’s self-assessed levels never change.
        </p>
      ) : null}

      <h2 id="domains-heading">Domains</h2>
      <ul className="nhsuk-task-list" aria-labelledby="domains-heading" data-testid="review-domains">
        {assessment.framework.domains.map((domain) => {
          const keys = domain.criteria.map((c) => c.key);
          const hintId = `review-${domain.key}-hint`;
          return (
            <li key={domain.key} className="nhsuk-task-list__item nhsuk-task-list__item--with-link" data-testid="review-domain">
              <div className="nhsuk-task-list__name-and-hint">
                <Link className="nhsuk-link nhsuk-task-list__link" to={reviewDomainPath(assessment.id, domain.key)} aria-describedby={hintId}>
                  {domain.number}. {domain.title}
                </Link>
                <div className="nhsuk-task-list__hint" id={hintId}>
                  {moderatedCount(keys)} of {keys.length} criteria moderated,{' '}
                  {countText(commentCount(keys), 'comment', 'comments', 'no comments')}
                </div>
              </div>
            </li>
          );
        })}
      </ul>

      {can('RETURN') || can('VALIDATE') ? <h2 className="nhsuk-u-margin-top-7">Finish the review</h2> : null}
      {can('RETURN') ? (
        <section aria-labelledby="return-heading">
          <h3 id="return-heading">Return to the ICS</h3>
          <p className="app-reading-width">
            {name} can then change its answers and submit again. Say what needs to change: they will see your reason.
          </p>
          <form method="post" noValidate onSubmit={returnToSystem}>
            <CharacterCount
              id={RETURN_REASON_ID}
              name="reason"
              label="Why are you returning it?"
              labelProps={{ size: 's' }}
              hint="For example, which criteria need more evidence."
              maxLength={REVIEW_COMMENT_MAX_LENGTH}
              rows={4}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={errorFor(form.errors, RETURN_REASON_ID)}
            />
            <Button type="submit" secondary>
              Return to the ICS
            </Button>
          </form>
        </section>
      ) : null}
      {can('VALIDATE') ? (
        <section aria-labelledby="validate-heading">
          <h3 id="validate-heading">Validate</h3>
          <p className="app-reading-width">
            Validating confirms the review is complete: the self-assessed levels and your moderated levels become {name}’s
            validated result for {assessment.cycle.name}.
          </p>
          {confirmingValidate ? (
            <ConfirmPanel
              heading="Validate this self-assessment?"
              headingLevel={3}
              confirm="Yes, validate"
              cancel="No, go back"
              busy={transition.isPending}
              onConfirm={validate}
              onCancel={() => {
                setConfirmingValidate(false);
                setTimeout(() => validateButton.current?.focus());
              }}
              testId="confirm-validate"
            >
              <p data-testid="validate-moderated">
                {moderatedSentence(moderated, allKeys.length)}
              </p>
              <p>
                The review is then finished: {name}’s result for {assessment.cycle.name} cannot be changed, and {name} is
                told.
              </p>
            </ConfirmPanel>
          ) : (
            <form method="post" noValidate onSubmit={askToValidate}>
              <Button type="submit" ref={validateButton}>
                Validate
              </Button>
            </form>
          )}
        </section>
      ) : null}

      {assessment.history.length > 0 ? (
        <AssessmentHistoryTable history={assessment.history} labels={TRANSITION_WORDS} data-testid="review-history" />
      ) : null}
    </>
  );
}
