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
 * `rowTestId` and `rowAttributes` on each row. It scrolls sideways in its own box when it is wider than the screen.
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
}) {
  const ownCaptionId = useId();
  return (
    <ScrollRegion labelledBy={captionId ?? ownCaptionId}>
      <table className="nhsuk-table" data-testid={testId}>
        <caption className={`nhsuk-table__caption${captionVisuallyHidden ? ' nhsuk-u-visually-hidden' : ''}`} id={captionId ?? ownCaptionId}>
          {caption}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {columns.map((column, c) => (
              <th key={column.key ?? c} scope="col" className={`nhsuk-table__header${column.numeric ? ' nhsuk-table__header--numeric' : ''}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className="nhsuk-table__row" data-testid={rowTestId} {...rowAttributes?.(row, index)}>
              {columns.map((column, c) => {
                const className = `nhsuk-table__cell${column.numeric ? ' nhsuk-table__cell--numeric' : ''}`;
                return column.rowHeader ? (
                  <th key={column.key ?? c} scope="row" className={className}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={column.key ?? c} className={className}>
                    {column.cell(row, index)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
