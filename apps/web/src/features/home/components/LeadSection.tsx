import { Link } from 'react-router';
import { AssessmentStatusTag } from '../../../components/AssessmentStatusTag';
import type { LeadHome } from '../api/get-home';
import { actionPlanPath, sharingPath, assessmentPath, domainPath } from '../utils/paths';
import { closingText, dueText, leadStatusSentence } from '../utils/words';

type Action = LeadHome['nextActions'][number];

/** An ICS lead's section: their assessment (where it stands, what is left, the closing date, what came back), their actions due. */
export function LeadSection({ lead }: { lead: LeadHome }) {
  const headingId = `home-lead-${lead.systemId}`;
  const assessment = lead.assessment;
  return (
    <section aria-labelledby={headingId} className="app-home__section" data-testid="home-lead">
      <h2 id={headingId}>ICS lead for {lead.systemName}</h2>
      {assessment ? (
        <div className="nhsuk-card" data-testid="lead-assessment">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-m">Your assessment: {assessment.cycleName}</h3>
            <p>
              <AssessmentStatusTag status={assessment.status} data-testid="lead-status-tag" />
            </p>
            <p data-testid="lead-status">{leadStatusSentence(assessment.status, assessment.recordedOnBehalfBy, assessment.criteriaAnswered > 0)}</p>
            <p data-testid="lead-closing">
              <strong>{closingText(assessment.closesOn, assessment.daysLeft)}</strong>
            </p>
            {assessment.status === 'RETURNED' ? <ReturnedItems assessment={assessment} /> : null}
            {assessment.canEdit ? (
              <>
                <p data-testid="lead-progress">
                  You have answered {assessment.criteriaAnswered} of {assessment.criteriaTotal} criteria.
                </p>
                {assessment.criteriaAnswered === 0 && assessment.domainsLeft.length > 0 ? (
                  <p data-testid="domains-left">
                    Start with{' '}
                    <Link to={domainPath(assessment.id, assessment.domainsLeft[0].domainKey)}>
                      {assessment.domainsLeft[0].number}. {assessment.domainsLeft[0].title}
                    </Link>
                    , or go through the {assessment.domainsLeft.length} domains in any order.
                  </p>
                ) : assessment.domainsLeft.length > 0 ? (
                  <>
                    <h4>Still to answer</h4>
                    <ul className="nhsuk-list nhsuk-list--bullet" data-testid="domains-left">
                      {assessment.domainsLeft.map((domain) => (
                        <li key={domain.domainKey}>
                          <Link to={domainPath(assessment.id, domain.domainKey)}>
                            {domain.number}. {domain.title}
                          </Link>{' '}
                          ({domain.answered} of {domain.total} answered)
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>Every criterion is answered: check your answers and submit.</p>
                )}
              </>
            ) : null}
            <Link className="nhsuk-button nhsuk-u-margin-bottom-0" to={assessmentPath(assessment.id)} draggable={false}>
              {!assessment.canEdit ? 'View your assessment' : assessment.criteriaAnswered === 0 ? 'Start your assessment' : 'Continue your assessment'}
            </Link>
          </div>
        </div>
      ) : (
        <p data-testid="lead-assessment">{lead.systemName} has no assessment yet: an admin opens the next cycle.</p>
      )}
      <h3>Your action plan</h3>
      {lead.overdueActions.length > 0 ? (
        <div className="nhsuk-warning-callout" data-testid="overdue-actions">
          <h4 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {lead.overdueActions.length === 1 ? '1 action is overdue' : `${lead.overdueActions.length} actions are overdue`}
            </span>
          </h4>
          <ActionList actions={lead.overdueActions} />
        </div>
      ) : null}
      {lead.nextActions.length > 0 ? (
        <>
          <h4>Next actions due</h4>
          <div data-testid="next-actions">
            <ActionList actions={lead.nextActions} />
          </div>
        </>
      ) : null}
      {lead.overdueActions.length === 0 && lead.nextActions.length === 0 ? (
        <p data-testid="no-actions-due">
          {lead.openActionCount === 0 ? 'Your plan has no actions to do yet.' : 'None of your actions has a due date coming up.'}
        </p>
      ) : null}
      <p>
        <Link to={actionPlanPath(lead.systemId)}>Go to {lead.systemName}’s action plan</Link>
        {lead.openActionCount > 0 ? ` (${lead.openActionCount} ${lead.openActionCount === 1 ? 'action' : 'actions'} not done)` : ''}
      </p>
      <p>
        <Link to={sharingPath(lead.systemId)}>Choose whether other ICSs see {lead.systemName}’s name</Link>
      </p>
    </section>
  );
}

function ActionList({ actions }: { actions: readonly Action[] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {actions.map((action) => (
        <li key={action.id}>
          {action.action}
          <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block nhsuk-u-margin-bottom-0">
            {action.dueOn ? dueText(action.dueOn) : 'No due date'}
            {action.owner ? ` · ${action.owner}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ReturnedItems({ assessment }: { assessment: NonNullable<LeadHome['assessment']> }) {
  return (
    <div className="nhsuk-warning-callout" data-testid="returned-items">
      <h4 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Returned for changes
        </span>
      </h4>
      {assessment.returnReason ? <p>Reason given: “{assessment.returnReason}”</p> : null}
      {assessment.returnedItems.length > 0 ? (
        <>
          <p>
            They commented on {assessment.returnedItems.length === 1 ? '1 criterion' : `${assessment.returnedItems.length} criteria`}:
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {assessment.returnedItems.map((item) => (
              <li key={item.criterionKey}>
                <Link to={domainPath(assessment.id, item.domainKey)}>
                  {item.domainNumber}. {item.domainTitle}
                </Link>
                : {item.criterionStatement}
                <span className="nhsuk-u-display-block">
                  “{item.comment}”{item.authorName ? ` – ${item.authorName}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
