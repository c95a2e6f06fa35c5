import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { findStyleguideEntry } from '@/styleguide';
import type { StyleguideEntryDetails } from '@/styleguide/types';
import { CodeBlock } from './code-block';
import { styleguideMetadata } from './styleguide-metadata';

// A component's page in the style guide. Each component has a route of its own,
// app/styleguide/<slug>/page.tsx, which imports only that component's entry: a page loads the
// definition of every component its modules import, and one route for all of them would load
// them all (components/README.md, "Which definitions a page loads").

function entryFor(slug: string) {
  const entry = findStyleguideEntry(slug);
  if (!entry) throw new Error(`styleguide/index.ts has no entry "${slug}".`);
  return entry;
}

export function styleguideComponentMetadata(slug: string): Promise<Metadata> {
  return styleguideMetadata(entryFor(slug).name);
}

/**
 * One component: every example rendered live through its React wrapper (so it is
 * server-rendered like on any page), the code that produced it, and the component's options.
 */
export function StyleguideComponentPage({
  slug,
  details,
}: {
  slug: string;
  details: StyleguideEntryDetails;
}) {
  const entry = entryFor(slug);

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
