import { Price } from '@/components/price';
import type { StyleguideEntry } from '@/styleguide/types';

export const priceEntry: StyleguideEntry = {
  slug: 'price',
  name: 'Price',
  description:
    'An amount of money, given in integer cents and shown as US dollars with cents ("$1,234.56"), in tabular figures so amounts line up in columns.',
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
