import { ASSESSMENT_STATUSES } from '@idt/domain';
import { Table } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { AssessmentStatusTag } from '../../../components/AssessmentStatusTag';
import type { CoachHome } from '../api/get-home';
import { cohortOverviewPath, reviewPath } from '../utils/paths';
import { statusLabel, waitingText } from '../utils/words';
import { formatIsoDate } from '../../../lib/format';

/** A coach's section: the reviews waiting, the longest waiting first, and how far each of their cohorts has got. */
export function CoachSection({ coach }: { coach: CoachHome }) {
  const waiting = coach.reviewsWaiting;
  return (
    <section aria-labelledby="home-coach" className="app-home__section" data-testid="home-coach">
      <h2 id="home-coach">Programme coach</h2>
      <h3>Reviews waiting</h3>
      {waiting.length === 0 ? (
        <p data-testid="no-reviews-waiting">No assessments in your cohorts are waiting for review.</p>
      ) : (
        <Table responsive caption={`Waiting for review, the longest waiting first (${waiting.length})`} data-testid="reviews-waiting">
          <Table.Head>
            <Table.Row>
              <Table.Cell>ICS</Table.Cell>
              <Table.Cell>Cycle</Table.Cell>
              <Table.Cell>Status</Table.Cell>
              <Table.Cell>Waiting</Table.Cell>
              <Table.Cell>Action</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {waiting.map((item) => (
              <Table.Row key={item.assessmentId} data-testid="review-waiting-row">
                <Table.Cell>{item.systemName}</Table.Cell>
                <Table.Cell>{item.cycleName}</Table.Cell>
                <Table.Cell>
                  <AssessmentStatusTag status={item.status} />
                </Table.Cell>
                <Table.Cell>{waitingText(item.daysWaiting)}</Table.Cell>
                <Table.Cell>
                  <Link to={reviewPath(item.assessmentId)}>
                    Review<span className="nhsuk-u-visually-hidden"> {item.systemName}</span>
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <h3>Your cohorts</h3>
      {coach.cohorts.length === 0 ? (
        <p>You do not coach a cohort yet.</p>
      ) : (
        <Table responsive caption="How far each cohort’s ICSs have got in its latest cycle" data-testid="cohort-progress">
          <Table.Head>
            <Table.Row>
              <Table.Cell>Cohort</Table.Cell>
              <Table.Cell>Cycle</Table.Cell>
              {ASSESSMENT_STATUSES.map((status) => (
                <Table.Cell key={status} format="numeric">
                  {statusLabel(status)}
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {coach.cohorts.map((cohort) => (
              <Table.Row key={cohort.cohortId} data-testid="cohort-progress-row">
                <Table.Cell>
                  <Link to={cohortOverviewPath(cohort.cohortId, cohort.cycleId)}>{cohort.cohortName}</Link>
                  <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block nhsuk-u-margin-bottom-0">
                    {cohort.memberCount === 1 ? '1 ICS' : `${cohort.memberCount} ICSs`}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  {cohort.cycleName ?? 'No cycle has opened yet'}
                  {cohort.closesOn ? (
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block nhsuk-u-margin-bottom-0">
                      Closes {formatIsoDate(cohort.closesOn)}
                    </span>
                  ) : null}
                </Table.Cell>
                {ASSESSMENT_STATUSES.map((status) => (
                  <Table.Cell key={status} format="numeric">
                    {cohort.statusCounts.find((c) => c.status === status)?.count ?? 0}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
