import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { updateWidget } from '@/app/widgets/actions';
import { WidgetForm } from '@/app/widgets/_components/widget-form';
import { editWidgetFormState } from '@/app/widgets/_components/widget-form-state';
import { PageHeader } from '@/components/page-header';
import { parseId } from '@/lib/params';
import { widgetPath } from '@/lib/routes';
import { authorize, currentAbility } from '@/lib/authorization';
import { listManufacturerChoices } from '@/services/manufacturer-queries';
import { findWidgetForEditing } from '@/services/widget-queries';
import { listWidgetStatusChoices } from '@/services/widget-status-queries';

type Props = { params: Promise<{ id: string }> };

// The widget a request names, or null when the id is malformed or unknown. cache() lets the
// title and the page share one lookup.
const widgetFor = cache(async (idSegment: string) => {
  const id = parseId(idSegment);
  return id === null ? null : findWidgetForEditing(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const widget = await widgetFor((await params).id);
  return widget ? { title: `Edit ${widget.name}` } : notFoundMetadata;
}

export default async function EditWidgetPage({ params }: Props) {
  if (!(await authorize('update', 'Widget')).allowed) return renderForbidden();
  const widget = await widgetFor((await params).id);
  if (!widget) return renderNotFound();
  const [manufacturers, statuses, ability] = await Promise.all([
    listManufacturerChoices(),
    listWidgetStatusChoices(),
    currentAbility(),
  ]);

  // The form carries the widget's id and the version it shows in hidden fields;
  // app/widgets/actions.ts says why a changed id cannot cause a lost update.
  return (
    <>
      <PageHeader heading="Edit Widget" />
      <WidgetForm
        action={updateWidget}
        initialState={editWidgetFormState(widget)}
        submitLabel="Update"
        manufacturers={manufacturers}
        // Only a role that may change the status gets the field (catalog may not: lib/policy.ts).
        statuses={ability.can('update', 'Widget', 'widgetStatusId') ? statuses : undefined}
      />
      <p className="mt-6">
        <Link href={widgetPath(widget.id)} className="link">
          Back to the widget
        </Link>
      </p>
    </>
  );
}
