import { Button } from '@/components/button';
import { PageHeader } from '@/components/page-header';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const pageHeaderDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'heading',
      type: 'string',
      description: "The page's title, rendered as its <h1>. Every page has exactly one.",
    },
    {
      name: 'description',
      type: 'string',
      description: 'A sentence under the heading, in a muted colour.',
    },
    {
      name: 'actions',
      type: 'ReactNode',
      description:
        'Links or buttons for what can be done on the page, e.g. a "New widget" link; shown beside the heading, or under it on a narrow screen.',
    },
  ],
  examples: [
    {
      title: 'Heading only',
      code: '<PageHeader heading="Our Widgets" />',
      element: <PageHeader heading="Our Widgets" />,
    },
    {
      title: 'With a description',
      code: `<PageHeader
  description="There is nothing at this address. It may have been removed or mistyped."
  heading="Page not found"
/>`,
      element: (
        <PageHeader
          description="There is nothing at this address. It may have been removed or mistyped."
          heading="Page not found"
        />
      ),
    },
    {
      title: 'With actions',
      code: `<PageHeader
  actions={<Button href="/widgets">Browse all widgets</Button>}
  heading="Manufacturers"
/>`,
      element: (
        <PageHeader
          actions={<Button href="/widgets">Browse all widgets</Button>}
          heading="Manufacturers"
        />
      ),
    },
  ],
};
