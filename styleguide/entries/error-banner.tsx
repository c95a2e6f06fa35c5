import { ErrorBanner } from '@/components/error-banner';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const errorBannerDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'errors',
      type: 'string[]',
      default: '[]',
      description: 'The error messages, listed in this order under the message.',
    },
    {
      name: 'message',
      type: 'string',
      default: "'The data you provided is not valid.'",
      description: 'The sentence the banner says. Keep the default for invalid form data.',
    },
  ],
  examples: [
    {
      title: 'Default',
      code: '<ErrorBanner />',
      element: <ErrorBanner />,
    },
    {
      title: 'With the error messages',
      code: "<ErrorBanner\n  errors={[\n    'Name is too short (minimum is 5 characters)',\n    'Price must be greater than 0'\n  ]}\n />",
      element: (
        <ErrorBanner
          errors={['Name is too short (minimum is 5 characters)', 'Price must be greater than 0']}
        />
      ),
    },
    {
      title: 'Another message',
      code: '<ErrorBanner message="This widget was changed by someone else. Review the current values and save again." />',
      element: (
        <ErrorBanner message="This widget was changed by someone else. Review the current values and save again." />
      ),
    },
  ],
};
