import { ConfirmDeleteButton } from '@/components/confirm-delete-button';
import { styleguideComponentPath } from '@/lib/routes';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const confirmDeleteButtonDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'action',
      type: 'string | server action',
      description: 'Where the form posts: a server action (e.g. destroyWidget), or a URL.',
    },
    {
      name: 'hiddenFields',
      type: 'Record<string, string | number>',
      default: '{}',
      description: 'Posted with the form as hidden inputs, e.g. { id: widget.id }.',
    },
    {
      name: 'label',
      type: 'string',
      default: "'Delete'",
      description: 'The button that asks. Say what it deletes when the page has more than one.',
    },
    {
      name: 'question',
      type: 'string',
      default: "'Are you sure?'",
      description: 'The question it asks.',
    },
    {
      name: 'confirmLabel',
      type: 'string',
      default: "'Yes, delete'",
      description: "The form's submit button: it deletes.",
    },
    {
      name: 'cancelLabel',
      type: 'string',
      default: "'Cancel'",
      description: 'The button that closes the question and deletes nothing.',
    },
  ],
  examples: [
    {
      title: 'Default',
      code: '<ConfirmDeleteButton\n  action="/styleguide/confirm-delete-button"\n  hiddenFields={{\n    example: \'default\'\n  }}\n/>',
      element: (
        <ConfirmDeleteButton
          action={styleguideComponentPath('confirm-delete-button')}
          hiddenFields={{ example: 'default' }}
        />
      ),
    },
    {
      title: 'Saying what it deletes',
      code: '<ConfirmDeleteButton\n  action="/styleguide/confirm-delete-button"\n  cancelLabel="Keep it"\n  confirmLabel="Delete Stembolt"\n  hiddenFields={{\n    example: \'custom\'\n  }}\n  label="Delete widget"\n  question="Delete the widget Stembolt and its ratings?"\n/>',
      element: (
        <ConfirmDeleteButton
          action={styleguideComponentPath('confirm-delete-button')}
          cancelLabel="Keep it"
          confirmLabel="Delete Stembolt"
          hiddenFields={{ example: 'custom' }}
          label="Delete widget"
          question="Delete the widget Stembolt and its ratings?"
        />
      ),
    },
  ],
};
