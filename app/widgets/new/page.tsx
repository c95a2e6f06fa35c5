import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { listManufacturerChoices } from '@/services/manufacturer-queries';
import { NewWidgetForm } from './new-widget-form';

export const metadata: Metadata = { title: 'New Widget' };

export default async function NewWidgetPage() {
  const manufacturers = await listManufacturerChoices();

  return (
    <>
      <PageHeader heading="New Widget" />
      <NewWidgetForm manufacturers={manufacturers} />
    </>
  );
}
