import { Link } from 'react-router';
import type { AdminHome } from '../api/get-home';
import { auditTrailPath, cohortPath, landscapePath, signOffPath } from '../utils/paths';
import { adminClosingText, icsCount, submissionsSentence } from '../utils/words';

type Cycle = AdminHome['openCycles'][number];

/** An admin's section: what needs setting up, each with a link to the page where it is done. */
export function AdminSection({ admin }: { admin: AdminHome }) {
  const withoutLead = admin.systemsWithoutLead;
  return (
    <section aria-labelledby="home-admin" className="app-home__section" data-testid="home-admin">
      <h2 id="home-admin">Admin</h2>
      <h3>What needs setting up</h3>
      <dl className="nhsuk-summary-list" data-testid="admin-set-up">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Cohorts without a coach</dt>
          <dd className="nhsuk-summary-list__value" data-testid="cohorts-without-coach">
            {admin.cohortsWithoutCoach.length === 0 ? (
              'Every cohort has a coach.'
            ) : (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                {admin.cohortsWithoutCoach.map((cohort) => (
                  <li key={cohort.id}>
                    <Link to={cohortPath(cohort.id)}>{cohort.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dd className="nhsuk-summary-list__actions">
            {admin.cohortsWithoutCoach.length > 0 ? (
              <Link to="/admin/users">
                Give someone the coach role<span className="nhsuk-u-visually-hidden"> for a cohort</span>
              </Link>
            ) : null}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">ICSs without an ICS lead</dt>
          <dd className="nhsuk-summary-list__value" data-testid="systems-without-lead">
            {withoutLead.length === 0 ? (
              'Every ICS has a lead.'
            ) : (
              <details className="nhsuk-details nhsuk-u-margin-bottom-0">
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">{icsCount(withoutLead.length)}</span>
                </summary>
                <div className="nhsuk-details__text">
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {withoutLead.map((system) => (
                      <li key={system.id}>{system.name}</li>
                    ))}
                  </ul>
                </div>
              </details>
            )}
          </dd>
          <dd className="nhsuk-summary-list__actions">
            {withoutLead.length > 0 ? (
              <Link to="/admin/users">
                Give someone the ICS lead role<span className="nhsuk-u-visually-hidden"> for an ICS</span>
              </Link>
            ) : null}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Assessments waiting for review</dt>
          <dd className="nhsuk-summary-list__value" data-testid="admin-reviews-waiting">
            {admin.reviewsWaiting === 0 ? 'None' : admin.reviewsWaiting}
          </dd>
          <dd className="nhsuk-summary-list__actions">
            {admin.reviewsWaiting > 0 ? (
              <Link to="/reviews">
                Review<span className="nhsuk-u-visually-hidden"> the assessments waiting</span>
              </Link>
            ) : null}
          </dd>
        </div>
      </dl>
      <p>
        <Link to="/admin/canvas">Canvas versions</Link>: start, check and publish the next version of the canvas.
      </p>
      <h3>Open cycles</h3>
      {admin.openCycles.length === 0 ? (
        <p>No assessment cycle is open today.</p>
      ) : (
        <CycleList cycles={admin.openCycles} testId="open-cycles" />
      )}
      {admin.closedUnpublished.length > 0 ? (
        <>
          <h3>Closed, landscape not yet published</h3>
          <CycleList cycles={admin.closedUnpublished} testId="closed-unpublished" signOff />
        </>
      ) : null}
      <p>
        <Link to={auditTrailPath} data-testid="admin-audit-link">
          Read the audit trail
        </Link>
        : who did what, and when.
      </p>
    </section>
  );
}

function CycleList({ cycles, testId, signOff = false }: { cycles: readonly Cycle[]; testId: string; signOff?: boolean }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet" data-testid={testId}>
      {cycles.map((cycle) => (
        <li key={cycle.cycleId}>
          <Link to={landscapePath(cycle.cycleId)}>{cycle.cycleName}</Link>
          {cycle.cohortName ? `, for ${cycle.cohortName}` : ', for every ICS'}: {submissionsSentence(cycle.participating, cycle.statusCounts)}{' '}
          {adminClosingText(cycle.closesOn, cycle.daysLeft, cycle.closedOn)}.
          {signOff ? (
            <>
              {' '}
              <Link to={signOffPath(cycle.cycleId)}>
                Sign-off and publishing<span className="nhsuk-u-visually-hidden"> of {cycle.cycleName}</span>
              </Link>
            </>
          ) : null}
          {cycle.closingSoon ? (
            <>
              {' '}
              <strong className="nhsuk-tag nhsuk-tag--orange">Closes soon</strong>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
