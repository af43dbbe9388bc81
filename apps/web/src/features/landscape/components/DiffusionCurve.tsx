import { area, curveMonotoneX, line } from 'd3';
import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { ScrollRegion } from '../../../components/ScrollRegion';
import type { LandscapeEntry } from '../api/get-landscape';
import { bellCurvePoints, categoryBands, layoutDots, tallestStack, type PlacedDot } from '../utils/curve-layout';
import { dotLabel, profilePath } from '../utils/labels';
import { ADOPTER_CATEGORY_LABELS, CATEGORY_STYLES, formatScore, REGION_NOT_SHOWN, regionStyle, UNNAMED_ICS } from '../utils/styles';
import { RegionLegend } from './RegionLegend';
import { regionSymbolPath } from './RegionSymbol';

const WIDTH = 960;
const MARGIN = { left: 20, right: 20, top: 24 };
/** A dot higher than this (in the drawing's units, about pixels on a desktop screen) has its tooltip below it. */
const TOOLTIP_ROOM_ABOVE = 150;
const CURVE_HEIGHT = 230;
const SPACING = 22;
const DOT_SIZE = 220;
const LABEL_SPACE = 64;

/**
 * Seed 003's Figure 1: the bell curve with Rogers' five category bands, and each visible ICS a dot in its band —
 * placed by rank, stacked when a band is full, coloured and shaped by NHS England region. D3 works out the shapes;
 * React draws them, so that every dot is a real element with an accessible name. A named ICS whose profile this
 * person may open is a link; an unnamed one is described, never identified, and is not focusable.
 */
export function DiffusionCurve({
  entries,
  counts,
  canOpenProfile,
  svgRef,
}: {
  entries: readonly LandscapeEntry[];
  counts: Readonly<Record<string, number>>;
  canOpenProfile: (entry: LandscapeEntry) => boolean;
  svgRef: RefObject<SVGSVGElement | null>;
}) {
  const titleId = useId();
  const navigate = useNavigate();
  const [active, setActive] = useState<PlacedDot<LandscapeEntry> | null>(null);

  const geometry = useMemo(() => {
    const bands = categoryBands(MARGIN.left, WIDTH - MARGIN.right);
    // Room for the tallest stack of dots or the curve, whichever is higher.
    const probe = layoutDots(entries, bands, { baseline: 0, spacing: SPACING });
    const stackHeight = tallestStack(probe, 0, SPACING) * SPACING;
    const plotHeight = Math.max(CURVE_HEIGHT, stackHeight + 8);
    const baseline = MARGIN.top + plotHeight;
    const dots = layoutDots(entries, bands, { baseline, spacing: SPACING });
    const points = bellCurvePoints(bands, { baseline, height: CURVE_HEIGHT });
    const curveArea = area<[number, number]>()
      .x((p) => p[0])
      .y0(baseline)
      .y1((p) => p[1])
      .curve(curveMonotoneX)(points);
    const curveLine = line<[number, number]>()
      .x((p) => p[0])
      .y((p) => p[1])
      .curve(curveMonotoneX)(points);
    return { bands, dots, baseline, curveArea: curveArea ?? '', curveLine: curveLine ?? '', height: baseline + LABEL_SPACE };
  }, [entries]);

  const { bands, dots, baseline, height } = geometry;
  const hide = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setActive(null);
  };

  return (
    <>
      <RegionLegend entries={entries} />
      <ScrollRegion label="The diffusion curve, which scrolls sideways">
        <div className="app-curve-frame" onKeyDown={hide} onMouseLeave={() => setActive(null)}>
          <svg
            ref={svgRef}
            viewBox={`0 0 ${WIDTH} ${height}`}
            role="group"
            aria-labelledby={titleId}
            data-testid="diffusion-curve"
            fontSize="14"
          >
            <title id={titleId}>
              The diffusion curve: each dot is one ICS, in its adopter category&apos;s band, best score on the left
            </title>
            <g aria-hidden="true">
              {bands.map((band, index) => (
                <rect
                  key={band.category}
                  x={band.x0}
                  y={MARGIN.top - 8}
                  width={band.x1 - band.x0}
                  height={baseline - MARGIN.top + 8}
                  fill={index % 2 === 0 ? '#ffffff' : '#e8edee'}
                />
              ))}
              <path d={geometry.curveArea} fill="#005eb8" fillOpacity="0.1" />
              <path d={geometry.curveLine} fill="none" stroke="#005eb8" strokeWidth="2.5" />
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={baseline} y2={baseline} stroke="#212b32" strokeWidth="1.5" />
              {bands.map((band) => (
                <line key={band.category} x1={band.x0} x2={band.x0} y1={baseline} y2={baseline + 6} stroke="#212b32" />
              ))}
              {bands.map((band, index) => {
                // The innovators' band is narrow: its label starts at its left edge; the early adopters' goes a line lower.
                const first = index === 0;
                const y = baseline + (index === 1 ? 44 : 22);
                return (
                  <text
                    key={band.category}
                    x={first ? band.x0 : (band.x0 + band.x1) / 2}
                    y={y}
                    textAnchor={first ? 'start' : 'middle'}
                    fill="#212b32"
                  >
                    <tspan fontWeight="600">{CATEGORY_STYLES[band.category].short}</tspan>
                    <tspan fill="#4c6272">{` ${band.share} % · ${counts[band.category] ?? 0}`}</tspan>
                  </text>
                );
              })}
            </g>
            {dots.map((dot) => {
              const { item } = dot;
              const style = regionStyle(item.regionName);
              const path = regionSymbolPath(style.shape, item.own ? DOT_SIZE * 1.6 : DOT_SIZE);
              const unnamed = item.systemId === null;
              const mark = (
                <>
                  <path
                    className="app-chart__focus-ring"
                    visibility="hidden"
                    d={regionSymbolPath('circle', DOT_SIZE * 4)}
                    fill="#ffeb3b"
                    stroke="#212b32"
                    strokeWidth="2"
                  />
                  <path
                    d={path}
                    fill={unnamed ? '#ffffff' : style.colour}
                    stroke={item.own ? '#212b32' : unnamed ? style.colour : '#ffffff'}
                    strokeWidth={item.own ? 3 : unnamed ? 2 : 1}
                  />
                </>
              );
              const key = `${dot.category}-${dot.indexInBand}`;
              const label = dotLabel(item);
              const show = () => setActive(dot);
              if (item.systemId && canOpenProfile(item)) {
                const href = profilePath(item.systemId);
                return (
                  <g key={key} transform={`translate(${dot.x},${dot.y})`}>
                    <a
                      id={`curve-dot-${item.systemId}`}
                      href={href}
                      aria-label={label}
                      data-testid="curve-dot"
                      data-named="true"
                      onClick={(event) => {
                        event.preventDefault();
                        void navigate(href);
                      }}
                      onFocus={show}
                      onBlur={() => setActive(null)}
                      onMouseEnter={show}
                    >
                      {mark}
                    </a>
                  </g>
                );
              }
              return (
                <g
                  key={key}
                  role="img"
                  aria-label={label}
                  transform={`translate(${dot.x},${dot.y})`}
                  data-testid="curve-dot"
                  data-named={unnamed ? 'false' : 'true'}
                  onMouseEnter={show}
                >
                  {mark}
                </g>
              );
            })}
          </svg>
          {active ? <DotTooltip dot={active} height={height} /> : null}
        </div>
      </ScrollRegion>
      <p className="nhsuk-body-s">
        Band widths follow Rogers&apos; shares of a population: 2.5, 13.5, 34, 34 and 16 %; the number after each share is
        how many ICSs are in the band. The curve shows the shape of Rogers&apos; model; the dots are the ICSs, best score
        on the left of each band. A dot drawn as an outline is an ICS that has not chosen to share its name; a dot
        with a black ring is your own ICS.
      </p>
    </>
  );
}

/** What a dot's tooltip says: the same as its accessible name, laid out. */
/**
 * The tooltip beside a dot, inside the curve's frame (which scrolls sideways on a phone, and clips what goes beyond
 * it): above the dot, or below one near the top; from a dot near either side, towards the middle.
 */
function DotTooltip({ dot, height }: { dot: PlacedDot<LandscapeEntry>; height: number }) {
  const { item } = dot;
  const below = dot.y < TOOLTIP_ROOM_ABOVE;
  const side = dot.x < WIDTH * 0.2 ? ' app-chart__tooltip--from-left' : dot.x > WIDTH * 0.8 ? ' app-chart__tooltip--from-right' : '';
  return (
    <div
      className={`app-chart__tooltip${below ? ' app-chart__tooltip--below' : ''}${side}`}
      aria-hidden="true"
      data-testid="curve-tooltip"
      style={{ left: `${(dot.x / WIDTH) * 100}%`, top: `${(dot.y / height) * 100}%` }}
    >
      <strong>{item.name ?? UNNAMED_ICS}</strong>
      {item.own ? ' (your ICS)' : null}
      <br />
      {item.regionName ?? `Region ${REGION_NOT_SHOWN.toLowerCase()}`}
      <br />
      Score {formatScore(item.overallScore)}, {item.category ? ADOPTER_CATEGORY_LABELS[item.category] : 'not placed'}
      {item.rank ? `, rank ${item.rank}` : null}
    </div>
  );
}
