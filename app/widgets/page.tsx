import type { Metadata } from 'next';
import { SearchForm } from '@/app/_components/search-form';
import { widgetCells } from '@/app/widgets/_components/widget-cells';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { Button } from '@/components/button';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { formatDate } from '@/lib/dates';
import type { Cursor } from '@/lib/pagination';
import { parseWidgetListParams, type SearchParams, type WidgetSort } from '@/lib/params';
import { newWidgetPath, widgetsPath } from '@/lib/routes';
import { authorize, currentAbility } from '@/lib/authorization';
import { listWidgets } from '@/services/widget-queries';

export const metadata: Metadata = { title: 'Our Widgets' };

// Each sort orders the list by one column, in one direction (services/widget-queries.ts).
const SORT_DIRECTIONS: Record<WidgetSort, 'ascending' | 'descending'> = {
  name: 'ascending',
  price: 'ascending',
  newest: 'descending',
};

const SORT_DESCRIPTIONS: Record<WidgetSort, string> = {
  name: 'sorted by name',
  price: 'sorted by price, lowest first',
  newest: 'newest first',
};

// What the table shows. Lists are not counted (a count reads every row: ADR 11), so the caption
// says which widgets and in which order rather than how many.
function describeList(sort: WidgetSort, q: string): string {
  return `${q ? `Widgets matching “${q}”` : 'All widgets'}, ${SORT_DESCRIPTIONS[sort]}`;
}

export default async function WidgetsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  if (!(await authorize('read', 'Widget')).allowed) return renderForbidden();
  const { sort, q, cursor } = parseWidgetListParams(await searchParams);
  const [list, ability] = await Promise.all([listWidgets({ sort, q, cursor }), currentAbility()]);

  // A sortable column's header links to the first page sorted by that column, keeping the search.
  const sortableBy = (option: WidgetSort) => ({
    sortHref: widgetsPath({ sort: option, q }),
    sorted: option === sort ? SORT_DIRECTIONS[option] : undefined,
  });
  // Paging keeps the sort and the search.
  const pageHref = (page: Cursor | null) => (page ? widgetsPath({ sort, q, ...page }) : undefined);

  return (
    <>
      <PageHeader
        heading="Our Widgets"
        actions={
          ability.can('create', 'Widget') && <Button href={newWidgetPath()}>New widget</Button>
        }
      />

      <SearchForm action={widgetsPath()} sort={sort} q={q} />

      <DataTable
        caption={describeList(sort, q)}
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

      <Pagination previousHref={pageHref(list.previousPage)} nextHref={pageHref(list.nextPage)} />
    </>
  );
}
