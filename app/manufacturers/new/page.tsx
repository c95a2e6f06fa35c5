import type { Metadata } from 'next';
import { ManufacturerForm } from '@/app/manufacturers/_components/manufacturer-form';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = { title: 'New Manufacturer' };

export default function NewManufacturerPage() {
  return (
    <>
      <PageHeader heading="New Manufacturer" />
      <ManufacturerForm />
    </>
  );
}
