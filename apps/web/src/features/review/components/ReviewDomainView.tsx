import { CONFIDENCE_LABELS, levelLabel, MATURITY_LEVELS, REVIEW_COMMENT_MAX_LENGTH } from '@idt/domain';
import { BackLink, Button, Pagination, Radios, SummaryList } from 'nhsuk-react-components';
import { CharacterCount } from '../../../components/CharacterCount';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { LeaveWarning } from '../../../components/LeaveWarning';
import { PageHeading } from '../../../components/PageHeading';
import { levelSummary, targetSummary } from '../../../lib/assessment-words';
import { errorFor, type FormError } from '../../../lib/form-errors';
import { UnsavedFormsContext, useReportUnsaved, useUnsavedForms } from '../../../lib/unsaved-forms';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import type { ReviewAssessment, ReviewCriterion, ReviewDomain, ReviewResponse } from '../api/get-review-assessment';
import { useModerateResponse } from '../api/review-mutations';
import { isWebAddress, levelsText } from '../utils/describe';
import {
  moderationFieldIds,
  moderationInput,
  moderationProblems,
  moderationValuesFrom,
  NO_MODERATED_LEVEL,
  reviewFieldIds,
  type ModerationValues,
} from '../utils/moderation';
import { reviewErrorsFrom, reviewTitle } from '../utils/page';
import { reviewDomainPath, reviewPath } from '../utils/paths';
import { CommentThread } from './CommentThread';
import { RecordedOnBehalf } from './RecordedOnBehalf';
import './review.css';

/** One domain of a review: each criterion's answer, with the moderation form (in review) and the comment thread. */
export function ReviewDomainView({ assessment, domain }: { assessment: ReviewAssessment; domain: ReviewDomain }) {
  const form = useFormErrors();
  const domains = assessment.framework.domains;
  const index = domains.findIndex((d) => d.key === domain.key);
  const previous = index > 0 ? domains[index - 1] : null;
  const next = index < domains.length - 1 ? domains[index + 1] : null;
  const responses = new Map(assessment.responses.map((r) => [r.criterionKey, r]));
  const typing = useUnsavedForms();
  // The domain is in the address's query (`?domain=`): going to the next domain or back to the review leaves the page.
  const guard = useLeaveGuard(typing.unsaved, { pageIncludesQuery: true });

  return (
    <UnsavedFormsContext.Provider value={typing.report}>
      <BackLink asElement={Link} to={reviewPath(assessment.id)}>
        Back to the review
      </BackLink>
      <LeaveWarning guard={guard}>
        <p>You have typed a comment or a moderation that is not saved yet. If you leave now, it will be lost.</p>
      </LeaveWarning>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0} caption={`${reviewTitle(assessment)}: domain ${index + 1} of ${domains.length}`}>
        {domain.title}
      </PageHeading>
      <RecordedOnBehalf assessment={assessment} />
      <p className="nhsuk-lede-text app-reading-width">{domain.summary}</p>
      {!assessment.canModerate ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {assessment.status === 'SUBMITTED' ? (
              <>
                To give moderated levels, first <Link to={reviewPath(assessment.id)}>start the review</Link>.
              </>
            ) : (
              'Moderated levels can only be given while the assessment is in review.'
            )}
          </p>
        </div>
      ) : null}
      {domain.criteria.map((criterion, i) => (
        <CriterionReview
          key={criterion.key}
          assessment={assessment}
          criterion={criterion}
          number={`${domain.number}.${i + 1}`}
          response={responses.get(criterion.key)}
          errors={form.errors}
          onProblems={form.show}
          onSaved={form.clear}
        />
      ))}
      <Pagination aria-label="Domains">
        {previous ? (
          <Pagination.Link previous asElement={Link} to={reviewDomainPath(assessment.id, previous.key)} labelText={`${previous.number}. ${previous.title}`}>
            Previous domain
          </Pagination.Link>
        ) : null}
        {next ? (
          <Pagination.Link next asElement={Link} to={reviewDomainPath(assessment.id, next.key)} labelText={`${next.number}. ${next.title}`}>
            Next domain
          </Pagination.Link>
        ) : null}
      </Pagination>
      <p>
        <Link to={reviewPath(assessment.id)}>Back to the review</Link>
      </p>
    </UnsavedFormsContext.Provider>
  );
}

function CriterionReview({
  assessment,
  criterion,
  number,
  response,
  errors,
  onProblems,
  onSaved,
}: {
  assessment: ReviewAssessment;
  criterion: ReviewCriterion;
  number: string;
  response: ReviewResponse | undefined;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onSaved: () => void;
}) {
  const ids = reviewFieldIds(criterion.key);
  const comments = assessment.reviewComments.filter((c) => c.criterionKey === criterion.key);
  const target = response ? targetSummary(response) : null;
  const label = `criterion ${number}`;

  return (
    <section aria-labelledby={ids.heading} className="app-review-criterion" data-testid="review-criterion">
      <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
      <h2 id={ids.heading} className="nhsuk-heading-m">
        <span className="nhsuk-caption-m">
          Criterion {number}
          <span className="nhsuk-u-visually-hidden">: </span>
        </span>
        {criterion.statement}
      </h2>
      <p className="nhsuk-body-l" data-testid="levels">
        <strong>{levelsText(response)}</strong>
      </p>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>ICS’s self-assessed level</SummaryList.Key>
          <SummaryList.Value>{levelSummary(response)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Moderated level</SummaryList.Key>
          <SummaryList.Value data-testid="moderated-level">
            {response?.moderatedLevel ? levelLabel(response.moderatedLevel) : 'None given'}
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Target</SummaryList.Key>
          <SummaryList.Value>{target ?? 'No target set'}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Confidence</SummaryList.Key>
          <SummaryList.Value>{response?.confidence ? `${CONFIDENCE_LABELS[response.confidence]} confidence` : 'Not given'}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Evidence</SummaryList.Key>
          <SummaryList.Value>
            {response?.evidence.trim() ? <p className="app-review-evidence">{response.evidence}</p> : 'No evidence given'}
          </SummaryList.Value>
        </SummaryList.Row>
        {response && response.links.length > 0 ? (
          <SummaryList.Row>
            <SummaryList.Key>Links to evidence</SummaryList.Key>
            <SummaryList.Value>
              <ul className="nhsuk-list">
                {response.links.map((link) => (
                  <li key={link} className="app-review-evidence">
                    {isWebAddress(link) ? (
                      <a href={link.trim()} rel="noreferrer noopener">
                        {link}
                      </a>
                    ) : (
                      link
                    )}
                  </li>
                ))}
              </ul>
            </SummaryList.Value>
          </SummaryList.Row>
        ) : null}
      </SummaryList>
      {assessment.canModerate ? (
        response && (response.selfLevel || response.notAssessed) ? (
          <ModerationForm
            assessment={assessment}
            criterion={criterion}
            label={label}
            response={response}
            errors={errors}
            onProblems={onProblems}
            onSaved={onSaved}
          />
        ) : (
          <p className="nhsuk-u-secondary-text-colour">The ICS has not answered this criterion, so there is nothing to moderate.</p>
        )
      ) : null}
      <CommentThread
        assessmentId={assessment.id}
        criterionKey={criterion.key}
        label={label}
        comments={comments}
        canComment={assessment.canComment}
        errors={errors}
        onProblems={onProblems}
        onAdded={onSaved}
      />
    </section>
  );
}

function ModerationForm({
  assessment,
  criterion,
  label,
  response,
  errors,
  onProblems,
  onSaved,
}: {
  assessment: ReviewAssessment;
  criterion: ReviewCriterion;
  label: string;
  response: ReviewResponse;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onSaved: () => void;
}) {
  const ids = reviewFieldIds(criterion.key);
  const moderate = useModerateResponse();
  const [values, setValues] = useState<ModerationValues>(() => moderationValuesFrom(response));
  const [status, setStatus] = useState('');
  const [savedValues, setSavedValues] = useState(values);
  useReportUnsaved(ids.moderationComment, JSON.stringify(values) !== JSON.stringify(savedValues));
  const descriptor = (level: number) => criterion.levels.find((l) => l.level === level)?.descriptor;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (moderate.isPending) return;
    const problems = moderationProblems(criterion.key, values);
    if (problems.length > 0) return onProblems(problems);
    setStatus('');
    moderate.mutate(
      { assessmentId: assessment.id, expectedVersion: assessment.version, criterionKey: criterion.key, ...moderationInput(values) },
      {
        onSuccess: (state) => {
          const saved = state.responses.find((r) => r.criterionKey === criterion.key);
          setValues(moderationValuesFrom(saved));
          setSavedValues(moderationValuesFrom(saved));
          setStatus(saved?.moderatedLevel ? `Moderation saved: ${levelLabel(saved.moderatedLevel)}` : 'Moderation saved');
          onSaved();
        },
        onError: (error) => onProblems(reviewErrorsFrom(error, moderationFieldIds(criterion.key))),
      },
    );
  };

  return (
    <form method="post" noValidate onSubmit={submit} data-testid="moderation-form">
      <Radios
        name={ids.moderatedLevel}
        legend="Your moderated level"
        legendProps={{ size: 's' }}
        hint="Where you judge the ICS to be, from its evidence. The ICS’s self-assessed level stays as it is; yours sits beside it."
        error={errorFor(errors, ids.moderatedLevel)}
      >
        {MATURITY_LEVELS.map((level) => (
          <Radios.Item
            key={level}
            id={ids.moderatedLevelOption(level)}
            value={String(level)}
            checked={values.level === String(level)}
            onChange={() => setValues((v) => ({ ...v, level: String(level) }))}
            hint={descriptor(level)}
          >
            {levelLabel(level)}
          </Radios.Item>
        ))}
        <Radios.Divider>or</Radios.Divider>
        <Radios.Item
          id={ids.noModeratedLevel}
          value={NO_MODERATED_LEVEL}
          checked={values.level === NO_MODERATED_LEVEL}
          onChange={() => setValues((v) => ({ ...v, level: NO_MODERATED_LEVEL }))}
          hint="Keep the self-assessed level: no moderated level for this criterion."
        >
          No moderated level
        </Radios.Item>
      </Radios>
      <CharacterCount
        id={ids.moderationComment}
        name={ids.moderationComment}
        label="Why? (optional)"
        labelProps={{ size: 's' }}
        hint="Added to the comments below, for the ICS to read."
        maxLength={REVIEW_COMMENT_MAX_LENGTH}
        rows={3}
        value={values.comment}
        onChange={(event) => {
          const comment = event.target.value;
          setValues((v) => ({ ...v, comment }));
        }}
        error={errorFor(errors, ids.moderationComment)}
      />
      <div className="app-review-actions">
        <Button type="submit" className="nhsuk-u-margin-bottom-0">
          Save moderation<span className="nhsuk-u-visually-hidden"> for {label}</span>
        </Button>
        <p role="status" className="app-review-status nhsuk-u-margin-bottom-0" data-testid="moderation-status">
          {status}
        </p>
      </div>
    </form>
  );
}
