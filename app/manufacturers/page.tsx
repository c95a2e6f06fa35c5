import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/app/_components/search-form';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { Button } from '@/components/button';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { formatDate } from '@/lib/dates';
import type { Cursor } from '@/lib/pagination';
import {
  parseManufacturerListParams,
  type ManufacturerSort,
  type SearchParams,
} from '@/lib/params';
import { manufacturerPath, manufacturersPath, newManufacturerPath } from '@/lib/routes';
import { authorize, currentAbility } from '@/lib/authorization';
import { listManufacturers } from '@/services/manufacturer-queries';

export const metadata: Metadata = { title: 'Manufacturers' };

// Each sort orders the list by one column, in one direction (services/manufacturer-queries.ts).
const SORT_DIRECTIONS: Record<ManufacturerSort, 'ascending' | 'descending'> = {
  name: 'ascending',
  newest: 'descending',
};

const SORT_DESCRIPTIONS: Record<ManufacturerSort, string> = {
  name: 'sorted by name',
  newest: 'newest first',
};

// What the table shows: which manufacturers and in which order, not how many (ADR 11).
function describeList(sort: ManufacturerSort, q: string): string {
  return `${q ? `Manufacturers matching “${q}”` : 'All manufacturers'}, ${SORT_DESCRIPTIONS[sort]}`;
}

export default async function ManufacturersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  if (!(await authorize('read', 'Manufacturer')).allowed) return renderForbidden();
  const { sort, q, cursor } = parseManufacturerListParams(await searchParams);
  const [list, ability] = await Promise.all([
    listManufacturers({ sort, q, cursor }),
    currentAbility(),
  ]);

  // A sortable column's header links to the first page sorted by that column, keeping the search.
  const sortableBy = (option: ManufacturerSort) => ({
    sortHref: manufacturersPath({ sort: option, q }),
    sorted: option === sort ? SORT_DIRECTIONS[option] : undefined,
  });
  // Paging keeps the sort and the search.
  const pageHref = (page: Cursor | null) =>
    page ? manufacturersPath({ sort, q, ...page }) : undefined;

  return (
    <>
      <PageHeader
        heading="Manufacturers"
        actions={
          ability.can('create', 'Manufacturer') && (
            <Button href={newManufacturerPath()}>New manufacturer</Button>
          )
        }
      />

      <SearchForm action={manufacturersPath()} sort={sort} q={q} />

      <DataTable
        caption={describeList(sort, q)}
        columns={[
          { key: 'name', label: 'Name', ...sortableBy('name') },
          { key: 'added', label: 'Added', ...sortableBy('newest') },
          { key: 'widgets', label: 'Widgets', align: 'end' },
        ]}
        rows={list.manufacturers.map((manufacturer) => ({
          key: manufacturer.id,
          cells: {
            name: (
              <Link href={manufacturerPath(manufacturer.id)} className="link">
                {manufacturer.name}
              </Link>
            ),
            added: (
              <time dateTime={manufacturer.createdAt.toISOString()} className="whitespace-nowrap">
                {formatDate(manufacturer.createdAt)}
              </time>
            ),
            widgets: manufacturer.widgetCount,
          },
        }))}
        emptyMessage={q ? `No manufacturers match “${q}”.` : 'There are no manufacturers yet.'}
      />

      <Pagination previousHref={pageHref(list.previousPage)} nextHref={pageHref(list.nextPage)} />
    </>
  );
}
