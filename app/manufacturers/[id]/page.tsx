import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { destroyManufacturer } from '@/app/manufacturers/actions';
import { widgetCells } from '@/app/widgets/_components/widget-cells';
import { parseId } from '@/lib/params';
import { editManufacturerPath, manufacturersPath } from '@/lib/routes';
import { Button } from '@/components/button';
import { ConfirmDeleteButton } from '@/components/confirm-delete-button';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { findManufacturer } from '@/services/manufacturer-queries';

type Props = { params: Promise<{ id: string }> };

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

export default async function ManufacturerPage({ params }: Props) {
  const manufacturer = await manufacturerFor((await params).id);
  if (!manufacturer) return renderNotFound();

  return (
    <>
      <PageHeader
        heading={manufacturer.name}
        actions={
          <>
            <Button href={editManufacturerPath(manufacturer.id)} variant="secondary">
              Edit
            </Button>
            <ConfirmDeleteButton
              action={destroyManufacturer}
              hiddenFields={{ id: manufacturer.id }}
              question={`Delete ${manufacturer.name}?`}
            />
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
        <DataTable
          caption={
            manufacturer.widgets.length === 1
              ? '1 widget'
              : `${manufacturer.widgets.length} widgets`
          }
          columns={[
            { key: 'name', label: 'Name' },
            { key: 'identifier', label: 'ID' },
            { key: 'price', label: 'Price', align: 'end' },
          ]}
          rows={manufacturer.widgets.map((widget) => ({
            key: widget.id,
            cells: widgetCells(widget),
          }))}
          emptyMessage="This manufacturer has no widgets yet."
        />
      </section>

      <p>
        <Link href={manufacturersPath()} className="link">
          Back to all manufacturers
        </Link>
      </p>
    </>
  );
}
