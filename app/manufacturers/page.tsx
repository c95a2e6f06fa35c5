import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/app/_components/pagination';
import { parseManufacturerListParams, type SearchParams } from '@/lib/params';
import { manufacturerPath, manufacturersPath } from '@/lib/routes';
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
      <h1 className="mb-6 text-3xl font-bold">Manufacturers</h1>

      {list.manufacturers.length === 0 ? (
        <p className="rounded-md bg-subtle p-6 text-center">There are no manufacturers yet.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-muted">
            {list.totalCount === 1 ? '1 manufacturer' : `${list.totalCount} manufacturers`}
          </caption>
          <thead>
            <tr className="border-b-2 border-border">
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2 text-right">
                Widgets
              </th>
            </tr>
          </thead>
          <tbody>
            {list.manufacturers.map((manufacturer) => (
              <tr key={manufacturer.id} className="border-b border-border">
                <td className="py-2 pr-4">
                  <Link
                    href={manufacturerPath(manufacturer.id)}
                    className="text-brand underline underline-offset-2 hover:text-brand-strong"
                  >
                    {manufacturer.name}
                  </Link>
                </td>
                <td className="py-2 text-right tabular-nums">{manufacturer.widgetCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        pathForPage={(page) => manufacturersPath({ page })}
        label="Manufacturer pages"
      />
    </>
  );
}
