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
 * A chart's svg element as a standalone SVG file: namespaced, with a white background and the page's font, so it
 * looks the same outside the page. Marks carry their colours as attributes, not CSS, for the same reason.
 */
export function serialiseSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('font-family', 'Frutiger W01, Arial, sans-serif');
  const viewBox = svg.viewBox.baseVal;
  if (viewBox && viewBox.width > 0) {
    copy.setAttribute('width', String(viewBox.width));
    copy.setAttribute('height', String(viewBox.height));
    const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    background.setAttribute('x', String(viewBox.x));
    background.setAttribute('y', String(viewBox.y));
    background.setAttribute('width', String(viewBox.width));
    background.setAttribute('height', String(viewBox.height));
    background.setAttribute('fill', '#ffffff');
    copy.insertBefore(background, copy.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}
