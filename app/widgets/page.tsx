import type { Metadata } from 'next';
import Form from 'next/form';
import { widgetCells } from '@/app/widgets/_components/widget-cells';
import { Button } from '@/components/button';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { formatDate } from '@/lib/dates';
import { parseWidgetListParams, type SearchParams, type WidgetSort } from '@/lib/params';
import { widgetsPath } from '@/lib/routes';
import { listWidgets } from '@/services/widget-queries';

export const metadata: Metadata = { title: 'Our Widgets' };

// Each sort orders the list by one column, in one direction (services/widget-queries.ts).
const SORT_DIRECTIONS: Record<WidgetSort, 'ascending' | 'descending'> = {
  name: 'ascending',
  price: 'ascending',
  newest: 'descending',
};

function describeList(totalCount: number, q: string): string {
  const count = totalCount === 1 ? '1 widget' : `${totalCount} widgets`;
  return q ? `${count} matching “${q}”` : count;
}

export default async function WidgetsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { page, sort, q } = parseWidgetListParams(await searchParams);
  const list = await listWidgets({ page, sort, q });

  // A sortable column's header links to the list sorted by that column, keeping the search.
  const sortableBy = (option: WidgetSort) => ({
    sortHref: widgetsPath({ sort: option, q }),
    sorted: option === sort ? SORT_DIRECTIONS[option] : undefined,
  });

  return (
    <>
      <PageHeader heading="Our Widgets" />

      {/* A GET form: the search is in the URL, so results can be bookmarked and shared. */}
      <Form action={widgetsPath()} role="search" className="mb-6 flex items-end gap-2">
        <input type="hidden" name="sort" value={sort} />
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="font-semibold">
            Search by name
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            className="rounded-md border border-border px-3 py-2"
          />
        </div>
        <Button>Search</Button>
      </Form>

      <DataTable
        caption={describeList(list.totalCount, q)}
        columns={[
          { key: 'name', label: 'Name', ...sortableBy('name') },
          { key: 'identifier', label: 'ID' },
          { key: 'manufacturer', label: 'Manufacturer' },
          { key: 'added', label: 'Added', ...sortableBy('newest') },
          { key: 'price', label: 'Price', align: 'end', ...sortableBy('price') },
        ]}
        rows={list.widgets.map((widget) => ({
          key: widget.id,
          cells: {
            ...widgetCells(widget),
            manufacturer: widget.manufacturer.name,
            added: (
              <time dateTime={widget.createdAt.toISOString()} className="whitespace-nowrap">
                {formatDate(widget.createdAt)}
              </time>
            ),
          },
        }))}
        emptyMessage={q ? `No widgets match “${q}”.` : 'There are no widgets yet.'}
      />

      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        previousHref={widgetsPath({ page: list.page - 1, sort, q })}
        nextHref={widgetsPath({ page: list.page + 1, sort, q })}
      />
    </>
  );
}
