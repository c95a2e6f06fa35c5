import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { destroyManufacturer } from '@/app/manufacturers/actions';
import { widgetCells } from '@/app/widgets/_components/widget-cells';
import type { Cursor } from '@/lib/pagination';
import { parseId, parsePageParams, type SearchParams } from '@/lib/params';
import { editManufacturerPath, manufacturerPath, manufacturersPath } from '@/lib/routes';
import { authorize, currentAbility } from '@/lib/authorization';
import { Button } from '@/components/button';
import { ConfirmDeleteButton } from '@/components/confirm-delete-button';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { findManufacturer, listManufacturerWidgets } from '@/services/manufacturer-queries';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// The manufacturer a request names, or null when the id is malformed or unknown. cache() lets the
// title and the page share one lookup.
const manufacturerFor = cache(async (idSegment: string) => {
  const id = parseId(idSegment);
  return id === null ? null : findManufacturer(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const manufacturer = await manufacturerFor((await params).id);
  return manufacturer ? { title: manufacturer.name } : notFoundMetadata;
}

export default async function ManufacturerPage({ params, searchParams }: Props) {
  if (!(await authorize('read', 'Manufacturer')).allowed) return renderForbidden();
  const manufacturer = await manufacturerFor((await params).id);
  if (!manufacturer) return renderNotFound();
  const { cursor } = parsePageParams(await searchParams);
  const [list, ability] = await Promise.all([
    listManufacturerWidgets(manufacturer.id, cursor),
    currentAbility(),
  ]);
  const pageHref = (page: Cursor | null) =>
    page ? manufacturerPath(manufacturer.id, page) : undefined;

  return (
    <>
      <PageHeader
        heading={manufacturer.name}
        actions={
          <>
            {ability.can('update', 'Manufacturer') && (
              <Button href={editManufacturerPath(manufacturer.id)} variant="secondary">
                Edit
              </Button>
            )}
            {ability.can('destroy', 'Manufacturer') && (
              <ConfirmDeleteButton
                action={destroyManufacturer}
                hiddenFields={{ id: manufacturer.id }}
                question={`Delete ${manufacturer.name}?`}
              />
            )}
          </>
        }
      />

      <section aria-labelledby="address-heading" className="mb-8">
        <h2 id="address-heading" className="mb-2 text-xl font-semibold">
          Address
        </h2>
        <address className="not-italic">
          {manufacturer.address.street}
          <br />
          {manufacturer.address.zip}
        </address>
      </section>

      <section aria-labelledby="widgets-heading" className="mb-8">
        <h2 id="widgets-heading" className="mb-2 text-xl font-semibold">
          Widgets
        </h2>
        {/* Not counted, like every list (ADR 11): a manufacturer may make a great many. */}
        <DataTable
          caption={`Widgets made by ${manufacturer.name}, sorted by name`}
          columns={[
            { key: 'name', label: 'Name' },
            { key: 'identifier', label: 'ID' },
            { key: 'price', label: 'Price', align: 'end' },
          ]}
          rows={list.widgets.map((widget) => ({
            key: widget.id,
            cells: widgetCells(widget),
          }))}
          emptyMessage="This manufacturer has no widgets yet."
        />
        <Pagination previousHref={pageHref(list.previousPage)} nextHref={pageHref(list.nextPage)} />
      </section>

      <p>
        <Link href={manufacturersPath()} className="link">
          Back to all manufacturers
        </Link>
      </p>
    </>
  );
}
