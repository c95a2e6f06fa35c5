import { NotFoundPage, notFoundMetadata } from '@/app/_components/not-found-page';

// Shown, with status 404, for any URL that matches no route.
export const metadata = notFoundMetadata;

export default NotFoundPage;
