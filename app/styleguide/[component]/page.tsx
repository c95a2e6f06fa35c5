import type { Metadata } from 'next';
import { notFoundMetadata, renderNotFound } from '@/app/_components/not-found-page';
import { PageHeader } from '@/components/page-header';
import { findStyleguideEntry } from '@/styleguide';
import { findStyleguideEntryDetails } from '@/styleguide/entries';
import { CodeBlock } from '../_components/code-block';
import { styleguideMetadata } from '../_components/styleguide-metadata';

type Props = { params: Promise<{ component: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = findStyleguideEntry((await params).component);
  return entry ? styleguideMetadata(entry.name) : notFoundMetadata;
}

// One component: every example rendered live through its React wrapper (so it is server-rendered
// like on any page), the code that produced it, and the component's options.
export default async function StyleguideComponentPage({ params }: Props) {
  const slug = (await params).component;
  const entry = findStyleguideEntry(slug);
  const details = findStyleguideEntryDetails(slug);
  if (!entry || !details) return renderNotFound();

  return (
    <>
      <PageHeader heading={entry.name} description={entry.description} />

      <h2 className="mb-4 text-2xl font-semibold">Examples</h2>
      {details.examples.map((example, index) => (
        <section
          key={example.title}
          data-testid="example"
          aria-labelledby={`example-${index}`}
          className="mb-8 rounded-md border border-border"
        >
          <h3
            id={`example-${index}`}
            className="rounded-t-md border-b border-border bg-subtle px-4 py-2 font-semibold"
          >
            {example.title}
          </h3>
          <div data-testid="example-preview" className="p-6">
            {example.element}
          </div>
          <CodeBlock code={example.code} className="rounded-b-md border-t border-border" />
        </section>
      ))}

      <table className="w-full border-collapse text-left">
        {/* The heading names the table, and stays in the page's outline. */}
        <caption className="mb-4 text-left">
          <h2 className="text-2xl font-semibold">Options</h2>
        </caption>
        <thead>
          <tr className="border-b-2 border-border">
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4">
              Type
            </th>
            <th scope="col" className="py-2 pr-4">
              Default
            </th>
            <th scope="col" className="py-2">
              Description
            </th>
          </tr>
        </thead>
        <tbody>
          {details.options.map((option) => (
            <tr key={option.name} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <code>{option.name}</code>
              </th>
              <td className="py-2 pr-4">
                <code>{option.type}</code>
              </td>
              <td className="py-2 pr-4">
                {option.default === undefined ? (
                  <span className="text-muted">none</span>
                ) : (
                  <code>{option.default}</code>
                )}
              </td>
              <td className="py-2">{option.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
