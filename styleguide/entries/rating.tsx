import { Rating } from '@/components/rating';
import type { StyleguideEntry } from '@/styleguide/types';

export const ratingEntry: StyleguideEntry = {
  slug: 'rating',
  name: 'Rating',
  description:
    '"Rate This Widget:" and buttons 1 to 5, each a real form posting to /widget_ratings. Without JavaScript the post redirects back with the flash "Thanks for rating!"; with JavaScript it happens in the background and "Thanks for rating this a N" replaces the buttons (on failure, an error, and the buttons work again). Buttons here rate the widget with id 1, if there is one.',
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
