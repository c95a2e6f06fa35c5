import type { Metadata } from 'next';
import Link from 'next/link';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { PageHeader } from '@/components/page-header';
import { env } from '@/lib/env';
import { mailPreviewsPath } from '@/lib/routes';
import { findMailPreview } from '@/mailers/previews';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const preview = findMailPreview((await params).slug);
  return preview
    ? { title: `${preview.name} · Mail previews`, robots: { index: false } }
    : notFoundMetadata;
}

// One email as its recipient gets it: the headers, the HTML part in a sandboxed frame (its own
// document, styled only by its inline styles, as in a mail client) and the text part.
export default async function MailPreviewPage({ params }: Props) {
  const preview = findMailPreview((await params).slug);
  if (!preview) return renderNotFound();
  const email = preview.render();

  return (
    <>
      <PageHeader
        heading={preview.name}
        description={preview.description}
        actions={
          <Link href={mailPreviewsPath()} className="link">
            All mail previews
          </Link>
        }
      />

      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">From</dt>
        <dd>{env.MAIL_FROM}</dd>
        <dt className="font-semibold">To</dt>
        <dd>{email.to}</dd>
        <dt className="font-semibold">Subject</dt>
        <dd>{email.subject}</dd>
      </dl>

      <section aria-labelledby="html-part-heading" className="mb-8">
        <h2 id="html-part-heading" className="mb-2 text-xl font-semibold">
          HTML part
        </h2>
        <iframe
          title={`The HTML part of "${email.subject}"`}
          srcDoc={email.html}
          sandbox=""
          className="h-96 w-full rounded-md border border-border"
        />
      </section>

      <section aria-labelledby="text-part-heading">
        <h2 id="text-part-heading" className="mb-2 text-xl font-semibold">
          Text part
        </h2>
        <pre className="overflow-x-auto rounded-md border border-border bg-subtle p-4 text-sm whitespace-pre-wrap">
          {email.text}
        </pre>
      </section>
    </>
  );
}
