import { connection } from 'next/server';
import { renderNotFound } from '@/app/_components/not-found-page';
import { env } from '@/lib/env';

// The mail previews (PRODUCT.md §9): every email the app sends, rendered with sample data, for the
// people who build the app. Served in development only; elsewhere every /mail_previews URL is
// "page not found".
export default async function MailPreviewsLayout({ children }: { children: React.ReactNode }) {
  // Per request, with the server's environment, never prerendered with the build's.
  await connection();
  if (env.NODE_ENV !== 'development') return renderNotFound();
  return children;
}
