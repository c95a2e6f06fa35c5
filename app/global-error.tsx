'use client'; // Error boundaries are Client Components.

import {
  ServiceUnavailablePage,
  isServiceUnavailable,
} from '@/app/_components/service-unavailable-page';
import { PageHeader } from '@/components/page-header';
import { SERVICE_UNAVAILABLE_HEADING } from '@/lib/service-unavailable';
import './globals.css';

// Shown when the root layout itself fails, in its place, so it brings its own <html> and a plain
// header. The layout reads the session, so this is what a signed-in visitor sees while the
// database cannot be reached (status 503: lib/response-status.ts).
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <title>{`${isServiceUnavailable(error) ? SERVICE_UNAVAILABLE_HEADING : 'Something went wrong'} · Widgets`}</title>
        <header className="border-b border-border bg-subtle">
          <div className="mx-auto w-full max-w-5xl px-4 py-4">
            <p className="text-xl font-bold text-brand-strong">Widgets</p>
          </div>
        </header>
        <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {isServiceUnavailable(error) ? (
            <ServiceUnavailablePage retry={retry} />
          ) : (
            <PageHeader
              heading="Something went wrong"
              description="Sorry, this page could not be shown. Please try again in a moment."
            />
          )}
        </main>
      </body>
    </html>
  );
}
