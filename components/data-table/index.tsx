'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import Link from 'next/link';
import React, { type ReactNode } from 'react';
import { DataTableElement } from './data-table';

const DataTableHost = createComponent({
  tagName: 'data-table',
  elementClass: DataTableElement,
  react: React,
  displayName: 'DataTableHost',
});

export type DataTableColumn<ColumnKey extends string> = {
  /** Names the column; each row has a cell under the same key. */
  key: ColumnKey;
  label: string;
  /** Makes the header a link that sorts the list by this column, built with lib/routes.ts. */
  sortHref?: string;
  /** How the list is sorted by this column, when it is. */
  sorted?: 'ascending' | 'descending';
  /** `end` right-aligns the column and lines its digits up, for numbers and amounts. */
  align?: 'start' | 'end';
};

export type DataTableRow<ColumnKey extends string> = {
  /** Identifies the row among the others, e.g. the record's id. */
  key: string | number;
  cells: Record<ColumnKey, ReactNode>;
};

export type DataTableProps<ColumnKey extends string> = {
  /** Says what the table lists, e.g. "3 widgets"; its accessible name. */
  caption: string;
  columns: DataTableColumn<ColumnKey>[];
  rows: DataTableRow<ColumnKey>[];
  /** Shown in place of the table when there are no rows. */
  emptyMessage: string;
};

/**
 * A native <table> in light DOM, whose sortable column headers are plain links (sorting works
 * without JavaScript) and whose current sort is announced with `aria-sort` and drawn with an arrow.
 * The caller builds every href; cells may hold any element, including other components.
 */
export function DataTable<ColumnKey extends string>({
  caption,
  columns,
  rows,
  emptyMessage,
}: DataTableProps<ColumnKey>) {
  const empty = rows.length === 0;
  return (
    <DataTableHost empty={empty} emptyMessage={emptyMessage}>
      {!empty && (
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-muted">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-border">
              {columns.map((column) => (
                <ColumnHeader key={column.key} column={column} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-border">
                {columns.map((column) => (
                  <td key={column.key} className={cellClass(column)}>
                    {row.cells[column.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DataTableHost>
  );
}

const SORT_ARROWS = { ascending: '▲', descending: '▼' } as const;

function ColumnHeader<ColumnKey extends string>({
  column,
}: {
  column: DataTableColumn<ColumnKey>;
}) {
  return (
    <th scope="col" aria-sort={column.sorted} className={cellClass(column)}>
      {column.sortHref ? (
        <Link href={column.sortHref} className="link">
          {column.label}
        </Link>
      ) : (
        column.label
      )}
      {/* aria-sort tells assistive technology; the arrow shows everyone else. */}
      {column.sorted && (
        <span aria-hidden="true" className="ml-1 text-sm">
          {SORT_ARROWS[column.sorted]}
        </span>
      )}
    </th>
  );
}

function cellClass({ align = 'start' }: { align?: 'start' | 'end' }): string {
  return `py-2 pr-4 last:pr-0 ${align === 'end' ? 'text-right tabular-nums' : 'text-left'}`;
}
