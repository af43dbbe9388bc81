import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable, type DataTableColumn } from './DataTable';

interface Region {
  readonly id: string;
  readonly name: string;
  readonly count: number;
}

const regions: Region[] = [
  { id: 'nw', name: 'North West', count: 8 },
  { id: 'sw', name: 'South West', count: 7 },
];

const columns: DataTableColumn<Region>[] = [
  { header: 'Region', rowHeader: true, cell: (r) => r.name },
  { header: 'ICSs', numeric: true, cell: (r) => r.count },
  { header: <span className="nhsuk-u-visually-hidden">Position</span>, cell: (_, i) => `${i + 1} of ${regions.length}` },
];

const render = (rows: readonly Region[], extra: Partial<Parameters<typeof DataTable<Region>>[0]> = {}) =>
  renderToStaticMarkup(<DataTable caption="ICSs by region" columns={columns} rows={rows} rowKey={(r) => r.id} {...extra} />);

describe('DataTable', () => {
  it('renders the NHS.UK table markup in a box that can scroll: a hidden caption, column headings, and a row header then cells per row', () => {
    expect(render(regions, { testId: 'region-table' }).replace(/ id="[^"]+"/, ' id="ID"')).toBe(
      '<div class="app-table-scroll"><table class="nhsuk-table" data-testid="region-table">' +
        '<caption class="nhsuk-table__caption nhsuk-u-visually-hidden" id="ID">ICSs by region</caption>' +
        '<thead class="nhsuk-table__head"><tr class="nhsuk-table__row">' +
        '<th scope="col" class="nhsuk-table__header">Region</th>' +
        '<th scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">ICSs</th>' +
        '<th scope="col" class="nhsuk-table__header"><span class="nhsuk-u-visually-hidden">Position</span></th>' +
        '</tr></thead>' +
        '<tbody class="nhsuk-table__body">' +
        '<tr class="nhsuk-table__row"><th scope="row" class="nhsuk-table__cell">North West</th>' +
        '<td class="nhsuk-table__cell nhsuk-table__cell--numeric">8</td><td class="nhsuk-table__cell">1 of 2</td></tr>' +
        '<tr class="nhsuk-table__row"><th scope="row" class="nhsuk-table__cell">South West</th>' +
        '<td class="nhsuk-table__cell nhsuk-table__cell--numeric">7</td><td class="nhsuk-table__cell">2 of 2</td></tr>' +
        '</tbody></table></div>',
    );
  });

  it('puts a test id and data attributes on each row when asked', () => {
    const html = render(regions, { rowTestId: 'region-row', rowAttributes: (r) => ({ 'data-region': r.name }) });
    expect(html).toContain('<tr class="nhsuk-table__row" data-testid="region-row" data-region="North West">');
    expect(html).toContain('<tr class="nhsuk-table__row" data-testid="region-row" data-region="South West">');
    expect(html).not.toContain('<table class="nhsuk-table" data-testid');
  });

  it('can show the caption and give it an id, for a scrolling region labelled by it', () => {
    expect(render(regions, { captionVisuallyHidden: false, captionId: 'regions-caption' })).toContain(
      '<caption class="nhsuk-table__caption" id="regions-caption">ICSs by region</caption>',
    );
  });

  it('keeps the headings and an empty body when there are no rows', () => {
    const html = render([]);
    expect(html).toContain('<th scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">ICSs</th>');
    expect(html).toContain('<tbody class="nhsuk-table__body"></tbody>');
  });

  it('keys each row by rowKey, and asks each cell for its row and the row’s position', () => {
    const rowKey = jest.fn((r: Region) => r.id);
    const cell = jest.fn((r: Region, i: number) => `${r.id}-${i}`);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const html = renderToStaticMarkup(<DataTable caption="Keys" columns={[{ key: 'id', header: 'Id', cell }]} rows={regions} rowKey={rowKey} />);
    expect(rowKey.mock.calls).toEqual([
      [regions[0], 0],
      [regions[1], 1],
    ]);
    expect(cell.mock.calls).toEqual([
      [regions[0], 0],
      [regions[1], 1],
    ]);
    expect(html).toContain('<td class="nhsuk-table__cell">sw-1</td>');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('responsive: the NHS.UK responsive table, each cell labelled with its heading for narrow screens, in no scrolling box', () => {
    const html = render(regions.slice(0, 1), { responsive: true }).replace(/ id="[^"]+"/, ' id="ID"');
    expect(html).not.toContain('app-table-scroll');
    expect(html).toContain('<table class="nhsuk-table nhsuk-table--responsive" role="table">');
    expect(html).toContain(
      '<tr class="nhsuk-table__row" role="row"><th scope="row" class="nhsuk-table__cell" role="rowheader">' +
        '<span class="nhsuk-table__heading" aria-hidden="true">Region </span>North West</th>' +
        '<td class="nhsuk-table__cell nhsuk-table__cell--numeric" role="cell"><span class="nhsuk-table__heading" aria-hidden="true">ICSs </span>8</td>',
    );
  });
});
