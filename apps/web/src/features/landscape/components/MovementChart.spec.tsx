import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { textWidth } from '../../../lib/chart-export';
import { movementGrid } from '../utils/movement';
import { MovementChart } from './MovementChart';

describe('MovementChart', () => {
  it('keeps the side label (the "from" cycle) inside the viewBox, clear of the row names', () => {
    const fromName = '2021/22 baseline assessment (illustrative)';
    const markup = renderToStaticMarkup(
      <MovementChart grid={movementGrid([{ from: 'EARLY_MAJORITY', to: 'EARLY_ADOPTERS', count: 3 }])} fromName={fromName} toName="2023 (illustrative)" svgRef={createRef()} />,
    );
    // The markup has no DOM here: read the text elements' attributes back from it.
    const texts = [...markup.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, content]) => ({
      content,
      attribute: (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(attributes)?.[1] ?? null,
    }));
    const [, , width, height] = (/viewBox="([^"]*)"/.exec(markup)?.[1] ?? '').split(' ').map(Number);
    const label = texts.find((t) => t.attribute('data-testid') === 'movement-side-label');
    expect(label?.content).toBe(`In ${fromName}`);
    // Turned to run upwards about its own point: its length runs along y, its height along x.
    const x = Number(label?.attribute('x'));
    const y = Number(label?.attribute('y'));
    expect(label?.attribute('transform')).toBe(`rotate(-90 ${x} ${y})`);
    const length = textWidth(label?.content ?? '', 14);
    expect(y - length / 2).toBeGreaterThanOrEqual(0);
    expect(y + length / 2).toBeLessThanOrEqual(height);
    expect(x - 14).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(width);
    // The row names end at the grid and start to the right of the side label.
    for (const rowName of ['Early adopters', 'Early majority', 'Late majority']) {
      const text = texts.find((t) => t.content === rowName);
      expect(Number(text?.attribute('x')) - textWidth(rowName, 14)).toBeGreaterThan(x + 4);
    }
  });
});
