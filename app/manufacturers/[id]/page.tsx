import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { formatCents } from '@/lib/money';
import { parseId } from '@/lib/params';
import { manufacturersPath, widgetPath } from '@/lib/routes';
import { WidgetIdentifier } from '@/components/widget-identifier';
import { paddedUserFacingIdentifier } from '@/services/widget-identifier';
import { findManufacturer } from '@/services/manufacturer-queries';

type Props = { params: Promise<{ id: string }> };

const linkClass = 'text-brand underline underline-offset-2 hover:text-brand-strong';

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
      <h1 className="mb-6 text-3xl font-bold">{manufacturer.name}</h1>

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
        {manufacturer.widgets.length === 0 ? (
          <p>This manufacturer has no widgets yet.</p>
        ) : (
          <ul className="divide-y divide-border border-y border-border">
            {manufacturer.widgets.map((widget) => (
              <li key={widget.id} className="flex items-baseline justify-between gap-4 py-2">
                <Link href={widgetPath(widget.id)} className={linkClass}>
                  {widget.name}
                </Link>
                <span className="flex gap-6 text-muted">
                  <WidgetIdentifier value={paddedUserFacingIdentifier(widget.id)} />
                  <span className="w-24 text-right tabular-nums">
                    {formatCents(widget.priceCents)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p>
        <Link href={manufacturersPath()} className={linkClass}>
          Back to all manufacturers
        </Link>
      </p>
    </>
  );
}
