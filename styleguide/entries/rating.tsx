import { Rating } from '@/components/rating';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const ratingDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'widgetId',
      type: 'number',
      description: 'The widget being rated; each form posts it as widget_id.',
    },
    {
      name: 'showCallToAction',
      type: 'boolean',
      default: 'false',
      description:
        'Shows "Your ratings help us be amazing!" above the buttons. The widget page does not.',
    },
    {
      name: 'rated',
      type: 'number',
      description:
        'The rating just given (1–5): the thanks replace the buttons. The component sets it itself after a background post.',
    },
  ],
  examples: [
    {
      title: 'Default (as on the widget page)',
      code: '<Rating widgetId={1} />',
      element: <Rating widgetId={1} />,
    },
    {
      title: 'With the call to action',
      code: '<Rating\n  showCallToAction\n  widgetId={1}\n/>',
      element: <Rating showCallToAction widgetId={1} />,
    },
    {
      title: 'Rated',
      code: '<Rating\n  rated={4}\n  widgetId={1}\n/>',
      element: <Rating rated={4} widgetId={1} />,
    },
  ],
};
