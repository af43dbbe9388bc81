import { Table } from 'nhsuk-react-components';
import { Link, useLocation } from 'react-router';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { readNotice } from '../../../lib/notice';
import { useAdminCycles } from '../api/cycles';
import { canvasVersionName, cycleDate } from '../utils/cycle-form';
import { CyclePhaseTag } from './CyclePhaseTag';

/** Every assessment cycle, newest first, with where each is today; admins open new ones from here. */
export function CyclesPage() {
  const cycles = useAdminCycles();
  const location = useLocation();
  const notice = readNotice(location.state);
  return (
    <>
      <PageHeading>Assessment cycles</PageHeading>
      <SuccessNotice message={notice} />
      <p className="nhsuk-lede-text">
        A cycle is a round of the self-assessment: the ICSs taking part complete the canvas between its opening and closing
        dates. An ICS takes part in one open cycle at a time.
      </p>
      <Link to="/admin/cycles/new" className="nhsuk-button" data-testid="open-cycle-link">
        Open a cycle
      </Link>
      {cycles.isPending ? (
        <Loading what="the cycles" />
      ) : cycles.isError ? (
        <QueryError error={cycles.error} what="the cycles" onRetry={() => void cycles.refetch()} />
      ) : cycles.data.assessmentCycles.length === 0 ? (
        <p>No cycle has been opened yet.</p>
      ) : (
        <Table responsive caption={`All cycles (${cycles.data.assessmentCycles.length})`}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Cycle</Table.Cell>
              <Table.Cell>Canvas version</Table.Cell>
              <Table.Cell>Dates</Table.Cell>
              <Table.Cell>Who takes part</Table.Cell>
              <Table.Cell>Where it is</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {cycles.data.assessmentCycles.map((cycle) => {
              const framework = cycles.data.canvasFrameworks.find((f) => f.id === cycle.frameworkId);
              return (
                <Table.Row key={cycle.id} data-testid="cycle-row">
                  <Table.Cell>
                    <Link to={`/admin/cycles/${cycle.id}`}>{cycle.name}</Link>
                    {cycle.illustrative ? (
                      <>
                        {' '}
                        <strong className="nhsuk-tag nhsuk-tag--grey">Illustrative</strong>
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>{framework ? canvasVersionName(framework) : 'Unknown'}</Table.Cell>
                  <Table.Cell>
                    {cycleDate(cycle.opensOn)} to {cycleDate(cycle.closesOn)}
                  </Table.Cell>
                  <Table.Cell>{cycle.cohort ? cycle.cohort.name : 'Every ICS'}</Table.Cell>
                  <Table.Cell>
                    <CyclePhaseTag phase={cycle.phase} label={cycle.phaseLabel} />
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
