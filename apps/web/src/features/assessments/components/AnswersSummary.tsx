import { SummaryList } from 'nhsuk-react-components';
import { Link } from 'react-router';
import type { AssessmentDetails, FrameworkDomain } from '../api/get-assessment';
import { asQuickCheckAnswer, emptyAnswer, savedAnswerFrom } from '../utils/answers';
import { confidenceSummary, excerpt, levelLabel, quickCheckSummary, scoreSummary, targetSummary } from '../utils/describe';
import { domainPath } from '../utils/paths';

/**
 * The saved answers, domain by domain, as NHS.UK summary lists: for "Check your answers" (with a "Change" link to
 * each domain page) and for reading an assessment that can no longer change (without).
 */
export function AnswersSummary({
  assessment,
  changeLinks,
  headingLevel = 'h2',
}: {
  assessment: AssessmentDetails;
  changeLinks: boolean;
  /** The level of each domain's heading, below the page's own headings. */
  headingLevel?: 'h2' | 'h3';
}) {
  return (
    <>
      {assessment.framework.domains.map((domain) => (
        <DomainAnswers key={domain.key} assessment={assessment} domain={domain} changeLinks={changeLinks} headingLevel={headingLevel} />
      ))}
    </>
  );
}

function DomainAnswers({
  assessment,
  domain,
  changeLinks,
  headingLevel: Heading,
}: {
  assessment: AssessmentDetails;
  domain: FrameworkDomain;
  changeLinks: boolean;
  headingLevel: 'h2' | 'h3';
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
        {domain.criteria.map((criterion) => {
          const saved = responses.get(criterion.key);
          const answer = saved ? savedAnswerFrom(saved) : emptyAnswer(criterion.key);
          const target = targetSummary(answer);
          const confidence = confidenceSummary(answer);
          return (
            <SummaryList.Row key={criterion.key} data-testid="answer-row">
              <SummaryList.Key>{criterion.statement}</SummaryList.Key>
              <SummaryList.Value>
                <p className="nhsuk-u-margin-bottom-2">
                  <strong>{scoreSummary(answer)}</strong>
                  {confidence ? ` (${confidence.toLowerCase()})` : null}
                </p>
                {answer.evidence.trim() ? (
                  <p className="nhsuk-u-margin-bottom-2 app-evidence">{excerpt(answer.evidence)}</p>
                ) : (
                  <p className="nhsuk-u-margin-bottom-2 nhsuk-u-secondary-text-colour">No evidence given</p>
                )}
                {answer.links.length > 0 ? (
                  <p className="nhsuk-u-margin-bottom-2">
                    {answer.links.length === 1 ? '1 link' : `${answer.links.length} links`} to evidence
                  </p>
                ) : null}
                {target ? <p className="nhsuk-u-margin-bottom-2">Target: {target}</p> : null}
                {saved?.moderatedScore ? (
                  <p className="nhsuk-u-margin-bottom-2">
                    Coach&apos;s moderated level: <strong>{levelLabel(saved.moderatedScore)}</strong>
                    {saved.moderatorComment ? ` – ${saved.moderatorComment}` : null}
                  </p>
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
