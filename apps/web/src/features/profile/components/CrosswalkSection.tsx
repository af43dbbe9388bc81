import { scaleLinear } from 'd3';
import { useId, type RefObject } from 'react';
import { ChartFigure } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { chartStamp } from '../../../lib/chart-export';
import { csvNumber, fileSlug, toCsv } from '../../../lib/csv';
import { useSystemCrosswalk, type Crosswalk } from '../api/get-system-crosswalk';
import { crosswalkSummary, latestWithCrosswalk } from '../utils/crosswalk';
import { formatFigure } from '../utils/domains';

/** Drawn in a box this wide, shown no wider than MAX_WIDTH px (its words stay at a reading size on a phone and on a desktop). */
const WIDTH = 360;
const MAX_WIDTH = 480;
const ROW = 48;
const TOP = 4;
const BAR = 18;
const BLUE = '#005eb8';
const PALE = '#8cb8e0';

/**
 * The ICS's latest result that can be read in the canvas's crosswalk, in the terms of NHS England's "Inclusive digital
 * healthcare" framework (ADR 0025): a chart of its five domain scores with a summary, the scores and what each stands on
 * in a table, and a line when the levels were mapped from an earlier canvas version. Nothing when no canvas version
 * that is published has a crosswalk.
 */
export function CrosswalkSection({ systemId, name, leadsThisSystem }: { systemId: string; name: string; leadsThisSystem: boolean }) {
  const query = useSystemCrosswalk(systemId);
  const latest = query.data ? latestWithCrosswalk(query.data.systemProfile.cycles) : undefined;
  if (!latest) return null;
  const crosswalk = latest.crosswalk;
  const cycleName = latest.cycle.name;
  const title = `${leadsThisSystem ? 'Your' : `${name}'s`} results in NHS England's framework`;
  return (
    <section aria-labelledby="crosswalk-heading" className="app-profile-section" data-testid="crosswalk-section">
      <h2 id="crosswalk-heading">{title}</h2>
      <p>
        NHS England&apos;s framework, <cite>{citedTitle(crosswalk.citation)}</cite>, groups what the NHS can do about digital
        inclusion into five domains. Each score here is the average level of the canvas criteria that bear on that domain,
        on the same 0 to 100 scale as the canvas scores.
      </p>
      <p className="nhsuk-body-s" data-testid="crosswalk-cycle">
        {`Figures from ${cycleName}${latest.published ? '' : ' (provisional: not yet published)'}.`}
        {crosswalk.mappingNote ? ` ${crosswalk.mappingNote}` : ''}
      </p>
      <ChartFigure
        name="the scores in NHS England's framework"
        summary={crosswalkSummary(name, cycleName, crosswalk.domains)}
        exported={{
          title: `${name}'s scores in NHS England's framework`,
          cycle: `${cycleName}${latest.published ? '' : ' (provisional)'}`,
          method: `The average of the canvas criteria linked to each domain of ${crosswalk.citation}`,
          stamp: chartStamp({ illustrative: latest.cycle.illustrative, published: latest.published }),
          legend: [
            { label: 'Score', colour: BLUE },
            { label: 'Score to read with care', colour: PALE },
          ],
        }}
        fileName={fileSlug(name, 'nhs-england-framework', cycleName)}
        csv={() =>
          toCsv(
            ['Cycle', 'Domain', 'Score', 'Criteria with a level', 'Criteria linked', 'Basis'],
            crosswalk.domains.map((d) => [cycleName, d.title, csvNumber(d.score), d.scored, d.criteria, d.basis]),
          )
        }
      >
        {(svgRef) => <CrosswalkBars domains={crosswalk.domains} name={name} svgRef={svgRef} />}
      </ChartFigure>
      <DataTable
        caption={`${name}'s scores in NHS England's framework, ${cycleName}`}
        captionId="crosswalk-table-caption"
        testId="crosswalk-table"
        rows={crosswalk.domains}
        rowKey={(d) => d.key}
        columns={[
          { header: 'Domain', rowHeader: true, cell: (d) => d.title },
          { header: 'Score (0 to 100)', numeric: true, cell: (d) => formatFigure(d.score) },
          { header: 'What the score stands on', cell: (d) => d.basis },
        ]}
      />
    </section>
  );
}

/** "NHS England (2023), Inclusive digital healthcare: …" → the title, which the sentence cites. */
const citedTitle = (citation: string): string => citation.replace(/^[^,]*\(\d{4}\),\s*/, '');

/** One bar per domain on a 0–100 axis, the domain's name above its bar; a score to read with care is paler. */
function CrosswalkBars({ domains, name, svgRef }: { domains: Crosswalk['domains']; name: string; svgRef: RefObject<SVGSVGElement | null> }) {
  const titleId = useId();
  const plot = WIDTH - 50;
  const x = scaleLinear().domain([0, 100]).range([0, plot]);
  const height = TOP + domains.length * ROW + 24;
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${WIDTH} ${height}`}
      style={{ maxWidth: MAX_WIDTH }}
      role="group"
      aria-labelledby={titleId}
      data-testid="crosswalk-bars"
      fontSize="13"
    >
      <title id={titleId}>{`${name}'s scores in the five domains of NHS England's framework, 0 to 100`}</title>
      <g aria-hidden="true">
        {x.ticks(5).map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y1={TOP + 18} y2={height - 20} stroke="#d8dde0" />
            <text y={height - 6} textAnchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'} fontSize="12" fill="#4c6272">
              {t}
            </text>
          </g>
        ))}
      </g>
      {domains.map((d, i) => {
        const y = TOP + i * ROW;
        const label = `${d.title}: ${d.score === null ? 'no score' : `${formatFigure(d.score)} out of 100`}${d.incomplete && d.score !== null ? ', read with care' : ''}`;
        return (
          <g key={d.key} transform={`translate(0,${y})`} role="img" aria-label={label} data-testid="crosswalk-bar">
            <text y={14} fill="#212b32">
              {d.title}
            </text>
            {d.score !== null ? <rect y={20} width={Math.max(1, x(d.score))} height={BAR} fill={d.incomplete ? PALE : BLUE} /> : null}
            <text x={d.score === null ? 0 : x(d.score) + 6} y={20 + BAR - 4} fontSize="13" fill="#212b32">
              {d.score === null ? 'No score' : formatFigure(d.score)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
