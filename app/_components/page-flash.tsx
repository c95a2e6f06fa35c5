'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { lazy, useState } from 'react';
import type { Flash } from '@/lib/flash';

// Most pages have no flash: the message's definition loads only with a page that shows one
// (components/README.md, "Which definitions a page loads").
const FlashMessage = lazy(() =>
  import('@/components/flash-message').then((module) => ({ default: module.FlashMessage })),
);

/**
 * The flash message (lib/flash.ts), on the page it came with and nowhere else.
 *
 * Without JavaScript every page is a full load, and the layout renders each page's flash afresh.
 * With JavaScript, following a <Link> keeps the root layout, and whatever it rendered, on screen:
 * so the message hides itself once the visitor moves on, and stays hidden if they come back. The
 * layout gives it a new key each time it renders, so the flash of a later redirect shows again.
 */
export function PageFlash({ flash }: { flash: Flash }) {
  const location = `${usePathname()}?${useSearchParams()}`;
  const [shownAt] = useState(location);
  const [movedOn, setMovedOn] = useState(false);
  if (location !== shownAt && !movedOn) setMovedOn(true);
  if (movedOn || location !== shownAt) return null;

  return <FlashMessage kind={flash.kind}>{flash.message}</FlashMessage>;
}
