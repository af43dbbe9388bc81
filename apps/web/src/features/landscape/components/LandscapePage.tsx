import { Link, useSearchParams } from 'react-router';
import { ChartDownloads, ChartFigure } from '../../../components/ChartFigure';
import { ContentsList } from '../../../components/ContentsList';
import { DataTable } from '../../../components/DataTable';
import { IllustrativeCallout } from '../../../components/IllustrativeCallout';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { fileSlug, toCsv } from '../../../lib/csv';
import { useLandscapeChoices, type CycleChoice } from '../api/get-landscape-choices';
import { useLandscape, type Landscape, type LandscapeEntry } from '../api/get-landscape';
import { chartStamp } from '../../../lib/chart-export';
import { categoryLegendItems, regionLegendItems } from '../utils/chart-legends';
import { landscapeCsv, landscapeTable, regionCsv } from '../utils/csv-rows';
import { withUnnamedPool } from '../utils/region-bars';
import { domainTitles, profilePath } from '../utils/labels';
import { defaultMovementCycles, landscapeSearch, parseLandscapeView, type LandscapeView } from '../utils/search-params';
import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, formatScore, REGION_NOT_SHOWN, UNNAMED_ICS, UNNAMED_POOL_ROW, type AdopterCategory } from '../utils/styles';
import { chasmSummary, curveSummary, mapSummary, regionSummary } from '../utils/summaries';
import { tileCells, tileCounts } from '../utils/tiles';
import { DiffusionCurve } from './DiffusionCurve';
import { LandscapePickers } from './LandscapePickers';
import { MovementSection } from './MovementSection';
import { RegionChart, RegionTable } from './RegionChart';
import { SortableTable, type DomainTitle } from './SortableTable';
import { TileMap } from './TileMap';
import './landscape.css';

const TITLE = 'National landscape';

const SECTIONS = [
  { id: 'curve-heading', label: 'The diffusion curve' },
  { id: 'map-heading', label: 'Map' },
  { id: 'table-heading', label: 'Table' },
  { id: 'region-heading', label: 'By region' },
  { id: 'chasm-heading', label: 'The chasm' },
  { id: 'movement-heading', label: 'Movement between two cycles' },
];

/**
 * The 42 ICSs on the diffusion curve for any cycle and placement method (PRODUCT §5): curve, map, table, regions,
 * the chasm and movement between cycles. The view lives in the address. `nationalView` people may open every ICS's
 * profile; others only their own ICSs'.
 */
export function LandscapePage({ nationalView }: { nationalView: boolean }) {
  const [params, setParams] = useSearchParams();
  const view = parseLandscapeView(params);
  const choices = useLandscapeChoices();
  const cycles = choices.data?.assessmentCycles ?? [];

  // With no cycle in the address: the newest in which this person sees any ICS (the API says which, in the same answer).
  const cycleId = view.cycleId ?? (choices.isSuccess ? choices.data.newestLandscape.cycleId : undefined);
  const landscape = useLandscape(cycleId ? { cycleId, method: view.method, naturalBreaksK: view.k, thresholds: view.thresholds } : null);

  // Each change starts from the address as it is now, not as this render saw it: a change made a moment ago (the
  // "from" cycle, say, just before the "to") may not have re-rendered the page yet, and must not be lost.
  const change = (update: Partial<LandscapeView> | ((current: LandscapeView) => Partial<LandscapeView>)) => {
    const current = parseLandscapeView(new URLSearchParams(window.location.search));
    const partial = typeof update === 'function' ? update(current) : update;
    const next = { ...current, cycleId: current.cycleId ?? cycleId, ...partial };
    setParams(landscapeSearch({ ...next, cycleId: next.cycleId ?? null }), { replace: true, preventScrollReset: true });
  };
  const canOpenProfile = (entry: LandscapeEntry | null) => !!entry && entry.systemId !== null && (nationalView || entry.own);

  return (
    <>
      <PageHeading>{TITLE}</PageHeading>
      <p className="nhsuk-lede-text">
        Where England&apos;s Integrated Care Systems are on the diffusion of innovation curve, cycle by cycle.
      </p>
      {nationalView ? (
        <p>
          <Link to={cycleId ? `/landscape/crosswalk?${new URLSearchParams({ cycle: cycleId }).toString()}` : '/landscape/crosswalk'}>Every ICS in NHS England&apos;s framework for digital inclusion</Link>: scores in its five domains.
        </p>
      ) : null}
      {choices.isPending ? (
        <Loading what="the assessment cycles" />
      ) : choices.isError ? (
        <QueryError error={choices.error} what="the assessment cycles" onRetry={() => void choices.refetch()} />
      ) : (
        <>
          <LandscapePickers cycles={cycles} cycleId={cycleId ?? null} view={view} onChange={change} />
          {cycleId === undefined ? (
            <Loading what="the landscape" />
          ) : cycleId === null ? (
            <p>No assessment cycle has any figures yet.</p>
          ) : landscape.isPending ? (
            <Loading what="the landscape" />
          ) : landscape.isError ? (
            <QueryError error={landscape.error} what="the landscape" onRetry={() => void landscape.refetch()} />
          ) : (
            <LandscapeContent
              landscape={landscape.data}
              updating={landscape.isPlaceholderData}
              cycles={cycles}
              frameworks={choices.data.canvasFrameworks}
              view={view}
              nationalView={nationalView}
              canOpenProfile={canOpenProfile}
              onChange={change}
            />
          )}
        </>
      )}
    </>
  );
}

function LandscapeContent({
  landscape,
  updating,
  cycles,
  frameworks,
  view,
  nationalView,
  canOpenProfile,
  onChange,
}: {
  landscape: Landscape;
  updating: boolean;
  cycles: readonly CycleChoice[];
  frameworks: Parameters<typeof domainTitles>[0];
  view: LandscapeView;
  nationalView: boolean;
  canOpenProfile: (entry: LandscapeEntry | null) => boolean;
  onChange: (update: Partial<LandscapeView> | ((current: LandscapeView) => Partial<LandscapeView>)) => void;
}) {
  const cycleName = landscape.cycle.name;
  const method = landscape.methodDescription;
  const domains: DomainTitle[] = domainTitles(frameworks, landscape.cycle.frameworkId);
  const entries = landscape.entries;
  const counts = categoryCountsOf(landscape);
  const context = { cycleName, methodDescription: method };
  const cells = tileCells(entries);
  const movementDefaults = defaultMovementCycles(cycles, landscape.cycle.id);
  const entryById = new Map(entries.map((e) => [e.systemId, e]));
  // Until it is published, someone without the national view sees their own ICSs and no count of anything else.
  const provisionalForYou = !landscape.published && !nationalView;
  const summary = curveSummary({ cycleName, categoryCounts: provisionalForYou ? [] : landscape.categoryCounts, entries, published: landscape.published });
  const regions = withUnnamedPool(landscape.regionCounts, entries);
  const unnamedShown = entries.some((e) => e.name === null);
  // What every downloaded chart of this cycle carries: the cycle, and a stamp when illustrative or provisional.
  const exportedAs = (title: string, legend: ReturnType<typeof categoryLegendItems>) => ({
    title: `${title}, ${cycleName}`,
    cycle: `${cycleName}${landscape.published ? '' : ' (provisional)'}`,
    stamp: chartStamp({ illustrative: landscape.illustrative, published: landscape.published }),
    legend,
  });

  return (
    <div aria-busy={updating}>
      <p role="status" className="nhsuk-u-visually-hidden">
        {updating ? 'Updating the figures…' : `Showing ${cycleName}. ${summary}`}
      </p>
      {landscape.illustrative ? <IllustrativeCallout /> : null}
      <p className="app-landscape-status">
        <span data-testid="landscape-cycle">{cycleName}</span>{' '}
        {landscape.published ? (
          <strong className="nhsuk-tag nhsuk-tag--green">Published</strong>
        ) : (
          <strong className="nhsuk-tag nhsuk-tag--yellow" data-testid="provisional-tag">
            Provisional
          </strong>
        )}
      </p>
      {!landscape.published ? (
        <p>These figures are provisional: ICSs are still checking their own figures, and they may change before they are published.</p>
      ) : null}
      {!nationalView && landscape.published ? (
        <p data-testid="unnamed-rule">
          {unnamedShown
            ? 'ICSs that keep their name private are shown without their name or region, so that none of them can be picked out.'
            : 'No ICS that keeps its name private is shown: they are shown only when at least five of them took part, so that none of them can be picked out.'}
        </p>
      ) : null}
      <p>
        <span className="nhsuk-u-font-weight-bold">Method:</span> <span data-testid="method-description">{method}</span>
      </p>
      <ContentsList sections={SECTIONS} />

      <section aria-labelledby="curve-heading" className="app-landscape-section">
        <h2 id="curve-heading">The diffusion curve</h2>
        <ChartFigure
          name="the diffusion curve"
          summary={summary}
          method={method}
          exported={exportedAs('ICSs on the diffusion curve', regionLegendItems())}
          fileName={fileSlug('diffusion-curve', cycleName)}
          csv={() => landscapeCsv(entries, domains, context)}
          table={<CurveTable entries={entries} canOpenProfile={canOpenProfile} caption={`ICSs on the diffusion curve, ${cycleName}`} />}
        >
          {(svgRef) => <DiffusionCurve entries={entries} counts={counts} canOpenProfile={canOpenProfile} svgRef={svgRef} />}
        </ChartFigure>
      </section>

      <section aria-labelledby="map-heading" className="app-landscape-section">
        <h2 id="map-heading">Map</h2>
        <ChartFigure
          name="the map"
          summary={mapSummary(tileCounts(cells), cells.length)}
          method={method}
          exported={exportedAs('Map of ICSs by adopter category', categoryLegendItems(true))}
          fileName={fileSlug('map', cycleName)}
          csv={() =>
            toCsv(
              ['Cycle', 'Method', 'Tile', 'ICS', 'Region', 'Category'],
              cells.map((c) => [cycleName, method, c.abbreviation, c.entry?.name ?? 'Not shared or no score', c.entry?.regionName ?? '', c.category ? ADOPTER_CATEGORY_LABELS[c.category] : ''],
              ),
            )
          }
          table={<MapTable cells={cells} caption={`Map tiles, ${cycleName}`} />}
        >
          {(svgRef) => <TileMap cells={cells} svgRef={svgRef} />}
        </ChartFigure>
      </section>

      <section aria-labelledby="table-heading" className="app-landscape-section">
        <h2 id="table-heading">Table</h2>
        <p>
          Every ICS you can see, with its domain scores (0–100). Press a column&apos;s heading to sort by it; the sort is kept
          in the page&apos;s address, so a link to it opens sorted the same way. {method}.
        </p>
        {entries.length === 0 ? (
          <p>There are no ICSs to show for this cycle yet.</p>
        ) : (
          <SortableTable
            entries={entries}
            domains={domains}
            canOpenProfile={canOpenProfile}
            caption={`ICSs in ${cycleName}`}
            sort={view.sort}
            onSort={(sort) => onChange({ sort })}
          />
        )}
        <ChartDownloads
          name="the table"
          fileName={fileSlug('landscape', cycleName)}
          csv={() => landscapeCsv(entries, domains, context)}
          xlsx={() => ({ sheetName: `Landscape ${cycleName}`, ...landscapeTable(entries, domains, context) })}
        />
      </section>

      <section aria-labelledby="region-heading" className="app-landscape-section">
        <h2 id="region-heading">By region</h2>
        {provisionalForYou || regions.length === 0 ? (
          <p>Regional figures are shown once the cycle is published.</p>
        ) : (
          <>
            {landscape.regionCounts.some((r) => r.namedOnly) ? (
              <p data-testid="region-named-only">
                Each region counts only its ICSs that you see by name.
                {unnamedShown ? ` ICSs that keep their name private are counted together in the last row, "${UNNAMED_POOL_ROW}".` : ''}
              </p>
            ) : null}
            <RegionTable regions={regions} caption={`ICSs in each adopter category by region, ${cycleName}`} />
            <ChartFigure
              name="the regional chart"
              summary={regionSummary(landscape.regionCounts) + poolSentence(regions.length - landscape.regionCounts.length, entries)}
              method={method}
              exported={exportedAs('ICSs in each adopter category by region', categoryLegendItems())}
              fileName={fileSlug('regions', cycleName)}
              csv={() => regionCsv(regions, context)}
            >
              {(svgRef) => <RegionChart regions={regions} svgRef={svgRef} />}
            </ChartFigure>
          </>
        )}
      </section>

      <section aria-labelledby="chasm-heading" className="app-landscape-section">
        <h2 id="chasm-heading">The chasm</h2>
        <p data-testid="chasm-summary">{provisionalForYou ? 'The chasm is shown once the cycle is published.' : chasmSummary(landscape.chasm)}</p>
        {!provisionalForYou && landscape.chasm.nearest.length > 0 ? (
          <>
            <h3>Early majority ICSs nearest to crossing it</h3>
            <DataTable
              caption="Early majority ICSs nearest to crossing the chasm"
              testId="chasm-table"
              rows={landscape.chasm.nearest}
              rowKey={(c, i) => c.systemId ?? `unnamed-${i}`}
              columns={[
                {
                  header: 'ICS',
                  rowHeader: true,
                  cell: (c) =>
                    c.systemId && c.name && canOpenProfile(entryById.get(c.systemId) ?? null) ? <Link to={profilePath(c.systemId)}>{c.name}</Link> : (c.name ?? UNNAMED_ICS),
                },
                { header: 'Score', numeric: true, cell: (c) => formatScore(c.score) },
                { header: 'Points to go', numeric: true, cell: (c) => formatScore(c.distance) },
              ]}
            />
          </>
        ) : null}
      </section>

      <MovementSection
        cycles={cycles}
        fromCycleId={view.fromCycleId ?? movementDefaults?.fromCycleId ?? null}
        toCycleId={view.toCycleId ?? movementDefaults?.toCycleId ?? null}
        method={view.method}
        k={view.k}
        thresholds={view.thresholds}
        onChange={(c) =>
          onChange((current) => ({
            fromCycleId: c.fromCycleId ?? current.fromCycleId ?? movementDefaults?.fromCycleId ?? null,
            toCycleId: c.toCycleId ?? current.toCycleId ?? movementDefaults?.toCycleId ?? null,
          }))
        }
      />
    </div>
  );
}

/** The unnamed pool's row in words, after the regions' summary: they are counted apart, without a region. */
function poolSentence(poolRows: number, entries: readonly LandscapeEntry[]): string {
  if (poolRows === 0) return '';
  const unnamed = entries.filter((e) => e.name === null).length;
  return ` ${unnamed} ICSs that keep their name private are counted apart, in the row "${UNNAMED_POOL_ROW}".`;
}

/** Per category, the count over every placed ICS; from the visible entries when the totals are not shown. */
function categoryCountsOf(landscape: Landscape): Record<AdopterCategory, number> {
  const total = landscape.categoryCounts.reduce((s, c) => s + c.count, 0);
  return Object.fromEntries(
    ADOPTER_CATEGORIES.map((category) => [
      category,
      total > 0
        ? (landscape.categoryCounts.find((c) => c.category === category)?.count ?? 0)
        : landscape.entries.filter((e) => e.category === category).length,
    ]),
  ) as Record<AdopterCategory, number>;
}

function CurveTable({ entries, canOpenProfile, caption }: { entries: readonly LandscapeEntry[]; canOpenProfile: (e: LandscapeEntry) => boolean; caption: string }) {
  return (
    <DataTable
      caption={caption}
      testId="curve-table"
      rows={entries}
      rowKey={(e, i) => e.systemId ?? `unnamed-${i}`}
      columns={[
        { header: 'Rank', numeric: true, cell: (e) => e.rank ?? '–' },
        {
          header: 'ICS',
          rowHeader: true,
          cell: (e) => (
            <>
              {e.systemId && e.name && canOpenProfile(e) ? <Link to={profilePath(e.systemId)}>{e.name}</Link> : (e.name ?? UNNAMED_ICS)}
              {e.own ? ' (your ICS)' : ''}
            </>
          ),
        },
        { header: 'Region', cell: (e) => e.regionName ?? REGION_NOT_SHOWN },
        { header: 'Score', numeric: true, cell: (e) => formatScore(e.overallScore) },
        { header: 'Category', cell: (e) => (e.category ? ADOPTER_CATEGORY_LABELS[e.category] : 'Not placed') },
      ]}
    />
  );
}

function MapTable({ cells, caption }: { cells: ReturnType<typeof tileCells<LandscapeEntry>>; caption: string }) {
  return (
    <DataTable
      caption={caption}
      testId="map-table"
      rows={cells}
      rowKey={(c) => c.onsCode}
      columns={[
        { header: 'Tile', rowHeader: true, cell: (c) => c.abbreviation },
        { header: 'ICS', cell: (c) => (c.entry ? `${c.entry.name ?? ''}, ${c.entry.regionName ?? REGION_NOT_SHOWN}` : 'Not shared or no score') },
        { header: 'Category', cell: (c) => (c.category ? ADOPTER_CATEGORY_LABELS[c.category] : '–') },
      ]}
    />
  );
}
