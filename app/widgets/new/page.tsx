import type { Metadata } from 'next';
import { createWidget } from '@/app/widgets/actions';
import { WidgetForm } from '@/app/widgets/_components/widget-form';
import { newWidgetFormState } from '@/app/widgets/_components/widget-form-state';
import { PageHeader } from '@/components/page-header';
import { listManufacturerChoices } from '@/services/manufacturer-queries';

export const metadata: Metadata = { title: 'New Widget' };

export default async function NewWidgetPage() {
  const manufacturers = await listManufacturerChoices();

  return (
    <>
      <PageHeader heading="New Widget" />
      <WidgetForm
        action={createWidget}
        initialState={newWidgetFormState()}
        submitLabel="Create"
        manufacturers={manufacturers}
      />
    </>
  );
}
