import { chartStamp, composeChartSvg, textWidth, wrapText } from './chart-export';

const CHART = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300"><rect width="600" height="300" fill="#005eb8"/></svg>';

/** Every number attribute pair of the text elements of one part, read back from the markup. */
const texts = (svg: string, part: string) => [...svg.matchAll(new RegExp(`<text data-part="${part}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe('composeChartSvg', () => {
  const info = {
    title: 'The diffusion curve, 2023',
    cycle: '2023 (illustrative)',
    method: "Rogers' proportions: innovators 2.5 %, early adopters 13.5 %",
    stamp: 'Illustrative data',
    legend: [
      { label: 'Innovators', colour: '#330072' },
      { label: 'Early adopters', colour: '#005eb8' },
    ],
  };

  it('carries the title, the cycle, the method, the legend and the stamp around the chart', () => {
    const { svg } = composeChartSvg(CHART, 600, 300, info);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>The diffusion curve, 2023</title>');
    expect(texts(svg, 'title')).toEqual(['The diffusion curve, 2023']);
    expect(texts(svg, 'fact')).toEqual(['Cycle: 2023 (illustrative)', "Method: Rogers&apos; proportions: innovators 2.5 %, early adopters 13.5 %"]);
    expect(svg).toMatch(/<g data-part="stamp">.*ILLUSTRATIVE DATA<\/text><\/g>/);
    expect(svg.match(/<g data-part="legend">/g)).toHaveLength(2);
    expect(svg).toContain('>Early adopters</text>');
    expect(svg).toContain('<rect width="600" height="300" fill="#005eb8"/>');
  });

  it('sizes the file so that everything drawn lies inside it: the chart, the wrapped title and the last legend row', () => {
    const long = { ...info, title: 'A very long title '.repeat(8), legend: Array.from({ length: 14 }, (_, i) => ({ label: `Region number ${i}`, colour: '#000000' })) };
    const { svg, width, height } = composeChartSvg(CHART, 600, 300, long);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    const nested = /<svg x="(\d+)" y="(\d+)" width="600" height="300"/.exec(svg);
    expect(nested).not.toBeNull();
    const [x, y] = [Number(nested?.[1]), Number(nested?.[2])];
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + 600).toBeLessThanOrEqual(width);
    expect(y + 300).toBeLessThanOrEqual(height);
    expect(texts(svg, 'title').length).toBeGreaterThan(1);
    for (const m of svg.matchAll(/<text (?:data-part="\w+" )?x="([\d.]+)" y="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)) {
      const [tx, ty, size, text] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]];
      expect(ty).toBeLessThanOrEqual(height);
      expect(ty - size).toBeGreaterThanOrEqual(0);
      if (!/text-anchor="middle"/.test(m[0])) expect(tx + textWidth(text, size)).toBeLessThanOrEqual(width);
    }
  });

  it('leaves out what a chart does not have, and widens a narrow chart to a readable width', () => {
    const { svg, width } = composeChartSvg(CHART.replace('600 300', '200 100'), 200, 100, { title: 'Small' });
    expect(width).toBe(640);
    expect(svg).not.toContain('data-part="stamp"');
    expect(svg).not.toContain('data-part="legend"');
    expect(svg).not.toContain('data-part="fact"');
  });

  it('escapes text so that a name cannot break the file', () => {
    const { svg } = composeChartSvg(CHART, 600, 300, { title: 'A & B <script>' });
    expect(svg).toContain('A &amp; B &lt;script&gt;');
    expect(svg).not.toContain('<script>');
  });
});

describe('wrapText and chartStamp', () => {
  it('wraps words to the width', () => {
    expect(wrapText('one two three four', textWidth('one two', 10), 10)).toEqual(['one two', 'three', 'four']);
  });

  it('stamps illustrative and provisional figures, and nothing on real published ones', () => {
    expect(chartStamp({ illustrative: true, published: true })).toBe('Illustrative data');
    expect(chartStamp({ illustrative: false, published: false })).toBe('Provisional');
    expect(chartStamp({ illustrative: true, published: false })).toBe('Illustrative, provisional');
    expect(chartStamp({ illustrative: false, published: true })).toBeNull();
  });
});
