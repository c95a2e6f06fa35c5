import type { Metadata } from 'next';
import { cache } from 'react';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { updateManufacturer } from '@/app/manufacturers/actions';
import { ManufacturerForm } from '@/app/manufacturers/_components/manufacturer-form';
import { editManufacturerFormState } from '@/app/manufacturers/_components/manufacturer-form-state';
import { PageHeader } from '@/components/page-header';
import { authorize } from '@/lib/authorization';
import { parseId } from '@/lib/params';
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
  return manufacturer ? { title: `Edit ${manufacturer.name}` } : notFoundMetadata;
}

export default async function EditManufacturerPage({ params }: Props) {
  if (!(await authorize('update', 'Manufacturer')).allowed) return renderForbidden();
  const manufacturer = await manufacturerFor((await params).id);
  if (!manufacturer) return renderNotFound();

  return (
    <>
      <PageHeader heading="Edit Manufacturer" />
      <ManufacturerForm
        action={updateManufacturer}
        initialState={editManufacturerFormState(manufacturer)}
        submitLabel="Update"
      />
    </>
  );
}
