import type { Metadata } from 'next';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { createManufacturer } from '@/app/manufacturers/actions';
import { ManufacturerForm } from '@/app/manufacturers/_components/manufacturer-form';
import { newManufacturerFormState } from '@/app/manufacturers/_components/manufacturer-form-state';
import { PageHeader } from '@/components/page-header';
import { authorize } from '@/lib/authorization';

export const metadata: Metadata = { title: 'New Manufacturer' };

export default async function NewManufacturerPage() {
  if (!(await authorize('create', 'Manufacturer')).allowed) return renderForbidden();
  return (
    <>
      <PageHeader heading="New Manufacturer" />
      <ManufacturerForm
        action={createManufacturer}
        initialState={newManufacturerFormState()}
        submitLabel="Create"
      />
    </>
  );
}
