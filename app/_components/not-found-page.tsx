import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { setResponseStatus } from '@/lib/response-status';
import { widgetsPath } from '@/lib/routes';

// The "page not found" page: app/not-found.tsx shows it for URLs that match no route, and pages
// for records that do not exist return renderNotFound().

export const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false } };

export function NotFoundPage() {
  return (
    <>
      <PageHeader
        heading="Page not found"
        description="There is nothing at this address. It may have been removed or mistyped."
      />
      <p>
        <Link href={widgetsPath()} className="link">
          Browse all widgets
        </Link>
      </p>
    </>
  );
}

/**
 * What a page returns for a record that does not exist: the not-found page, with status 404.
 * Not Next.js's notFound(), which without JavaScript shows a blank page (lib/response-status.ts).
 */
export function renderNotFound() {
  setResponseStatus(404);
  return <NotFoundPage />;
}
