import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { styleguideComponentPath, styleguideTokensPath } from '@/lib/routes';
import { styleguideEntries } from '@/styleguide';
import { styleguideMetadata } from './_components/styleguide-metadata';

export function generateMetadata() {
  return styleguideMetadata();
}

export default function StyleguidePage() {
  return (
    <>
      <PageHeader
        heading="Style guide"
        description="The building blocks of every page: the design tokens, and each reusable component with its variants, the code that produces each one, and its options. Everything here is rendered by the same code the pages use, so what you see is what the app ships."
      />
      <p className="mb-8">
        To add a component, give it a folder in <code>components/</code> and an entry in{' '}
        <code>styleguide/entries/</code>; a test fails until it has one.
      </p>

      <h2 className="mb-4 text-2xl font-semibold">Foundations</h2>
      <dl className="mb-8">
        <dt className="font-semibold">
          <Link href={styleguideTokensPath()} className="link">
            Design tokens
          </Link>
        </dt>
        <dd>
          The type scale, spacing, colours and radii, defined once in <code>app/globals.css</code>.
        </dd>
      </dl>

      <h2 className="mb-4 text-2xl font-semibold">Components</h2>
      <dl className="flex flex-col gap-4">
        {styleguideEntries.map((entry) => (
          <div key={entry.slug}>
            <dt className="font-semibold">
              <Link href={styleguideComponentPath(entry.slug)} className="link">
                {entry.name}
              </Link>
            </dt>
            <dd>{entry.description}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
