/**
 * A chart as a file that stands on its own (PRODUCT §5 exports): the chart with, around it, its title, the cycle,
 * the method its figures were worked out by, its legend, and a stamp when the figures are illustrative or
 * provisional, so that a chart pasted into a slide still says what it is. Pure: it takes the chart's SVG markup and
 * gives back the whole file's, sized so that nothing is cut off.
 */

export interface ChartLegendItem {
  readonly label: string;
  readonly colour: string;
  /** A filled box (default), a line, or a box drawn in outline. */
  readonly mark?: 'box' | 'line' | 'outline';
}

export interface ChartExportInfo {
  readonly title: string;
  /** e.g. "2023 (illustrative)". */
  readonly cycle?: string | null;
  readonly method?: string | null;
  /** e.g. "Illustrative data" or "Provisional": drawn as a stamp in the top right corner. */
  readonly stamp?: string | null;
  readonly legend?: readonly ChartLegendItem[];
}

export interface ComposedChart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 24;
const TITLE_SIZE = 22;
const TEXT_SIZE = 14;
const LINE = 1.4;
/** Characters of average width per pixel at a font size: a generous estimate, so that wrapped text never overruns. */
const CHAR_WIDTH = 0.56;
const MIN_WIDTH = 640;
const SWATCH = 18;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Text's estimated width in pixels at a font size. */
export const textWidth = (text: string, size: number): number => text.length * size * CHAR_WIDTH;

/** Words into lines no wider than `width` pixels at `size` (a word longer than a line gets a line of its own). */
export function wrapText(text: string, width: number, size: number): string[] {
  const max = Math.max(1, Math.floor(width / (size * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > max && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The whole file: `chart` is the chart's own svg element as markup (its viewBox `chartWidth` × `chartHeight`), nested
 * below the heading and above the legend at its own size.
 */
export function composeChartSvg(chart: string, chartWidth: number, chartHeight: number, info: ChartExportInfo): ComposedChart {
  const width = Math.ceil(Math.max(MIN_WIDTH, chartWidth + 2 * PAD));
  const parts: string[] = [];
  let y = PAD;

  // The stamp, top right; the title wraps to the room left beside it.
  let stampWidth = 0;
  if (info.stamp) {
    const label = info.stamp.toUpperCase();
    stampWidth = Math.ceil(textWidth(label, TEXT_SIZE) + 24);
    const x = width - PAD - stampWidth;
    parts.push(
      `<g data-part="stamp"><rect x="${x}" y="${y}" width="${stampWidth}" height="30" fill="#ffffff" stroke="#d5281b" stroke-width="3"/>` +
        `<text x="${x + stampWidth / 2}" y="${y + 20}" text-anchor="middle" font-size="${TEXT_SIZE}" font-weight="700" fill="#d5281b">${escapeXml(label)}</text></g>`,
    );
  }
  const titleLines = wrapText(info.title, width - 2 * PAD - (stampWidth ? stampWidth + 16 : 0), TITLE_SIZE);
  for (const line of titleLines) {
    y += TITLE_SIZE * LINE;
    parts.push(`<text data-part="title" x="${PAD}" y="${y - TITLE_SIZE * 0.3}" font-size="${TITLE_SIZE}" font-weight="700" fill="#212b32">${escapeXml(line)}</text>`);
  }
  if (stampWidth) y = Math.max(y, PAD + 30);
  y += 6;
  const facts = [info.cycle ? `Cycle: ${info.cycle}` : null, info.method ? `Method: ${info.method}` : null].filter((f): f is string => f !== null);
  for (const fact of facts) {
    for (const line of wrapText(fact, width - 2 * PAD, TEXT_SIZE)) {
      y += TEXT_SIZE * LINE;
      parts.push(`<text data-part="fact" x="${PAD}" y="${y - TEXT_SIZE * 0.3}" font-size="${TEXT_SIZE}" fill="#4c6272">${escapeXml(line)}</text>`);
    }
  }
  y = Math.ceil(y + 16);

  // The chart at its own size, centred.
  const chartX = Math.round((width - chartWidth) / 2);
  parts.push(chart.replace(/^<svg\b/, `<svg x="${chartX}" y="${y}" width="${chartWidth}" height="${chartHeight}"`));
  y += chartHeight + 16;

  // The legend: one item after another, wrapping to the width.
  const legend = info.legend ?? [];
  if (legend.length > 0) {
    y += 4;
    let x = PAD;
    let row = y;
    for (const item of legend) {
      const itemWidth = SWATCH + 8 + textWidth(item.label, TEXT_SIZE) + 24;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        row += SWATCH + 10;
      }
      const mark =
        item.mark === 'line'
          ? `<line x1="${x}" x2="${x + SWATCH}" y1="${row + SWATCH / 2}" y2="${row + SWATCH / 2}" stroke="${item.colour}" stroke-width="3"/>`
          : item.mark === 'outline'
            ? `<rect x="${x + 1}" y="${row + 1}" width="${SWATCH - 2}" height="${SWATCH - 2}" fill="#ffffff" stroke="${item.colour}" stroke-width="2"/>`
            : `<rect x="${x}" y="${row}" width="${SWATCH}" height="${SWATCH}" fill="${item.colour}" stroke="#425563" stroke-width="0.5"/>`;
      parts.push(
        `<g data-part="legend">${mark}<text x="${x + SWATCH + 8}" y="${row + SWATCH - 4}" font-size="${TEXT_SIZE}" fill="#212b32">${escapeXml(item.label)}</text></g>`,
      );
      x += itemWidth;
    }
    y = row + SWATCH + 16;
  }
  y += PAD - 8;
  const height = Math.ceil(y);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Frutiger W01, Arial, sans-serif">` +
    `<title>${escapeXml(info.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}

/** The stamp for a chart's figures: illustrative (made up for the demo) and/or provisional (not yet published). */
export function chartStamp({ illustrative, published }: { illustrative: boolean; published: boolean }): string | null {
  if (illustrative && !published) return 'Illustrative, provisional';
  if (illustrative) return 'Illustrative data';
  if (!published) return 'Provisional';
  return null;
}
