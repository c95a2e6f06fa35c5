'use client';
import Link from 'next/link';
import { lazy, type ReactNode } from 'react';

// Most lists fit on one page and render no pagination: its definition loads only with a list that
// has more (components/README.md, "Which definitions a page loads").
const PaginationHost = lazy(() =>
  import('./pagination-host').then((module) => ({ default: module.PaginationHost })),
);

export type PaginationProps = {
  /** The page before this one, built with a path helper from lib/routes.ts; none on the first page. */
  previousHref?: string;
  /** The page after this one; none on the last page. */
  nextHref?: string;
};

/**
 * "Previous" and "Next" links in a navigation landmark named "Pagination", or nothing when the
 * list has one page. The caller passes the hrefs (a component never builds URLs); a link with
 * nowhere to go is shown disabled.
 */
export function Pagination({ previousHref, nextHref }: PaginationProps) {
  if (previousHref === undefined && nextHref === undefined) return null;
  return (
    // The landmark is in light DOM with its links: a landmark in the shadow root would contain
    // them only through a <slot>, which not every tool follows.
    <nav aria-label="Pagination">
      <PaginationHost>
        <PageLink slot="previous" rel="prev" href={previousHref}>
          Previous
        </PageLink>
        <PageLink slot="next" rel="next" href={nextHref}>
          Next
        </PageLink>
      </PaginationHost>
    </nav>
  );
}

// Without an href, a link that is there but leads nowhere: no href (so it cannot be followed or
// focused), announced as a disabled link (WAI-ARIA's pattern), and drawn muted.
function PageLink({
  slot,
  rel,
  href,
  children,
}: {
  slot: 'previous' | 'next';
  rel: 'prev' | 'next';
  href: string | undefined;
  children: ReactNode;
}) {
  if (href === undefined) {
    return (
      <a slot={slot} role="link" aria-disabled="true" className="text-muted">
        {children}
      </a>
    );
  }
  return (
    <Link slot={slot} rel={rel} href={href} className="link">
      {children}
    </Link>
  );
}
