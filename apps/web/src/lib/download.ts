import { composeChartSvg, type ChartExportInfo, type ComposedChart } from './chart-export';

/** Saves text as a file through the browser's download (a temporary object URL, released straight after). */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves bytes or text, already in a Blob, as a file through the browser's download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A chart's svg element with its title, cycle, method, legend and stamp around it (composeChartSvg), as a file that
 * stands on its own. Marks shown only on focus or hover on the page are left out.
 */
export function chartFile(svg: SVGSVGElement, info: ChartExportInfo): ComposedChart {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  for (const attribute of ['width', 'height', 'style', 'x', 'y']) copy.removeAttribute(attribute);
  copy.querySelectorAll('.app-chart__focus-ring').forEach((ring) => ring.remove());
  const viewBox = svg.viewBox.baseVal;
  const [width, height] = viewBox && viewBox.width > 0 ? [viewBox.width, viewBox.height] : [svg.clientWidth || 600, svg.clientHeight || 400];
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return composeChartSvg(new XMLSerializer().serializeToString(copy), width, height, info);
}

/** How many pixels a PNG has for each of the chart's units: twice, so that it stays sharp on a slide. */
export const PNG_SCALE = 2;

/**
 * The composed chart drawn as a PNG in the browser: the SVG loaded as an image (a data: address, which the page's
 * content security policy allows for images) and drawn on a canvas `PNG_SCALE` times its size.
 */
export async function chartPng({ svg, width, height }: ComposedChart): Promise<Blob> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart could not be drawn as a picture.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The chart could not be drawn as a picture.');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be drawn as a picture.'))), 'image/png'),
  );
}
