import { PageHeader } from '@/components/page-header';
import {
  DATABASE_UNAVAILABLE_DIGEST,
  SERVICE_UNAVAILABLE_HEADING,
  SERVICE_UNAVAILABLE_MESSAGE,
} from '@/lib/service-unavailable';

// What a page shows, with status 503, while the database cannot be reached (lib/db/errors.ts):
// app/error.tsx inside the layout, app/global-error.tsx when the layout itself could not render.
// Reloading is the way on, since every page needs the database.

export function isServiceUnavailable(error: unknown): boolean {
  return (error as { digest?: unknown } | null)?.digest === DATABASE_UNAVAILABLE_DIGEST;
}

export function ServiceUnavailablePage({ retry }: { retry: () => void }) {
  return (
    <>
      <PageHeader heading={SERVICE_UNAVAILABLE_HEADING} description={SERVICE_UNAVAILABLE_MESSAGE} />
      <p>
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-brand px-4 py-2 font-semibold text-surface hover:bg-brand-strong"
        >
          Try again
        </button>
      </p>
    </>
  );
}
