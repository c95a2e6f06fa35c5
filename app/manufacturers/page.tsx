import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/button';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { parseManufacturerListParams, type SearchParams } from '@/lib/params';
import { manufacturerPath, manufacturersPath, newManufacturerPath } from '@/lib/routes';
import { listManufacturers } from '@/services/manufacturer-queries';

export const metadata: Metadata = { title: 'Manufacturers' };

export default async function ManufacturersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { page } = parseManufacturerListParams(await searchParams);
  const list = await listManufacturers({ page });

  return (
    <>
      <PageHeader
        heading="Manufacturers"
        actions={<Button href={newManufacturerPath()}>New manufacturer</Button>}
      />

      <DataTable
        caption={list.totalCount === 1 ? '1 manufacturer' : `${list.totalCount} manufacturers`}
        columns={[
          { key: 'name', label: 'Name' },
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
            widgets: manufacturer.widgetCount,
          },
        }))}
        emptyMessage="There are no manufacturers yet."
      />

      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        previousHref={manufacturersPath({ page: list.page - 1 })}
        nextHref={manufacturersPath({ page: list.page + 1 })}
      />
    </>
  );
}
