import type { FixedThresholds } from '@idt/maturity';
import { Loading } from '../../../components/Loading';
import { QueryError } from '../../../components/QueryError';
import { ChartFigure } from '../../../components/ChartFigure';
import { chartStamp } from '../../../lib/chart-export';
import { fileSlug, toCsv } from '../../../lib/csv';
import type { PlacementMethod } from '../../../gql/graphql';
import type { CycleChoice } from '../api/get-landscape-choices';
import { useMovement } from '../api/get-movement';
import { isReversed, movementCsvRows, movementGrid, movementSummary } from '../utils/movement';
import { MovementChart, MovementTable } from './MovementChart';
import { WhoMoved } from './WhoMoved';

/** How ICSs moved between categories from one cycle to another, by the method picked above. */
export function MovementSection({
  cycles,
  fromCycleId,
  toCycleId,
  method,
  k,
  thresholds,
  onChange,
}: {
  cycles: readonly CycleChoice[];
  fromCycleId: string | null;
  toCycleId: string | null;
  method: PlacementMethod;
  k: number;
  thresholds: FixedThresholds;
  onChange: (change: { fromCycleId?: string; toCycleId?: string }) => void;
}) {
  const same = fromCycleId !== null && fromCycleId === toCycleId;
  // Movement runs forwards in time: a "from" after the "to" is a problem to fix, not a movement to show.
  const reversed = isReversed(cycles, fromCycleId, toCycleId);
  const fromName = cycles.find((c) => c.id === fromCycleId)?.name ?? '';
  const toName = cycles.find((c) => c.id === toCycleId)?.name ?? '';
  const movement = useMovement(fromCycleId && toCycleId && !same && !reversed ? { fromCycleId, toCycleId, method, naturalBreaksK: k, thresholds } : null);
  const select = (id: string, label: string, value: string | null, change: (v: string) => void, error?: string) => (
    <div className={`nhsuk-form-group app-inline-field${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <span className="nhsuk-error-message" id={`${id}-error`} data-testid="movement-error">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        value={value ?? ''}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => change(event.target.value)}
      >
        {value === null ? <option value="">Choose a cycle</option> : null}
        {cycles.map((cycle) => (
          <option key={cycle.id} value={cycle.id}>
            {cycle.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="movement-heading" className="app-landscape-section">
      <h2 id="movement-heading">Movement between two cycles</h2>
      <form noValidate onSubmit={(event) => event.preventDefault()} aria-label="Cycles to compare" className="app-inline-fields">
        {select(
          'movement-from',
          'From',
          fromCycleId,
          (v) => onChange({ fromCycleId: v }),
          reversed ? `Choose a "from" cycle that comes before ${toName}: ${fromName} comes after it` : undefined,
        )}
        {select('movement-to', 'To', toCycleId, (v) => onChange({ toCycleId: v }))}
      </form>
      {same ? (
        <p>Choose two different cycles to see how ICSs moved between them.</p>
      ) : reversed ? (
        <p>Movement is shown from an earlier cycle to a later one.</p>
      ) : movement.isPending ? (
        fromCycleId && toCycleId ? <Loading what="the movement between cycles" /> : <p>Choose two cycles to compare.</p>
      ) : movement.isError ? (
        <QueryError error={movement.error} what="the movement between cycles" onRetry={() => void movement.refetch()} />
      ) : (
        (() => {
          const data = movement.data;
          const grid = movementGrid(data.cells);
          const names = { fromName: data.from.name, toName: data.to.name };
          return (
            <>
              <ul className="nhsuk-list app-movement-counts" data-testid="movement-counts">
                <li>
                  Moved up: <strong>{data.movedUp}</strong>
                </li>
                <li>
                  Moved down: <strong>{data.movedDown}</strong>
                </li>
                <li>
                  Stayed: <strong>{data.stayed}</strong>
                </li>
              </ul>
              {data.acrossVersions ? (
                <div className="nhsuk-inset-text" data-testid="movement-across-versions">
                  <span className="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    <strong>This movement crosses canvas versions.</strong>{' '}
                    {data.acrossVersions.summary}
                  </p>
                </div>
              ) : null}
              <ChartFigure
                name="the movement matrix"
                minWidth={520}
                summary={movementSummary({ ...names, movedUp: data.movedUp, movedDown: data.movedDown, stayed: data.stayed })}
                method={data.methodDescription}
                exported={{
                  title: `Movement between adopter categories from ${data.from.name} to ${data.to.name}`,
                  cycle: `${data.from.name} to ${data.to.name}`,
                  stamp: chartStamp({
                    illustrative: [data.from.id, data.to.id].some((id) => cycles.find((c) => c.id === id)?.illustrative),
                    published: [data.from.id, data.to.id].every((id) => cycles.find((c) => c.id === id)?.publishedAt),
                  }),
                  legend: [
                    { label: 'Darker: more ICSs made that move', colour: '#003087' },
                    { label: 'Outlined: stayed in the same category', colour: '#212b32', mark: 'outline' },
                  ],
                }}
                fileName={fileSlug('movement', data.from.name, 'to', data.to.name)}
                csv={() =>
                  toCsv(
                    ['From cycle', 'To cycle', 'Method', 'From', 'To', 'Direction', 'ICSs'],
                    movementCsvRows(grid).map((row) => [data.from.name, data.to.name, data.methodDescription, ...row]),
                  )
                }
                table={<MovementTable grid={grid} {...names} />}
              >
                {(svgRef) => <MovementChart grid={grid} {...names} svgRef={svgRef} />}
              </ChartFigure>
              <WhoMoved moves={data.moves} fromName={data.from.name} toName={data.to.name} methodDescription={data.methodDescription} />
            </>
          );
        })()
      )}
    </section>
  );
}
