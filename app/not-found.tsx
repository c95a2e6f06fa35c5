import { ForbiddenPage } from '@/app/_components/forbidden-page';
import { NotFoundPage, notFoundMetadata } from '@/app/_components/not-found-page';
import { currentRequestContext } from '@/lib/request-context';

// Shown, with status 404, for any URL that matches no route; and, with 403, for a form posted
// without JavaScript to a server action that refused the user (lib/form-response.ts
// answerForbidden: Next renders this page for it).
export const metadata = notFoundMetadata;

export default function NotFound() {
  return currentRequestContext()?.actionForbidden ? <ForbiddenPage /> : <NotFoundPage />;
}
