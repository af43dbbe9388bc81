import { useId, type ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';

/** One column of a {@link DataTable}: its heading and how to show a row's cell in it. */
export interface DataTableColumn<Row> {
  readonly header: ReactNode;
  /** Tells the columns apart when they are built from data; by default, the column's position. */
  readonly key?: string;
  /** Figures, aligned right (`nhsuk-table__header--numeric` and `nhsuk-table__cell--numeric`). */
  readonly numeric?: boolean;
  /** The column that names each row: its cells are `<th scope="row">` rather than `<td>`. */
  readonly rowHeader?: boolean;
  readonly cell: (row: Row, index: number) => ReactNode;
}

/** `data-*` attributes for a row, e.g. `{ 'data-system': name }` for the browser tests to find it by. */
export type DataTableRowAttributes = Readonly<Record<`data-${string}`, string>>;

/**
 * A table in the NHS.UK design system's markup: a caption (visually hidden unless `captionVisuallyHidden` is false),
 * a heading per column (`scope="col"`) and a row per item, one cell per column. `testId` goes on the table,
 * `rowTestId` and `rowAttributes` on each row. It scrolls sideways in its own box when it is wider than the screen;
 * or, `responsive`, it is the NHS.UK responsive table: on a narrow screen each row is a block of its values, each
 * labelled with its column's heading (for rows of words, which would be squeezed into narrow columns on a phone).
 */
export function DataTable<Row>({
  caption,
  captionId,
  captionVisuallyHidden = true,
  columns,
  rows,
  rowKey,
  testId,
  rowTestId,
  rowAttributes,
  responsive = false,
}: {
  caption: ReactNode;
  /** For a scrolling region labelled by the caption. */
  captionId?: string;
  captionVisuallyHidden?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  testId?: string;
  rowTestId?: string;
  rowAttributes?: (row: Row, index: number) => DataTableRowAttributes;
  responsive?: boolean;
}) {
  const ownCaptionId = useId();
  // The responsive table's CSS makes rows and cells blocks on a narrow screen: the roles keep them a table to
  // assistive technology, and each cell's heading is shown there (hidden from screen readers, which have the column's).
  const role = (name: string) => (responsive ? { role: name } : {});
  const table = (
    <table className={`nhsuk-table${responsive ? ' nhsuk-table--responsive' : ''}`} data-testid={testId} {...role('table')}>
      <caption className={`nhsuk-table__caption${captionVisuallyHidden ? ' nhsuk-u-visually-hidden' : ''}`} id={captionId ?? ownCaptionId}>
        {caption}
      </caption>
      <thead className="nhsuk-table__head" {...role('rowgroup')}>
        <tr className="nhsuk-table__row" {...role('row')}>
          {columns.map((column, c) => (
            <th
              key={column.key ?? c}
              scope="col"
              className={`nhsuk-table__header${column.numeric ? ' nhsuk-table__header--numeric' : ''}`}
              {...role('columnheader')}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} className="nhsuk-table__row" data-testid={rowTestId} {...role('row')} {...rowAttributes?.(row, index)}>
            {columns.map((column, c) => {
              const className = `nhsuk-table__cell${column.numeric ? ' nhsuk-table__cell--numeric' : ''}`;
              const content = responsive ? (
                <>
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {column.header}{' '}
                  </span>
                  {column.cell(row, index)}
                </>
              ) : (
                column.cell(row, index)
              );
              return column.rowHeader ? (
                <th key={column.key ?? c} scope="row" className={className} {...role('rowheader')}>
                  {content}
                </th>
              ) : (
                <td key={column.key ?? c} className={className} {...role('cell')}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return responsive ? table : <ScrollRegion labelledBy={captionId ?? ownCaptionId}>{table}</ScrollRegion>;
}
