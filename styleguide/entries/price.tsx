import { Price } from '@/components/price';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const priceDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'cents',
      type: 'number',
      default: '0',
      description: 'The amount in cents, as stored: 123456 is shown as "$1,234.56".',
    },
  ],
  examples: [
    {
      title: 'Default',
      code: '<Price cents={123456} />',
      element: <Price cents={123456} />,
    },
    {
      title: 'Small and large amounts',
      code: `<ul>
  <li>
    <Price cents={5} />
  </li>
  <li>
    <Price cents={750001} />
  </li>
  <li>
    <Price cents={1000000} />
  </li>
</ul>`,
      element: (
        <ul>
          <li>
            <Price cents={5} />
          </li>
          <li>
            <Price cents={750001} />
          </li>
          <li>
            <Price cents={1000000} />
          </li>
        </ul>
      ),
    },
  ],
};
