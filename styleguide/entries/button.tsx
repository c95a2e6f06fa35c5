import { Button } from '@/components/button';
import { widgetsPath } from '@/lib/routes';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const buttonDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'variant',
      type: "'primary' | 'secondary' | 'danger'",
      default: "'primary'",
      description:
        'primary: the main action of a page or form. secondary: any other action. danger: an action that destroys data.',
    },
    {
      name: 'href',
      type: 'string',
      description:
        'Renders a link to this URL instead of a button (then type, disabled, name and value do not apply).',
    },
    {
      name: 'type',
      type: "'submit' | 'button'",
      default: "'submit'",
      description: 'submit posts the form the button is in; button does nothing by itself.',
    },
    {
      name: 'disabled',
      type: 'boolean',
      default: 'false',
      description: 'Disables the button: it cannot be focused or clicked.',
    },
    {
      name: 'name, value',
      type: 'string',
      description: 'Sent with the form when this button submits it, e.g. name="rating" value="3".',
    },
    {
      name: 'children',
      type: 'ReactNode',
      description: 'The label: what the button does, e.g. "Create".',
    },
  ],
  examples: [
    {
      title: 'Primary',
      code: '<Button>\n  Create\n</Button>',
      element: <Button>Create</Button>,
    },
    {
      title: 'Secondary',
      code: '<Button variant="secondary">\n  Save draft\n</Button>',
      element: <Button variant="secondary">Save draft</Button>,
    },
    {
      title: 'Danger',
      code: '<Button variant="danger">\n  Delete\n</Button>',
      element: <Button variant="danger">Delete</Button>,
    },
    {
      title: 'A link that looks like a button',
      code: '<Button\n  href="/widgets"\n  variant="secondary"\n>\n  Back to widgets\n</Button>',
      element: (
        <Button href={widgetsPath()} variant="secondary">
          Back to widgets
        </Button>
      ),
    },
    {
      title: 'Not a submit button',
      code: '<Button type="button">\n  Show more\n</Button>',
      element: <Button type="button">Show more</Button>,
    },
    {
      title: 'Disabled',
      code: '<Button disabled>\n  Create\n</Button>',
      element: <Button disabled>Create</Button>,
    },
  ],
};
