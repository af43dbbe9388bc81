import { isEditable } from '@idt/domain';
import { Table } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { AssessmentStatusTag } from '../../../components/AssessmentStatusTag';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { onBehalfSentence } from '../../../lib/assessment-words';
import { formatIsoDate } from '../../../lib/format';
import { useMyAssessments } from '../api/get-my-assessments';
import { taskListPath } from '../utils/paths';
import { toContinue } from '../utils/assessment-list';
import './assessments.css';

/** The assessments of the ICS (or ICSs) the signed-in person leads; the one to work on now comes first. */
export function AssessmentsPage() {
  const assessments = useMyAssessments();
  return (
    <>
      <PageHeading>Your assessments</PageHeading>
      {assessments.isPending ? (
        <Loading what="your assessments" />
      ) : assessments.isError ? (
        <QueryError error={assessments.error} what="your assessments" onRetry={() => void assessments.refetch()} />
      ) : assessments.data.length === 0 ? (
        <p>There are no assessments for your ICS yet. An admin opens each assessment cycle, and yours will be here then.</p>
      ) : (
        <AssessmentList assessments={assessments.data} />
      )}
    </>
  );
}

type MyAssessment = NonNullable<ReturnType<typeof useMyAssessments>['data']>[number];

function AssessmentList({ assessments }: { assessments: readonly MyAssessment[] }) {
  const current = toContinue(assessments);
  return (
    <>
      {current.map(({ assessment, completed, total }) => (
        <div key={assessment.id} className="nhsuk-card nhsuk-card--clickable" data-testid="current-assessment">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading nhsuk-heading-m">
              <Link className="nhsuk-card__link" to={taskListPath(assessment.id)}>
                {completed === 0 ? 'Start' : 'Continue'} your self-assessment for {assessment.cycle.name}
              </Link>
            </h2>
            <p className="nhsuk-card__description">
              {assessment.status === 'RETURNED' ? 'Returned to you by your coach. ' : ''}
              {assessment.system.name}: {completed} of {total} domains completed. The cycle closes on{' '}
              {formatIsoDate(assessment.cycle.closesOn)}.
            </p>
            {assessment.recordedOnBehalfBy ? (
              <p className="nhsuk-card__description" data-testid="recorded-on-behalf">
                {onBehalfSentence(
                  { name: assessment.recordedOnBehalfBy, since: assessment.recordedOnBehalfSince },
                  { systemName: assessment.system.name, toLead: true, ongoing: isEditable(assessment.status) },
                )}
              </p>
            ) : null}
          </div>
        </div>
      ))}
      <Table responsive caption="All your assessments" data-testid="assessments-table">
        <Table.Head>
          <Table.Row>
            <Table.Cell>Cycle</Table.Cell>
            <Table.Cell>ICS</Table.Cell>
            <Table.Cell>Closes</Table.Cell>
            <Table.Cell>Status</Table.Cell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {assessments.map((assessment) => (
            <Table.Row key={assessment.id} data-testid="assessment-row">
              <Table.Cell>
                <Link to={taskListPath(assessment.id)}>{assessment.cycle.name}</Link>
              </Table.Cell>
              <Table.Cell>{assessment.system.name}</Table.Cell>
              <Table.Cell>{formatIsoDate(assessment.cycle.closesOn)}</Table.Cell>
              <Table.Cell>
                <AssessmentStatusTag status={assessment.status} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <h2>How to get there</h2>
      <ul className="nhsuk-list" data-testid="action-plan-links">
        {[...new Map(assessments.map((a) => [a.system.id, a.system.name])).entries()].map(([id, name]) => (
          <li key={id}>
            <Link to={`/systems/${encodeURIComponent(id)}/action-plan`}>{name}&apos;s action plan</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
