import { scaleLinear } from 'd3';
import { useId, useState, type RefObject } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/ChartFigure';
import { IllustrativeCallout } from '../../../components/IllustrativeCallout';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { chartStamp } from '../../../lib/chart-export';
import { csvNumber, fileSlug, toCsv } from '../../../lib/csv';
import { useCrosswalkLandscape, type CrosswalkFigure, type CrosswalkLandscape } from '../api/get-crosswalk-landscape';
import { useLandscapeChoices } from '../api/get-landscape-choices';
import { nationalCrosswalkSummary, sortableCrosswalkRow } from '../utils/crosswalk';
import { profilePath } from '../utils/labels';
import { formatScore } from '../utils/styles';
import { ariaSort, nextSort, sortEntries, type SortKey, type SortState } from '../utils/table-sort';
import './landscape.css';
import './crosswalk.css';

const TITLE = "The landscape in NHS England's framework";
const BASIS_LABELS: Readonly<Record<string, string>> = { MODERATED: 'Moderated by a coach', SELF: 'Self-assessed' };

/**
 * Every ICS and the nation in the five domains of NHS England's "Inclusive digital healthcare" framework, for one cycle
 * (ADR 0025): the nation's median and middle half per domain (chart, summary, table) and a sortable table of every ICS.
 * For national viewers and admins; the cycle lives in the address (`?cycle=`).
 */
export function CrosswalkLandscapePage({ nationalView }: { nationalView: boolean }) {
  const [params, setParams] = useSearchParams();
  const choices = useLandscapeChoices();
  const cycles = choices.data?.assessmentCycles ?? [];
  const cycleId = params.get('cycle') ?? (choices.isSuccess ? choices.data.newestLandscape.cycleId : null);
  const view = useCrosswalkLandscape(nationalView ? cycleId : null);
  const chooseCycle = (id: string) => setParams(new URLSearchParams({ cycle: id }), { replace: true, preventScrollReset: true });

  return (
    <>
      <PageHeading>{TITLE}</PageHeading>
      <p className="nhsuk-lede-text">
        Every ICS&apos;s canvas scores read in the five domains of NHS England&apos;s framework for digital inclusion, with
        the middle of the nation in each.
      </p>
      <p>
        <Link to="/landscape">Back to the national landscape</Link>
      </p>
      {!nationalView ? (
        <p data-testid="crosswalk-national-only">
          Only national viewers and admins can see every ICS side by side. Your own ICS&apos;s results in NHS England&apos;s
          framework are on its profile page.
        </p>
      ) : choices.isPending ? (
        <Loading what="the assessment cycles" />
      ) : choices.isError ? (
        <QueryError error={choices.error} what="the assessment cycles" onRetry={() => void choices.refetch()} />
      ) : (
        <>
          <div className="nhsuk-form-group app-landscape-pickers">
            <label className="nhsuk-label" htmlFor="crosswalk-cycle">
              Assessment cycle
            </label>
            <select className="nhsuk-select" id="crosswalk-cycle" value={cycleId ?? ''} onChange={(event) => chooseCycle(event.target.value)}>
              {cycleId === null ? <option value="">Choose a cycle</option> : null}
              {cycles.map((cycle) => (
                <option key={cycle.id} value={cycle.id}>
                  {cycle.name}
                  {cycle.publishedAt ? '' : ' (provisional)'}
                </option>
              ))}
            </select>
          </div>
          {cycleId === null ? (
            <p>No assessment cycle has any figures yet.</p>
          ) : view.isPending ? (
            <Loading what="the scores" />
          ) : view.isError ? (
            <QueryError error={view.error} what="the scores" onRetry={() => void view.refetch()} />
          ) : view.data.crosswalkLandscape.citation === null ? (
            <p data-testid="crosswalk-none">
              No published canvas version is linked to NHS England&apos;s framework yet, so these scores cannot be worked out.
              Canvas version 2 adds that link; an admin publishes it from &ldquo;Canvas versions&rdquo;.
            </p>
          ) : (
            <CrosswalkContent view={view.data.crosswalkLandscape} />
          )}
        </>
      )}
    </>
  );
}

function CrosswalkContent({ view }: { view: CrosswalkLandscape }) {
  const cycleName = view.cycle.name;
  const title = (view.citation ?? '').replace(/^[^,]*\(\d{4}\),\s*/, '');
  return (
    <>
      {view.illustrative ? <IllustrativeCallout /> : null}
      <p>
        <strong className={`nhsuk-tag ${view.published ? 'nhsuk-tag--green' : 'nhsuk-tag--yellow'}`}>{view.published ? 'Published' : 'Provisional'}</strong>{' '}
        {view.published ? `${cycleName} is published.` : `${cycleName} is not yet published: ICSs may still correct their figures.`}
      </p>
      <p>
        The framework is <cite>{title}</cite> (NHS England, 2023). Each ICS&apos;s score in a domain is the average level of
        the canvas criteria that bear on that domain, on the same 0 to 100 scale as the canvas scores.
        {view.mappingNote ? ` ${view.mappingNote}` : ''}
      </p>
      <NationSection view={view} />
      <SystemsSection view={view} />
    </>
  );
}

function NationSection({ view }: { view: CrosswalkLandscape }) {
  const cycleName = view.cycle.name;
  return (
    <section aria-labelledby="crosswalk-nation-heading" className="app-landscape-section">
      <h2 id="crosswalk-nation-heading">The nation</h2>
      <p>Each domain&apos;s median score across the ICSs with a score, and the middle half of them (lower to upper quartile).</p>
      <ChartFigure
        name="the nation in NHS England's framework"
        summary={nationalCrosswalkSummary(cycleName, view.systems.length, view.figures)}
        exported={{
          title: `The nation in NHS England's framework, ${cycleName}`,
          cycle: `${cycleName}${view.published ? '' : ' (provisional)'}`,
          method: `Median and quartiles of the ICSs' scores in each domain of ${view.citation}`,
          stamp: chartStamp({ illustrative: view.illustrative, published: view.published }),
          legend: [
            { label: 'Middle half of ICSs', colour: '#aeb7bd' },
            { label: 'Median', colour: '#212b32', mark: 'line' },
          ],
        }}
        fileName={fileSlug('nation', 'nhs-england-framework', cycleName)}
        csv={() =>
          toCsv(
            ['Cycle', 'Domain', 'ICSs with a score', 'Lower quartile', 'Median', 'Upper quartile'],
            view.figures.map((f) => [cycleName, f.title, f.count, csvNumber(f.lowerQuartile), csvNumber(f.median), csvNumber(f.upperQuartile)]),
          )
        }
      >
        {(svgRef) => <NationChart figures={view.figures} svgRef={svgRef} />}
      </ChartFigure>
      <div className="app-table-scroll" role="region" aria-labelledby="crosswalk-nation-caption" tabIndex={0}>
        <table className="nhsuk-table" data-testid="crosswalk-nation-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s" id="crosswalk-nation-caption">
            {`The nation in NHS England's framework, ${cycleName}`}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              {['Domain', 'ICSs with a score', 'Lower quartile', 'Median', 'Upper quartile'].map((h, i) => (
                <th key={h} scope="col" className={`nhsuk-table__header${i > 0 ? ' nhsuk-table__header--numeric' : ''}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {view.figures.map((f) => (
              <tr key={f.key} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__cell">
                  {f.title}
                </th>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{f.count}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatScore(f.lowerQuartile)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatScore(f.median)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatScore(f.upperQuartile)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Drawn in a box this wide, shown no wider than MAX_WIDTH px (its words stay at a reading size on a phone and on a desktop). */
const WIDTH = 360;
const MAX_WIDTH = 480;
const ROW = 48;

/** Per domain, its name above a band from the lower to the upper quartile, with the median as a tick, on 0–100. */
function NationChart({ figures, svgRef }: { figures: readonly CrosswalkFigure[]; svgRef: RefObject<SVGSVGElement | null> }) {
  const titleId = useId();
  const plot = WIDTH - 10;
  const x = scaleLinear().domain([0, 100]).range([0, plot]);
  const height = 4 + figures.length * ROW + 24;
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${WIDTH} ${height}`}
      style={{ maxWidth: MAX_WIDTH }}
      role="group"
      aria-labelledby={titleId}
      data-testid="crosswalk-nation-chart"
      fontSize="13"
    >
      <title id={titleId}>Median and middle half of ICSs in each domain of NHS England&apos;s framework, 0 to 100</title>
      <g aria-hidden="true">
        {x.ticks(5).map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y1={22} y2={height - 20} stroke="#d8dde0" />
            <text y={height - 6} textAnchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'} fontSize="12" fill="#4c6272">
              {t}
            </text>
          </g>
        ))}
      </g>
      {figures.map((f, i) => {
        const y = 4 + i * ROW;
        const label =
          f.median === null
            ? `${f.title}: no ICS has a score`
            : `${f.title}: median ${formatScore(f.median)}, middle half ${formatScore(f.lowerQuartile)} to ${formatScore(f.upperQuartile)}, over ${f.count} ICSs`;
        return (
          <g key={f.key} transform={`translate(0,${y})`} role="img" aria-label={label} data-testid="crosswalk-nation-bar">
            <text y={14} fill="#212b32">
              {f.title}
            </text>
            {f.lowerQuartile !== null && f.upperQuartile !== null ? (
              <rect x={x(f.lowerQuartile)} y={20} width={Math.max(2, x(f.upperQuartile) - x(f.lowerQuartile))} height={18} fill="#aeb7bd" />
            ) : null}
            {f.median !== null ? <rect x={x(f.median) - 2} y={17} width={4} height={24} fill="#212b32" /> : null}
          </g>
        );
      })}
    </svg>
  );
}

function SystemsSection({ view }: { view: CrosswalkLandscape }) {
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'ascending' });
  const rows = sortEntries(view.systems.map(sortableCrosswalkRow), sort);
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'name', label: 'ICS' },
    { key: 'region', label: 'Region' },
    ...view.figures.map((f) => ({ key: `domain:${f.key}` as SortKey, label: f.title, numeric: true })),
  ];
  const captionId = 'crosswalk-systems-caption';
  return (
    <section aria-labelledby="crosswalk-systems-heading" className="app-landscape-section">
      <h2 id="crosswalk-systems-heading">Every ICS</h2>
      {view.systems.length === 0 ? (
        <p>No ICS has submitted an assessment in {view.cycle.name} yet.</p>
      ) : (
        <>
          <p>
            Scores from 0 to 100. Press a column&apos;s heading to sort by it, and again to reverse. A score marked * stands on
            fewer than half of its criteria: read it with care.
          </p>
          <div className="app-table-scroll app-landscape-table-wide" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="nhsuk-table app-landscape-table app-crosswalk-table" data-testid="crosswalk-systems-table">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
                {`Every ICS in NHS England's framework, ${view.cycle.name}`}
                <span className="nhsuk-u-visually-hidden">{`, sorted by ${columns.find((c) => c.key === sort.key)?.label ?? ''}, ${sort.direction}`}</span>
              </caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  {columns.map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      className={`nhsuk-table__header${column.numeric ? ' nhsuk-table__header--numeric' : ''}`}
                      aria-sort={ariaSort(sort, column.key)}
                    >
                      <button type="button" className="app-sort-button" data-sort-key={column.key} onClick={() => setSort(nextSort(sort, column.key))}>
                        {column.label}
                        <span aria-hidden="true">{sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}</span>
                      </button>
                    </th>
                  ))}
                  <th scope="col" className="nhsuk-table__header">
                    Basis
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {rows.map((row) => (
                  <tr key={row.systemId} className="nhsuk-table__row" data-testid="crosswalk-row">
                    <th scope="row" className="nhsuk-table__cell app-landscape-table__name">
                      <Link to={profilePath(row.systemId)}>{row.name}</Link>
                    </th>
                    <td className="nhsuk-table__cell">{row.regionName}</td>
                    {view.figures.map((f) => {
                      const score = row.scores.find((s) => s.key === f.key);
                      return (
                        <td key={f.key} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                          {formatScore(score?.score ?? null)}
                          {score?.incomplete && score.score !== null ? (
                            <>
                              <span aria-hidden="true">*</span>
                              <span className="nhsuk-u-visually-hidden"> (read with care)</span>
                            </>
                          ) : null}
                        </td>
                      );
                    })}
                    <td className="nhsuk-table__cell">{BASIS_LABELS[row.basis] ?? row.basis}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
