import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { mailPreviewPath } from '@/lib/routes';
import { mailPreviews } from '@/mailers/previews';

export const metadata: Metadata = { title: 'Mail previews', robots: { index: false } };

export default function MailPreviewsPage() {
  return (
    <>
      <PageHeader
        heading="Mail previews"
        description="Every email the app sends, with sample data. Nothing is stored or sent."
      />
      <dl className="flex flex-col gap-4">
        {mailPreviews.map((preview) => (
          <div key={preview.slug}>
            <dt className="font-semibold">
              <Link href={mailPreviewPath(preview.slug)} className="link">
                {preview.name}
              </Link>
            </dt>
            <dd>{preview.description}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
