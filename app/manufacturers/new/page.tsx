import type { Metadata } from 'next';
import { createManufacturer } from '@/app/manufacturers/actions';
import { ManufacturerForm } from '@/app/manufacturers/_components/manufacturer-form';
import { newManufacturerFormState } from '@/app/manufacturers/_components/manufacturer-form-state';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = { title: 'New Manufacturer' };

export default function NewManufacturerPage() {
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
