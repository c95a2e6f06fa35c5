import Link from 'next/link';
import type { Pagination as PaginationState } from '@/lib/pagination';

// Previous/next links under a paginated list. Plain links, so paging works without JavaScript.
// Shared by the list pages until the component library (components/) takes it over.
export function Pagination({
  page,
  totalPages,
  pathForPage,
  label,
}: Omit<PaginationState, 'totalCount'> & {
  pathForPage: (page: number) => string;
  /** Names the navigation landmark, e.g. "Widget pages". */
  label: string;
}) {
  if (totalPages <= 1) return null;
  const linkClass = 'text-brand underline underline-offset-2 hover:text-brand-strong';
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4">
      <span className="min-w-24">
        {page > 1 && (
          <Link href={pathForPage(page - 1)} rel="prev" className={linkClass}>
            Previous
          </Link>
        )}
      </span>
      <p className="text-muted">
        Page {page} of {totalPages}
      </p>
      <span className="min-w-24 text-right">
        {page < totalPages && (
          <Link href={pathForPage(page + 1)} rel="next" className={linkClass}>
            Next
          </Link>
        )}
      </span>
    </nav>
  );
}
