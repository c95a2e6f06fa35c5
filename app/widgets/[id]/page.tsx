import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { renderForbidden } from '@/app/_components/forbidden-page';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { destroyWidget } from '@/app/widgets/actions';
import { parseId } from '@/lib/params';
import { editWidgetPath, manufacturerPath, widgetsPath } from '@/lib/routes';
import { authorize, currentAbility } from '@/lib/authorization';
import { Button } from '@/components/button';
import { ConfirmDeleteButton } from '@/components/confirm-delete-button';
import { PageHeader } from '@/components/page-header';
import { Price } from '@/components/price';
import { Rating } from '@/components/rating';
import { WidgetIdentifier } from '@/components/widget-identifier';
import { paddedUserFacingIdentifier } from '@/services/widget-identifier';
import { findWidget } from '@/services/widget-queries';

type Props = { params: Promise<{ id: string }> };

// The widget a request names, or null when the id is malformed or unknown. cache() lets the
// title and the page share one lookup.
const widgetFor = cache(async (idSegment: string) => {
  const id = parseId(idSegment);
  return id === null ? null : findWidget(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const widget = await widgetFor((await params).id);
  return widget ? { title: widget.name } : notFoundMetadata;
}

function formatRatings({ average, count }: { average: number | null; count: number }): string {
  if (average === null || count === 0) return 'No ratings yet';
  return `${average.toFixed(1)} (${count === 1 ? '1 rating' : `${count} ratings`})`;
}

export default async function WidgetPage({ params }: Props) {
  if (!(await authorize('read', 'Widget')).allowed) return renderForbidden();
  const widget = await widgetFor((await params).id);
  if (!widget) return renderNotFound();
  const ability = await currentAbility();

  return (
    <>
      <PageHeader
        heading="Widget Information"
        actions={
          <>
            {ability.can('update', 'Widget') && (
              <Button href={editWidgetPath(widget.id)} variant="secondary">
                Edit
              </Button>
            )}
            {ability.can('destroy', 'Widget') && (
              <ConfirmDeleteButton
                action={destroyWidget}
                hiddenFields={{ id: widget.id }}
                question="Delete this widget and its ratings?"
              />
            )}
          </>
        }
      />

      <section aria-labelledby="widget-name" className="rounded-md border border-border p-6">
        <h2 id="widget-name" data-testid="widget-name" className="text-2xl font-semibold">
          {widget.name}
        </h2>
        <p className="mb-4 text-muted">
          ID #<WidgetIdentifier value={paddedUserFacingIdentifier(widget.id)} />
        </p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-8 gap-y-2">
          <dt className="font-semibold">Manufacturer</dt>
          <dd>
            <Link href={manufacturerPath(widget.manufacturer.id)} className="link">
              {widget.manufacturer.name}
            </Link>
          </dd>
          <dt className="font-semibold">Price</dt>
          <dd>
            <Price cents={widget.priceCents} />
          </dd>
          <dt className="font-semibold">Status</dt>
          <dd>{widget.widgetStatus.name}</dd>
          <dt className="font-semibold">Rating</dt>
          <dd>{formatRatings(widget.ratings)}</dd>
        </dl>
        <div className="mt-6 border-t border-border pt-6">
          <Rating widgetId={widget.id} />
        </div>
      </section>

      <p className="mt-6">
        <Link href={widgetsPath()} className="link">
          Back to all widgets
        </Link>
      </p>
    </>
  );
}
