'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import Link from 'next/link';
import React, { type ReactNode } from 'react';
import { PaginationElement } from './pagination';

const PaginationHost = createComponent({
  tagName: 'widget-pagination',
  elementClass: PaginationElement,
  react: React,
  displayName: 'PaginationHost',
});

export type PaginationProps = {
  /** The page shown, from 1. */
  page: number;
  totalPages: number;
  /** The page before this one, built with a path helper from lib/routes.ts. Not used on page 1. */
  previousHref?: string;
  /** The page after this one. Not used on the last page. */
  nextHref?: string;
};

/**
 * "Previous" and "Next" links around "Page N of M" in a navigation landmark named "Pagination",
 * or nothing when everything fits on one page. The caller passes the hrefs (a component never
 * builds URLs); at either end the link is shown disabled.
 */
export function Pagination({ page, totalPages, previousHref, nextHref }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    // The landmark is in light DOM with its links: a landmark in the shadow root would contain
    // them only through a <slot>, which not every tool follows.
    <nav aria-label="Pagination">
      <PaginationHost page={page} totalPages={totalPages}>
        <PageLink slot="previous" rel="prev" href={page > 1 ? previousHref : undefined}>
          Previous
        </PageLink>
        <PageLink slot="next" rel="next" href={page < totalPages ? nextHref : undefined}>
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
