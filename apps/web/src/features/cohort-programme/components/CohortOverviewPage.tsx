import { isEditable } from '@idt/domain';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AssessmentStatusTag } from '../../../components/AssessmentStatusTag';
import { ChartDownloads, ChartFigure } from '../../../components/ChartFigure';
import { ContentsList } from '../../../components/ContentsList';
import { DataTable } from '../../../components/DataTable';
import { DetailPage } from '../../../components/DetailPage';
import { onBehalfSentence } from '../../../lib/assessment-words';
import { fileSlug } from '../../../lib/csv';
import { formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useCohortOverview, type CohortMember, type CohortOverview } from '../api/get-cohort-overview';
import { useRecordOnBehalf } from '../api/record-on-behalf';
import { cycleIdFrom, formatDelta, formatFigure, learningProgrammePath } from '../utils/format';
import { assessmentStatusWords } from '../../../lib/assessment-status';
import { heatmapCell, heatmapCsv, heatmapSummary, rowStatus } from '../utils/heatmap';
import { calibrationText, movementCsv, movementRows, movementSummary } from '../utils/movement';
import { CyclePicker } from './CyclePicker';
import { Heatmap } from './Heatmap';
import './cohort-programme.css';

const SECTIONS = [
  { id: 'status-heading', label: 'Assessments' },
  { id: 'heatmap-heading', label: 'Scores by domain' },
  { id: 'calibration-heading', label: 'Calibration' },
  { id: 'movement-heading', label: 'Movement since the previous cycle' },
];

/**
 * A cohort in one cycle, for its coaches, admins and national viewers (anyone else gets "Page not found", as the API
 * answers): every ICS's assessment status (and the assisted route), an ICS × domain heatmap, calibration and
 * movement since the previous cycle.
 */
export function CohortOverviewPage({ cohortId }: { cohortId: string }) {
  const [params] = useSearchParams();
  const cycleId = cycleIdFrom(params);
  const overview = useCohortOverview(cohortId, cycleId);
  return (
    <DetailPage
      back={{ to: `/cohorts/${encodeURIComponent(cohortId)}`, label: 'Back to the cohort' }}
      query={overview}
      title={(data) => (data ? `Cohort view: ${data.cohortName}` : 'Cohort view')}
      what="the cohort view"
    >
      {(data, { form }) => <OverviewContent overview={data} updating={overview.isPlaceholderData} onProblems={form.show} />}
    </DetailPage>
  );
}

function OverviewContent({
  overview,
  updating,
  onProblems,
}: {
  overview: CohortOverview;
  updating: boolean;
  onProblems: (problems: readonly FormError[]) => void;
}) {
  const cycle = overview.cycle;
  return (
    <div aria-busy={updating} className="app-cohort-overview">
      <CyclePicker cycles={overview.cycles} cycleId={cycle?.id ?? null} />
      {!cycle ? (
        <p>None of this cohort&apos;s ICSs has taken part in an assessment cycle yet.</p>
      ) : (
        <>
          <p className="app-cohort-overview__cycle">
            <span data-testid="overview-cycle">{cycle.name}</span>
          </p>
          {cycle.illustrative ? (
            <p className="nhsuk-inset-text" data-testid="illustrative-callout">
              Illustrative data: made up for demonstration. It does not describe any real ICS.
            </p>
          ) : null}
          <ul className="nhsuk-list app-cohort-overview__links">
            <li>
              <Link to={learningProgrammePath(overview.cohortId, cycle.id)}>Plan the learning programme for {cycle.name}</Link>
            </li>
            <li>
              <Link to="/canvas/print">Print the canvas as a paper form</Link> (to complete with an ICS on the assisted route)
            </li>
          </ul>
          <ContentsList sections={SECTIONS} />
          <StatusSection overview={overview} onProblems={onProblems} />
          <HeatmapSection overview={overview} cycleName={cycle.name} />
          <CalibrationSection members={overview.members} />
          <MovementSection overview={overview} cycleName={cycle.name} />
        </>
      )}
    </div>
  );
}

function StatusSection({ overview, onProblems }: { overview: CohortOverview; onProblems: (problems: readonly FormError[]) => void }) {
  const record = useRecordOnBehalf();
  const navigate = useNavigate();
  const start = (member: CohortMember) => {
    if (record.isPending || !member.assessmentId || member.version === null || member.version === undefined) return;
    record.mutate(
      { assessmentId: member.assessmentId, expectedVersion: member.version },
      {
        onSuccess: (assessment) => void navigate(`/assessments/${encodeURIComponent(assessment.id)}`),
        onError: (error) => onProblems(formErrorsFrom(error, {})),
      },
    );
  };
  return (
    <section aria-labelledby="status-heading" className="app-cohort-section">
      <h2 id="status-heading">Assessments</h2>
      <p>
        Each ICS&apos;s self-assessment in this cycle. A coach can record a draft on an ICS&apos;s behalf (the assisted
        route), for example from a paper form completed together.
      </p>
      <p>
        Once you start recording, you can see and change the ICS&apos;s draft answers, and its ICS leads are told at once, in
        IDT Canvas and by email.
      </p>
      <div className="app-table-scroll" role="region" aria-labelledby="status-caption" tabIndex={0}>
        <DataTable
          caption={`Assessments of the ICSs in ${overview.cohortName}`}
          captionId="status-caption"
          testId="status-table"
          rows={overview.members}
          rowKey={(m) => m.systemId}
          rowTestId="status-row"
          rowAttributes={(m) => ({ 'data-system': m.systemName })}
          columns={[
            { header: 'ICS', rowHeader: true, cell: (m) => m.systemName },
            {
              header: 'Status',
              cell: (m) =>
                m.status ? <AssessmentStatusTag status={m.status} data-testid="member-status" /> : <span data-testid="member-status">{assessmentStatusWords(null)}</span>,
            },
            {
              header: 'Submitted',
              cell: (m) => (m.submittedAt ? formatDate(m.submittedAt) : <span className="nhsuk-u-secondary-text-colour">Not submitted</span>),
            },
            {
              header: <span className="nhsuk-u-visually-hidden">Assisted route</span>,
              cell: (m) => (
                <>
                  {m.recordedOnBehalfBy ? (
                    <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" data-testid="recorded-on-behalf">
                      {onBehalfSentence(
                        { name: m.recordedOnBehalfBy, since: m.recordedOnBehalfSince },
                        { systemName: m.systemName, toLead: false, ongoing: m.status !== null && isEditable(m.status) },
                      )}
                    </p>
                  ) : null}
                  {m.canRecordOnBehalf ? (
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                      onClick={() => start(m)}
                    >
                      Record on behalf of {m.systemName}
                    </button>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </div>
    </section>
  );
}

function HeatmapSection({ overview, cycleName }: { overview: CohortOverview; cycleName: string }) {
  const { members, domains } = overview;
  return (
    <section aria-labelledby="heatmap-heading" className="app-cohort-section">
      <h2 id="heatmap-heading">Scores by domain</h2>
      <p>
        Each ICS&apos;s score (0 to 100) in each domain of the canvas, from its submitted self-assessment (or the
        coach&apos;s moderated levels once validated). Drafts stay private to their ICS until they are submitted.
      </p>
      <ChartFigure
        name="the heatmap"
        summary={heatmapSummary(cycleName, members, domains)}
        exported={{
          title: `${overview.cohortName}: scores by domain`,
          cycle: cycleName,
          method: 'Scores 0–100 from each submitted self-assessment (or the coach’s moderated levels once validated)',
          stamp: overview.cycle?.illustrative ? 'Illustrative data' : null,
          legend: [0, 25, 50, 75, 100].map((score) => ({ label: `Score ${score}`, colour: heatmapCell('', { key: '', number: 0, title: '' }, score).fill })),
        }}
        fileName={fileSlug(overview.cohortName, 'heatmap', cycleName)}
        csv={() => heatmapCsv(cycleName, members, domains)}
        table={<HeatmapTable overview={overview} cycleName={cycleName} />}
      >
        {(svgRef) => <Heatmap members={members} domains={domains} cycleName={cycleName} svgRef={svgRef} />}
      </ChartFigure>
    </section>
  );
}

function HeatmapTable({ overview, cycleName }: { overview: CohortOverview; cycleName: string }) {
  const { members, domains } = overview;
  return (
    <div className="app-table-scroll" role="region" aria-labelledby="heatmap-table-caption" tabIndex={0}>
      <table className="nhsuk-table app-heatmap-table" data-testid="heatmap-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id="heatmap-table-caption">
          {`Domain scores (0 to 100), ${cycleName}`}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              ICS
            </th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              Overall
            </th>
            {domains.map((d) => (
              <th key={d.key} scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                {`${d.number}. ${d.title}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {members.map((m) => {
            const status = rowStatus(m);
            return (
              <tr key={m.systemId} className="nhsuk-table__row" data-testid="heatmap-table-row" data-system={m.systemName}>
                <th scope="row" className="nhsuk-table__cell">
                  {m.systemName}
                </th>
                {status.scored ? (
                  <>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatFigure(m.overallScore)}</td>
                    {domains.map((d) => {
                      const score = m.domainScores.find((s) => s.domainKey === d.key);
                      return (
                        <td key={d.key} className="nhsuk-table__cell nhsuk-table__cell--numeric" data-domain={d.key}>
                          {formatFigure(score?.score)}
                          {score?.incomplete ? <span className="nhsuk-u-visually-hidden"> (incomplete)</span> : null}
                          {score?.incomplete ? <span aria-hidden="true">*</span> : null}
                        </td>
                      );
                    })}
                  </>
                ) : (
                  <td className="nhsuk-table__cell" colSpan={domains.length + 1}>
                    {status.reason}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CalibrationSection({ members }: { members: readonly CohortMember[] }) {
  return (
    <section aria-labelledby="calibration-heading" className="app-cohort-section">
      <h2 id="calibration-heading">Calibration</h2>
      <p>
        How far each ICS&apos;s self-assessed levels are from the coach&apos;s moderated levels: the mean of self-assessed level minus
        moderated level over the criteria with both, in points out of 100 (a maturity level is 25 points). A positive
        number means the self-assessment was rosier than the coach found; a negative one, harsher.
      </p>
      <DataTable
        caption="Calibration of each ICS's self-assessment"
        testId="calibration-table"
        rows={members}
        rowKey={(m) => m.systemId}
        rowTestId="calibration-row"
        rowAttributes={(m) => ({ 'data-system': m.systemName })}
        columns={[
          { header: 'ICS', rowHeader: true, cell: (m) => m.systemName },
          { header: 'Self minus moderated', cell: (m) => calibrationText(m.calibration) },
        ]}
      />
    </section>
  );
}

function MovementSection({ overview, cycleName }: { overview: CohortOverview; cycleName: string }) {
  const previous = overview.previousCycle?.name ?? null;
  const rows = movementRows(overview.members);
  return (
    <section aria-labelledby="movement-heading" className="app-cohort-section">
      <h2 id="movement-heading">Movement since the previous cycle</h2>
      <p data-testid="movement-summary">{movementSummary(rows, previous, cycleName)}</p>
      {previous ? (
        <>
          <DataTable
            caption={`Overall scores, ${previous} and ${cycleName}`}
            testId="movement-table"
            rows={rows}
            rowKey={(_, i) => overview.members[i].systemId}
            rowTestId="movement-row"
            rowAttributes={(r) => ({ 'data-system': r.systemName })}
            columns={[
              { header: 'ICS', rowHeader: true, cell: (r) => r.systemName },
              { header: previous, numeric: true, cell: (r) => formatFigure(r.previous) },
              { header: cycleName, numeric: true, cell: (r) => formatFigure(r.current) },
              {
                header: 'Change',
                numeric: true,
                cell: (r) => (
                  <>
                    {formatDelta(r.change)}
                    {r.direction ? <span className="nhsuk-u-visually-hidden">{` (${r.direction === 'same' ? 'no change' : r.direction === 'up' ? 'improved' : 'fell back'})`}</span> : null}
                  </>
                ),
              },
            ]}
          />
          <ChartDownloads
            name="the movement table"
            fileName={fileSlug(overview.cohortName, 'movement', cycleName)}
            csv={() => movementCsv(rows, previous, cycleName)}
          />
        </>
      ) : null}
    </section>
  );
}
