import { ForbiddenPage, forbiddenMetadata } from '@/app/_components/forbidden-page';

// Shown when a server action posted by Next's client router calls forbidden()
// (lib/form-response.ts answerForbidden): the router renders it in place of the page.
export const metadata = forbiddenMetadata;

export default ForbiddenPage;
