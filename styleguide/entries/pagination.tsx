import { Pagination } from '@/components/pagination';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const paginationDetails: StyleguideEntryDetails = {
  options: [
    { name: 'page', type: 'number', description: 'The page shown, counted from 1.' },
    { name: 'totalPages', type: 'number', description: 'How many pages the list has.' },
    {
      name: 'previousHref',
      type: 'string',
      description:
        'Where "Previous" leads, built with a path helper from lib/routes.ts (e.g. widgetsPath({ page: page - 1 })). Not needed on the first page.',
    },
    {
      name: 'nextHref',
      type: 'string',
      description: 'Where "Next" leads. Not needed on the last page.',
    },
  ],
  examples: [
    {
      title: 'A page in the middle',
      code: `<Pagination
  nextHref="/widgets?page=3"
  page={2}
  previousHref="/widgets?page=1"
  totalPages={5}
/>`,
      element: (
        <Pagination
          nextHref="/widgets?page=3"
          page={2}
          previousHref="/widgets?page=1"
          totalPages={5}
        />
      ),
    },
    {
      title: 'The first page',
      code: `<Pagination
  nextHref="/widgets?page=2"
  page={1}
  totalPages={5}
/>`,
      element: <Pagination nextHref="/widgets?page=2" page={1} totalPages={5} />,
    },
    {
      title: 'The last page',
      code: `<Pagination
  page={5}
  previousHref="/widgets?page=4"
  totalPages={5}
/>`,
      element: <Pagination page={5} previousHref="/widgets?page=4" totalPages={5} />,
    },
  ],
};
