import { DataTable } from '@/components/data-table';
import { Price } from '@/components/price';
import { WidgetIdentifier } from '@/components/widget-identifier';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const dataTableDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'caption',
      type: 'string',
      description:
        'Says what the table lists, e.g. "3 widgets"; it is the table\'s accessible name.',
    },
    {
      name: 'columns',
      type: "{ key: string; label: string; sortHref?: string; sorted?: 'ascending' | 'descending'; align?: 'start' | 'end' }[]",
      description:
        'The columns, in order. sortHref makes the header a link that sorts the list by that column (built with lib/routes.ts); sorted marks the column the list is sorted by; align: "end" right-aligns the column and lines its digits up, for numbers and amounts.',
    },
    {
      name: 'rows',
      type: '{ key: string | number; cells: Record<column key, ReactNode> }[]',
      description:
        "The rows: a unique key (e.g. the record's id) and one cell per column, under the column's key.",
    },
    {
      name: 'emptyMessage',
      type: 'string',
      description: 'Shown in place of the table when there are no rows.',
    },
  ],
  examples: [
    {
      title: 'Sortable, sorted by name',
      code: `<DataTable
  caption="2 widgets"
  columns={[
    {
      key: 'name',
      label: 'Name',
      sortHref: '/widgets?sort=name',
      sorted: 'ascending'
    },
    {
      key: 'identifier',
      label: 'ID'
    },
    {
      align: 'end',
      key: 'price',
      label: 'Price',
      sortHref: '/widgets?sort=price'
    }
  ]}
  emptyMessage="There are no widgets yet."
  rows={[
    {
      cells: {
        identifier: <WidgetIdentifier value="0012.34" />,
        name: 'Stembolt',
        price: <Price cents={123456} />
      },
      key: 1234
    },
    {
      cells: {
        identifier: <WidgetIdentifier value="0987.65" />,
        name: 'Thermal exhaust port',
        price: <Price cents={750001} />
      },
      key: 98765
    }
  ]}
/>`,
      element: (
        <DataTable
          caption="2 widgets"
          columns={[
            { key: 'name', label: 'Name', sortHref: '/widgets?sort=name', sorted: 'ascending' },
            { key: 'identifier', label: 'ID' },
            { align: 'end', key: 'price', label: 'Price', sortHref: '/widgets?sort=price' },
          ]}
          emptyMessage="There are no widgets yet."
          rows={[
            {
              cells: {
                identifier: <WidgetIdentifier value="0012.34" />,
                name: 'Stembolt',
                price: <Price cents={123456} />,
              },
              key: 1234,
            },
            {
              cells: {
                identifier: <WidgetIdentifier value="0987.65" />,
                name: 'Thermal exhaust port',
                price: <Price cents={750001} />,
              },
              key: 98765,
            },
          ]}
        />
      ),
    },
    {
      title: 'Sorted descending',
      code: `<DataTable
  caption="2 widgets"
  columns={[
    {
      key: 'name',
      label: 'Name',
      sortHref: '/widgets?sort=name'
    },
    {
      key: 'added',
      label: 'Added',
      sortHref: '/widgets?sort=newest',
      sorted: 'descending'
    }
  ]}
  emptyMessage="There are no widgets yet."
  rows={[
    {
      cells: {
        added: 'Mar 1, 2024',
        name: 'Flux capacitor'
      },
      key: 2
    },
    {
      cells: {
        added: 'Jan 1, 2024',
        name: 'Stembolt'
      },
      key: 1
    }
  ]}
/>`,
      element: (
        <DataTable
          caption="2 widgets"
          columns={[
            { key: 'name', label: 'Name', sortHref: '/widgets?sort=name' },
            {
              key: 'added',
              label: 'Added',
              sortHref: '/widgets?sort=newest',
              sorted: 'descending',
            },
          ]}
          emptyMessage="There are no widgets yet."
          rows={[
            { cells: { added: 'Mar 1, 2024', name: 'Flux capacitor' }, key: 2 },
            { cells: { added: 'Jan 1, 2024', name: 'Stembolt' }, key: 1 },
          ]}
        />
      ),
    },
    {
      title: 'Not sortable',
      code: `<DataTable
  caption="1 manufacturer"
  columns={[
    {
      key: 'name',
      label: 'Name'
    },
    {
      align: 'end',
      key: 'widgets',
      label: 'Widgets'
    }
  ]}
  emptyMessage="There are no manufacturers yet."
  rows={[
    {
      cells: {
        name: 'Cyberdyne Systems',
        widgets: 12
      },
      key: 1
    }
  ]}
/>`,
      element: (
        <DataTable
          caption="1 manufacturer"
          columns={[
            { key: 'name', label: 'Name' },
            { align: 'end', key: 'widgets', label: 'Widgets' },
          ]}
          emptyMessage="There are no manufacturers yet."
          rows={[{ cells: { name: 'Cyberdyne Systems', widgets: 12 }, key: 1 }]}
        />
      ),
    },
    {
      title: 'No rows',
      code: `<DataTable
  caption="0 widgets"
  columns={[
    {
      key: 'name',
      label: 'Name'
    }
  ]}
  emptyMessage="There are no widgets yet."
  rows={[]}
/>`,
      element: (
        <DataTable
          caption="0 widgets"
          columns={[{ key: 'name', label: 'Name' }]}
          emptyMessage="There are no widgets yet."
          rows={[]}
        />
      ),
    },
  ],
};
