import { useState } from 'react';
import { ChartDownloads } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { csvNumber, fileSlug, toCsv } from '../../../lib/csv';
import { filterMoves, moveBreakdown, moveGroups, REGION_NOT_SHOWN, scoreChange, type SystemMove, type MoveBreakdownRow } from '../utils/movement';
import { ADOPTER_CATEGORY_LABELS, formatScore, UNNAMED_ICS } from '../utils/styles';

const DIRECTION_WORDS: Readonly<Record<string, string>> = { UP: 'Moved up', DOWN: 'Moved down', SAME: 'Stayed' };
const UNNAMED_POOL = 'ICSs that keep their name private';

const signed = (n: number | null): string => (n === null ? 'Not shown' : `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatScore(Math.abs(n))}`);

/**
 * Which ICSs moved between the two cycles, and how: each ICS's category and overall score in both, narrowed by
 * region and by cohort, with counts per region and per cohort and a CSV of the rows shown. An ICS this person does
 * not see by name is listed by its move alone: no region, cohort or score (the API sends none).
 */
export function WhoMoved({
  moves,
  fromName,
  toName,
  methodDescription,
}: {
  moves: readonly SystemMove[];
  fromName: string;
  toName: string;
  methodDescription: string;
}) {
  const [region, setRegion] = useState('');
  const [cohort, setCohort] = useState('');
  const groups = moveGroups(moves);
  const shown = filterMoves(moves, { region: groups.regions.includes(region) ? region : '', cohort: groups.cohorts.includes(cohort) ? cohort : '' });
  const header = ['ICS', 'Region', 'Cohorts', `Category in ${fromName}`, `Category in ${toName}`, 'Movement', `Score in ${fromName}`, `Score in ${toName}`, 'Score change'];
  const rowOf = (m: SystemMove) => [
    m.name ?? UNNAMED_ICS,
    m.regionName ?? REGION_NOT_SHOWN,
    m.name === null ? REGION_NOT_SHOWN : m.cohortNames.join('; '),
    ADOPTER_CATEGORY_LABELS[m.from],
    ADOPTER_CATEGORY_LABELS[m.to],
    DIRECTION_WORDS[m.direction] ?? m.direction,
  ];
  const select = (id: string, label: string, value: string, options: readonly string[], all: string, change: (v: string) => void) => (
    <div className="nhsuk-form-group app-inline-field">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <select className="nhsuk-select" id={id} value={value} onChange={(event) => change(event.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div data-testid="who-moved">
      <h3>Which ICSs moved</h3>
      {moves.length === 0 ? (
        <p>There are no ICSs you can see that were placed in both cycles.</p>
      ) : (
        <>
          <p>
            {`Each ICS placed in both ${fromName} and ${toName}: its category and overall score (0–100) in each. `}
            {moves.some((m) => m.name === null)
              ? 'ICSs that keep their name private are listed by their movement only, without their region, cohorts or scores.'
              : null}
          </p>
          <form noValidate onSubmit={(event) => event.preventDefault()} aria-label="Which ICSs to list" className="app-inline-fields">
            {select('moved-region', 'Region', region, groups.regions, 'All regions', setRegion)}
            {groups.cohorts.length > 0 ? select('moved-cohort', 'Cohort', cohort, groups.cohorts, 'All cohorts', setCohort) : null}
          </form>
          <p role="status" data-testid="who-moved-count">
            {`Showing ${shown.length} of ${moves.length} ${moves.length === 1 ? 'ICS' : 'ICSs'}.`}
          </p>
          <div className="app-table-scroll" role="region" aria-labelledby="who-moved-caption" tabIndex={0}>
            <DataTable
              caption={`ICSs placed in both ${fromName} and ${toName}`}
              captionId="who-moved-caption"
              testId="who-moved-table"
              rowTestId="who-moved-row"
              rows={shown}
              rowKey={(m, i) => m.systemId ?? `unnamed-${i}`}
              columns={[
                { header: 'ICS', rowHeader: true, cell: (m) => m.name ?? <span className="app-unnamed">{UNNAMED_ICS}</span> },
                { header: 'Region', cell: (m) => m.regionName ?? REGION_NOT_SHOWN },
                { header: 'Cohorts', cell: (m) => (m.name === null ? REGION_NOT_SHOWN : m.cohortNames.join(', ') || 'None') },
                { header: `In ${fromName}`, cell: (m) => ADOPTER_CATEGORY_LABELS[m.from] },
                { header: `In ${toName}`, cell: (m) => ADOPTER_CATEGORY_LABELS[m.to] },
                { header: 'Movement', cell: (m) => DIRECTION_WORDS[m.direction] ?? m.direction },
                { header: 'Score change', numeric: true, cell: (m) => (m.fromScore === null || m.toScore === null ? 'Not shown' : `${formatScore(m.fromScore)} to ${formatScore(m.toScore)} (${signed(scoreChange(m))})`) },
              ]}
            />
          </div>
          <ChartDownloads
            name="the ICSs that moved"
            fileName={fileSlug('icss-that-moved', fromName, 'to', toName)}
            csv={() =>
              toCsv(
                ['From cycle', 'To cycle', 'Method', ...header],
                shown.map((m) => [fromName, toName, methodDescription, ...rowOf(m), csvNumber(m.fromScore), csvNumber(m.toScore), csvNumber(scoreChange(m))]),
              )
            }
          />
          <Breakdown title="By region" rows={moveBreakdown(moves, 'region', UNNAMED_POOL)} groupHeader="Region" testId="moved-by-region" />
          {groups.cohorts.length > 0 ? (
            <Breakdown title="By cohort" rows={moveBreakdown(moves, 'cohort', UNNAMED_POOL)} groupHeader="Cohort" testId="moved-by-cohort" />
          ) : null}
        </>
      )}
    </div>
  );
}

function Breakdown({ title, rows, groupHeader, testId }: { title: string; rows: readonly MoveBreakdownRow[]; groupHeader: string; testId: string }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <DataTable
        caption={`How many ICSs moved up, moved down or stayed, ${title.toLowerCase()}`}
        testId={testId}
        rows={rows}
        rowKey={(r) => `${r.unnamed ? 'unnamed:' : ''}${r.group}`}
        columns={[
          { header: groupHeader, rowHeader: true, cell: (r) => r.group },
          { header: 'Moved up', numeric: true, cell: (r) => r.up },
          { header: 'Moved down', numeric: true, cell: (r) => r.down },
          { header: 'Stayed', numeric: true, cell: (r) => r.stayed },
        ]}
      />
    </>
  );
}
