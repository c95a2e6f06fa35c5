import { FlashMessage } from '@/components/flash-message';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const flashMessageDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'kind',
      type: "'notice' | 'alert'",
      default: "'notice'",
      description:
        'notice: something went as asked (success colours). alert: it did not (danger colours).',
    },
    {
      name: 'children',
      type: 'ReactNode',
      description: 'The message: a short sentence, possibly with a link. Stays in light DOM.',
    },
  ],
  examples: [
    {
      title: 'Notice',
      code: '<FlashMessage kind="notice">\n  Thanks for rating!\n</FlashMessage>',
      element: <FlashMessage kind="notice">Thanks for rating!</FlashMessage>,
    },
    {
      title: 'Alert',
      code: '<FlashMessage kind="alert">\n  This manufacturer still has widgets.\n</FlashMessage>',
      element: <FlashMessage kind="alert">This manufacturer still has widgets.</FlashMessage>,
    },
  ],
};
