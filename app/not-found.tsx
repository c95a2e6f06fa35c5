import { ForbiddenPage, FORBIDDEN_TITLE } from '@/app/_components/forbidden-page';
import { NotFoundPage, notFoundMetadata } from '@/app/_components/not-found-page';
import RootLayout from '@/app/layout';
import { currentRequestContext } from '@/lib/request-context';

// Shown, with status 404, for any URL that matches no route; and, with 403, for a form posted
// without JavaScript to a server action that refused the user (lib/form-response.ts
// answerForbidden: Next renders this page for it).
export const metadata = notFoundMetadata;

export default function NotFound() {
  if (!currentRequestContext()?.actionForbidden) return <NotFoundPage />;
  // For that post Next renders this page on its own: without the root layout (so without <html>,
  // the header or the footer) and without the metadata (so without a <title>). It brings both.
  return (
    <RootLayout>
      <title>{`${FORBIDDEN_TITLE} · Widgets`}</title>
      <ForbiddenPage />
    </RootLayout>
  );
}
