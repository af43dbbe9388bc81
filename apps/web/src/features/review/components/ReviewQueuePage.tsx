import { Table } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { AssessmentStatusTag } from '../../../components/AssessmentStatusTag';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { recordedOnBehalfText } from '../../../lib/assessment-words';
import { formatDate } from '../../../lib/format';
import { readNotice } from '../../../lib/notice';
import { useReviewQueue } from '../api/get-review-queue';
import { daysWaitingLabel } from '../utils/describe';
import { reviewPath } from '../utils/paths';
import './review.css';

/** The coach's queue: submitted assessments in their cohorts (every cohort for admins), the longest waiting first. */
export function ReviewQueuePage() {
  const location = useLocation();
  const [notice] = useState<string | null>(() => readNotice(location.state));
  return (
    <>
      <PageHeading>Assessments to review</PageHeading>
      <SuccessNotice message={notice} />
      <p className="nhsuk-lede-text app-reading-width">
        Self-assessments submitted by the ICSs in your cohorts, the longest waiting first.
      </p>
      <ReviewQueueTable />
    </>
  );
}

function ReviewQueueTable() {
  const queue = useReviewQueue();
  if (queue.isPending) return <Loading what="the assessments to review" />;
  if (queue.isError) return <QueryError error={queue.error} what="the assessments to review" onRetry={() => void queue.refetch()} />;
  if (queue.data.length === 0) {
    return <p data-testid="review-queue-empty">There are no submitted assessments waiting for review.</p>;
  }
  return (
    <Table responsive caption={`Waiting for review (${queue.data.length})`} data-testid="review-queue">
      <Table.Head>
        <Table.Row>
          <Table.Cell>ICS</Table.Cell>
          <Table.Cell>Cycle</Table.Cell>
          <Table.Cell>Status</Table.Cell>
          <Table.Cell>Submitted</Table.Cell>
          <Table.Cell>Waiting</Table.Cell>
          <Table.Cell>Action</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {queue.data.map((item) => (
          <Table.Row key={item.assessmentId} data-testid="review-row">
            <Table.Cell>
              <strong>{item.systemName}</strong>
              {item.recordedOnBehalfByName ? (
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block">
                  {recordedOnBehalfText(item.recordedOnBehalfByName)}
                </span>
              ) : null}
            </Table.Cell>
            <Table.Cell>{item.cycleName}</Table.Cell>
            <Table.Cell>
              <AssessmentStatusTag status={item.status} />
            </Table.Cell>
            <Table.Cell>{formatDate(item.submittedAt)}</Table.Cell>
            <Table.Cell data-testid="days-waiting">{daysWaitingLabel(item.daysWaiting)}</Table.Cell>
            <Table.Cell>
              <Link to={reviewPath(item.assessmentId)}>Review {item.systemName}</Link>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
