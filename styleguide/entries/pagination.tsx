import { Pagination } from '@/components/pagination';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const paginationDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'previousHref',
      type: 'string',
      description:
        'Where "Previous" leads, built with a path helper from lib/routes.ts from the list\'s previousPage (e.g. widgetsPath({ sort, q, ...list.previousPage })). Left out on the first page.',
    },
    {
      name: 'nextHref',
      type: 'string',
      description: 'Where "Next" leads, from the list\'s nextPage. Left out on the last page.',
    },
  ],
  examples: [
    {
      title: 'A page in the middle',
      code: `<Pagination
  nextHref="/widgets?after=50"
  previousHref="/widgets?before=26"
/>`,
      element: <Pagination nextHref="/widgets?after=50" previousHref="/widgets?before=26" />,
    },
    {
      title: 'The first page',
      code: `<Pagination nextHref="/widgets?after=25" />`,
      element: <Pagination nextHref="/widgets?after=25" />,
    },
    {
      title: 'The last page',
      code: `<Pagination previousHref="/widgets?before=76" />`,
      element: <Pagination previousHref="/widgets?before=76" />,
    },
  ],
};
