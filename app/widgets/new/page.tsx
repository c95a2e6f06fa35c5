import type { Metadata } from 'next';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { createWidget } from '@/app/widgets/actions';
import { WidgetForm } from '@/app/widgets/_components/widget-form';
import { newWidgetFormState } from '@/app/widgets/_components/widget-form-state';
import { PageHeader } from '@/components/page-header';
import { authorize } from '@/lib/authorization';
import { listManufacturerChoices } from '@/services/manufacturer-queries';

export const metadata: Metadata = { title: 'New Widget' };

export default async function NewWidgetPage() {
  if (!(await authorize('create', 'Widget')).allowed) return renderForbidden();
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
