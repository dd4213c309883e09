import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface TableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Use this column's cell as the row's header (th scope="row"). */
  rowHeader?: boolean;
}

export interface TableProps<Row> {
  caption: string;
  /** e.g. 'govuk-table__caption--m'; or hide the caption visually. */
  captionClassName?: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}

/** A GOV.UK table with a caption and column headers screen readers announce. */
export function Table<Row>({ caption, captionClassName, columns, rows, rowKey }: TableProps<Row>) {
  return (
    <table className="govuk-table">
      <caption className={classNames('govuk-table__caption', captionClassName)}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th
              key={column.header}
              scope="col"
              className={classNames('govuk-table__header', column.numeric && 'govuk-table__header--numeric')}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.header} scope="row" className="govuk-table__header">
                  {column.cell(row)}
                </th>
              ) : (
                <td
                  key={column.header}
                  className={classNames('govuk-table__cell', column.numeric && 'govuk-table__cell--numeric')}
                >
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
