import { levelLabel } from '@idt/domain';
import { SummaryList } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { ReviewCommentForm, ReviewCommentList } from '../../../components/ReviewCommentList';
import { levelSummary, targetSummary } from '../../../lib/assessment-words';
import type { FormError } from '../../../lib/form-errors';
import { useReplyToReview, type AssessmentComment, type AssessmentDetails, type FrameworkDomain } from '../api/get-assessment';
import { asQuickCheckAnswer, emptyAnswer, savedAnswerFrom } from '../utils/answers';
import { confidenceSummary, excerpt, quickCheckSummary } from '../utils/describe';
import { criterionSlug } from '../utils/field-ids';
import { domainPath } from '../utils/paths';

/** What the comment threads need from the page: its form errors, and how to show new ones or confirm a comment. */
export interface ThreadTools {
  readonly errors: readonly FormError[];
  readonly onProblems: (problems: readonly FormError[]) => void;
  readonly onAdded: () => void;
}

/**
 * The saved answers, domain by domain, as NHS.UK summary lists: for "Check your answers" (with a "Change" link to
 * each domain page) and for reading an assessment that can no longer change (without). With `threads`, each
 * criterion also shows the review's comment thread, and a form to reply when the person can.
 */
export function AnswersSummary({
  assessment,
  changeLinks,
  headingLevel = 'h2',
  threads,
}: {
  assessment: AssessmentDetails;
  changeLinks: boolean;
  /** The level of each domain's heading, below the page's own headings. */
  headingLevel?: 'h2' | 'h3';
  threads?: ThreadTools;
}) {
  return (
    <>
      {assessment.framework.domains.map((domain) => (
        <DomainAnswers
          key={domain.key}
          assessment={assessment}
          domain={domain}
          changeLinks={changeLinks}
          headingLevel={headingLevel}
          threads={threads}
        />
      ))}
    </>
  );
}

function DomainAnswers({
  assessment,
  domain,
  changeLinks,
  headingLevel: Heading,
  threads,
}: {
  assessment: AssessmentDetails;
  domain: FrameworkDomain;
  changeLinks: boolean;
  headingLevel: 'h2' | 'h3';
  threads: ThreadTools | undefined;
}) {
  const responses = new Map(assessment.responses.map((r) => [r.criterionKey, r]));
  const quickCheck = new Map(assessment.quickCheckAnswers.map((a) => [a.questionKey, asQuickCheckAnswer(a.answer)]));
  const changeTo = `${domainPath(assessment.id, domain.key)}?from=check`;
  const headingId = `answers-${domain.key}`;

  return (
    <section aria-labelledby={headingId} className="app-domain-answers" data-testid="domain-answers">
      <Heading id={headingId} className="nhsuk-heading-m">
        {domain.number}. {domain.title}
      </Heading>
      <SummaryList>
        {domain.criteria.map((criterion, index) => {
          const saved = responses.get(criterion.key);
          const answer = saved ? savedAnswerFrom(saved) : emptyAnswer(criterion.key);
          const target = targetSummary(answer);
          const confidence = confidenceSummary(answer);
          return (
            <SummaryList.Row key={criterion.key} data-testid="answer-row">
              <SummaryList.Key>{criterion.statement}</SummaryList.Key>
              <SummaryList.Value>
                <p className="nhsuk-u-margin-bottom-2">
                  <strong>{levelSummary(answer)}</strong>
                  {confidence ? ` (${confidence.toLowerCase()})` : null}
                </p>
                {answer.evidence.trim() ? (
                  <p className="nhsuk-u-margin-bottom-2 app-evidence">{excerpt(answer.evidence)}</p>
                ) : (
                  <p className="nhsuk-u-margin-bottom-2 nhsuk-u-secondary-text-colour">No evidence given</p>
                )}
                {answer.links.length > 0 ? (
                  <>
                    <p className="nhsuk-u-margin-bottom-1">
                      {answer.links.length === 1 ? '1 link' : `${answer.links.length} links`} to evidence:
                    </p>
                    <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-2" data-testid="evidence-links">
                      {answer.links.map((link, i) => (
                        <li key={`${i}:${link}`} className="app-evidence-link">
                          {/* Saved links are web addresses (the API checks each), shown as typed. */}
                          <a href={link} rel="noreferrer noopener">
                            {link}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {target ? <p className="nhsuk-u-margin-bottom-2">Target: {target}</p> : null}
                {saved?.moderatedLevel ? (
                  <p className="nhsuk-u-margin-bottom-2" data-testid="moderated-level">
                    Coach&apos;s moderated level: <strong>{levelLabel(saved.moderatedLevel)}</strong>
                    {/* With the threads shown, the coach's reason is there, in order, with the replies. */}
                    {saved.moderatorComment && !threads ? ` – ${saved.moderatorComment}` : null}
                  </p>
                ) : null}
                {threads ? (
                  <CriterionThread
                    assessment={assessment}
                    criterionKey={criterion.key}
                    label={`criterion ${domain.number}.${index + 1}`}
                    tools={threads}
                  />
                ) : null}
              </SummaryList.Value>
              {changeLinks ? (
                <SummaryList.Action asElement={Link} to={changeTo} visuallyHiddenText={`the answer to: ${criterion.statement}`}>
                  Change
                </SummaryList.Action>
              ) : null}
            </SummaryList.Row>
          );
        })}
        {domain.quickCheck.map((question) => (
          <SummaryList.Row key={question.key} data-testid="quick-check-row">
            <SummaryList.Key>Quick check: {question.statement}</SummaryList.Key>
            <SummaryList.Value>{quickCheckSummary(quickCheck.get(question.key))}</SummaryList.Value>
            {changeLinks ? (
              <SummaryList.Action asElement={Link} to={changeTo} visuallyHiddenText={`the quick check answer to: ${question.statement}`}>
                Change
              </SummaryList.Action>
            ) : null}
          </SummaryList.Row>
        ))}
      </SummaryList>
    </section>
  );
}

/**
 * One criterion's thread between the ICS and its coach, oldest first, and a form to reply when the person can.
 * The coach starts a thread; the ICS answers it, so a criterion with no comments yet shows nothing here (34 empty
 * comment boxes would bury the answers).
 */
export function CriterionThread({
  assessment,
  criterionKey,
  label,
  tools,
}: {
  assessment: AssessmentDetails;
  criterionKey: string;
  /** Which criterion, for the hidden part of the button's name: "criterion 1.2". */
  label: string;
  tools: ThreadTools;
}) {
  const comments: readonly AssessmentComment[] = assessment.reviewComments.filter((c) => c.criterionKey === criterionKey);
  const reply = useReplyToReview();
  if (comments.length === 0) return null;
  return (
    <div data-testid="comment-thread">
      <ReviewCommentList comments={comments} className="nhsuk-list--border nhsuk-u-margin-bottom-3" aria-label={`Comments on ${label}`} />
      {assessment.canComment ? (
        <ReviewCommentForm
          fieldId={`${criterionSlug(criterionKey)}-reply`}
          label="Reply"
          submit={
            <>
              Reply
              <span className="nhsuk-u-visually-hidden"> on {label}</span>
            </>
          }
          small
          pending={reply.isPending}
          send={(body, callbacks) => reply.mutate({ assessmentId: assessment.id, criterionKey, body }, callbacks)}
          errors={tools.errors}
          onProblems={tools.onProblems}
          onAdded={tools.onAdded}
        />
      ) : null}
    </div>
  );
}
