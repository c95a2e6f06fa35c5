import { WidgetIdentifier } from '@/components/widget-identifier';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const widgetIdentifierDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'value',
      type: 'string',
      default: "''",
      description: 'The formatted identifier, e.g. "0012.34".',
    },
  ],
  examples: [
    {
      title: 'Default',
      code: '<WidgetIdentifier value="0012.34" />',
      element: <WidgetIdentifier value="0012.34" />,
    },
    {
      title: 'Inside text',
      code: '<p>\n  ID #\n  <WidgetIdentifier value="9876.54" />\n</p>',
      element: (
        <p>
          ID #<WidgetIdentifier value="9876.54" />
        </p>
      ),
    },
  ],
};
