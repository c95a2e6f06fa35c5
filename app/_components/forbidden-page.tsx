import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { FORBIDDEN_MESSAGE } from '@/lib/authorization';
import { setResponseStatus } from '@/lib/response-status';
import { widgetsPath } from '@/lib/routes';

// The "not allowed" page (PRODUCT.md §1), for a signed-in user whose role does not permit what
// they asked for. Pages return renderForbidden(); a refused server action shows it through
// app/forbidden.tsx or app/not-found.tsx (lib/form-response.ts answerForbidden says why).

export const FORBIDDEN_TITLE = 'Not allowed';

export const forbiddenMetadata: Metadata = { title: FORBIDDEN_TITLE, robots: { index: false } };

export function ForbiddenPage() {
  return (
    <>
      <PageHeader
        heading={FORBIDDEN_MESSAGE}
        description="Your role does not include this. If you need it, ask an administrator."
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
 * What a page returns when lib/authorization.ts refuses the user: the forbidden page, with status
 * 403. Not Next.js's forbidden(), which without JavaScript sends an empty page (ADR 6's reason).
 */
export function renderForbidden() {
  setResponseStatus(403);
  return <ForbiddenPage />;
}
