'use client'; // Error boundaries are Client Components.

import Link from 'next/link';
import {
  ServiceUnavailablePage,
  isServiceUnavailable,
} from '@/app/_components/service-unavailable-page';
import { PageHeader } from '@/components/page-header';
import { widgetsPath } from '@/lib/routes';

// Shown, inside the layout, when a page fails unexpectedly. The server has already logged the
// error; the visitor gets a way on rather than a blank page. A database outage gets its own page
// (and status 503): trying again later is all there is to do.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  if (isServiceUnavailable(error)) return <ServiceUnavailablePage retry={retry} />;
  return (
    <>
      <PageHeader
        heading="Something went wrong"
        description="Sorry, this page could not be shown. Please try again in a moment."
      />
      <p className="flex items-center gap-6">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-brand px-4 py-2 font-semibold text-surface hover:bg-brand-strong"
        >
          Try again
        </button>
        <Link href={widgetsPath()} className="link">
          Browse all widgets
        </Link>
      </p>
    </>
  );
}
