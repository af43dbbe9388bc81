import { useRef, useState, type ReactNode, type RefObject } from 'react';
import type { ChartExportInfo } from '../lib/chart-export';
import { chartFile, chartPng, downloadBlob, downloadText } from '../lib/download';
import type { XlsxValue } from '../lib/xlsx';
import { ScrollRegion } from './ScrollRegion';
import './chart-figure.css';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One chart as every chart is shown (PRODUCT §5, QUALITY "Accessibility"): a plain-English summary, the method its
 * figures were worked out by, the chart, its data as a table (in an NHS.UK details component), and downloads of the
 * data as CSV and of the chart as SVG and PNG. The chart gets `svgRef` to put on its svg element; `exported` says
 * what a downloaded chart carries around it (title, cycle, method, legend, stamp), so that it stands on its own.
 */
export function ChartFigure({
  name,
  summary,
  method,
  exported,
  fileName,
  csv,
  table,
  minWidth,
  children,
}: {
  /** What the chart is, for the download buttons' names, e.g. "the diffusion curve". */
  name: string;
  summary: ReactNode;
  method?: string | null;
  /** The title, cycle, legend and stamp of the downloaded chart; its method is `method` unless given here. */
  exported: ChartExportInfo;
  /** Without an extension. */
  fileName: string;
  /** Builds the CSV when the button is pressed. */
  csv: () => string;
  /** The same data as a table; left out when the page shows it elsewhere. */
  table?: ReactNode;
  /**
   * The narrowest the chart is drawn (CSS px), so that its words stay readable: on a screen narrower than this, it
   * scrolls sideways in its own box rather than shrinking.
   */
  minWidth?: number;
  children: (svgRef: RefObject<SVGSVGElement | null>) => ReactNode;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  return (
    <div className="app-chart">
      <p className="app-chart__summary" data-testid="chart-summary">
        {summary}
      </p>
      {method ? (
        <p className="nhsuk-body-s app-chart__method">
          <span className="nhsuk-u-visually-hidden">Placement method: </span>
          {method}
        </p>
      ) : null}
      <div className="app-chart__figure">
        {minWidth ? (
          <ScrollRegion label={`${name.charAt(0).toUpperCase()}${name.slice(1)}, which scrolls sideways`}>
            <div style={{ minWidth }}>{children(svgRef)}</div>
          </ScrollRegion>
        ) : (
          children(svgRef)
        )}
      </div>
      {table ? (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Show the data as a table</span>
          </summary>
          <div className="nhsuk-details__text">
            <ScrollRegion label={`The data of ${name}`}>{table}</ScrollRegion>
          </div>
        </details>
      ) : null}
      <ChartDownloads name={name} fileName={fileName} csv={csv} svgRef={svgRef} exported={{ method, ...exported }} />
    </div>
  );
}

/**
 * "Download CSV", "Download SVG" and "Download PNG" for one chart; the SVG and PNG buttons only when the chart has an
 * svg element, and "Download Excel" only for a table offered as a workbook too (its writer loads when first asked
 * for). The PNG is drawn from the composed SVG in the browser.
 */
export function ChartDownloads({
  name,
  fileName,
  csv,
  xlsx,
  svgRef,
  exported,
}: {
  name: string;
  fileName: string;
  csv: () => string;
  xlsx?: () => { sheetName: string; header: readonly string[]; rows: readonly (readonly XlsxValue[])[] };
  svgRef?: RefObject<SVGSVGElement | null>;
  exported?: ChartExportInfo;
}) {
  const [pngProblem, setPngProblem] = useState<string | null>(null);
  const composed = () => (svgRef?.current ? chartFile(svgRef.current, exported ?? { title: name }) : null);
  return (
    <div className="app-chart__downloads">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => downloadText(`${fileName}.csv`, csv(), 'text/csv;charset=utf-8')}
      >
        Download CSV<span className="nhsuk-u-visually-hidden"> of {name}</span>
      </button>
      {xlsx ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => {
            const { sheetName, header, rows } = xlsx();
            void import('../lib/xlsx').then(({ toXlsx }) =>
              downloadBlob(`${fileName}.xlsx`, new Blob([toXlsx(sheetName, header, rows)], { type: XLSX_TYPE })),
            );
          }}
        >
          Download Excel<span className="nhsuk-u-visually-hidden"> workbook of {name}</span>
        </button>
      ) : null}
      {svgRef ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => {
            const file = composed();
            if (file) downloadText(`${fileName}.svg`, file.svg, 'image/svg+xml');
          }}
        >
          Download SVG<span className="nhsuk-u-visually-hidden"> of {name}</span>
        </button>
      ) : null}
      {svgRef ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => {
            const file = composed();
            if (!file) return;
            setPngProblem(null);
            chartPng(file).then(
              (png) => downloadBlob(`${fileName}.png`, png),
              (error: unknown) => setPngProblem(error instanceof Error ? error.message : 'The chart could not be drawn as a picture.'),
            );
          }}
        >
          Download PNG<span className="nhsuk-u-visually-hidden"> of {name}</span>
        </button>
      ) : null}
      {pngProblem ? (
        <p className="nhsuk-error-message" role="alert">
          {pngProblem} Download the SVG instead.
        </p>
      ) : null}
    </div>
  );
}
