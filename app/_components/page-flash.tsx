'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { FlashMessage } from '@/components/flash-message';
import type { Flash } from '@/lib/flash';

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
