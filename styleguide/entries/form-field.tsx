import { FormField } from '@/components/form-field';
import type { StyleguideEntryDetails } from '@/styleguide/types';

export const formFieldDetails: StyleguideEntryDetails = {
  options: [
    {
      name: 'id',
      type: 'string',
      description:
        'The id the control gets; the label points at it, and the ids of the errors and the hint derive from it.',
    },
    {
      name: 'label',
      type: 'string',
      description: 'The visible label, e.g. "Name": the accessible name of the control.',
    },
    {
      name: 'hint',
      type: 'string',
      description: 'Help shown under the control, which describes it.',
    },
    {
      name: 'errors',
      type: 'string[]',
      default: '[]',
      description:
        'The messages for this field, in order, e.g. "Name can\'t be blank". Any makes the field invalid.',
    },
    {
      name: 'children',
      type: 'ReactElement',
      description:
        'The native control, e.g. <input name="name" />, without an id. Its own attributes and classes are kept.',
    },
  ],
  examples: [
    {
      title: 'Default',
      code: '<FormField\n  id="example-name"\n  label="Name"\n>\n  <input\n    name="name"\n    placeholder="e.g. Stembolt"\n  />\n</FormField>',
      element: (
        <FormField id="example-name" label="Name">
          <input name="name" placeholder="e.g. Stembolt" />
        </FormField>
      ),
    },
    {
      title: 'With a hint',
      code: '<FormField\n  hint="In dollars, e.g. 123.45"\n  id="example-price"\n  label="Price"\n>\n  <input\n    inputMode="decimal"\n    name="price"\n  />\n</FormField>',
      element: (
        <FormField hint="In dollars, e.g. 123.45" id="example-price" label="Price">
          <input inputMode="decimal" name="price" />
        </FormField>
      ),
    },
    {
      title: 'With errors',
      code: '<FormField\n  errors={[\n    \'Name is too short (minimum is 5 characters)\',\n    \'Name has already been taken\'\n  ]}\n  id="example-invalid-name"\n  label="Name"\n>\n  <input\n    defaultValue="Bolt"\n    name="name"\n  />\n</FormField>',
      element: (
        <FormField
          errors={['Name is too short (minimum is 5 characters)', 'Name has already been taken']}
          id="example-invalid-name"
          label="Name"
        >
          <input defaultValue="Bolt" name="name" />
        </FormField>
      ),
    },
    {
      title: 'With an error and a hint',
      code: '<FormField\n  errors={[\n    \'Price must be greater than 0\'\n  ]}\n  hint="In dollars, e.g. 123.45"\n  id="example-invalid-price"\n  label="Price"\n>\n  <input\n    defaultValue="0"\n    inputMode="decimal"\n    name="price"\n  />\n</FormField>',
      element: (
        <FormField
          errors={['Price must be greater than 0']}
          hint="In dollars, e.g. 123.45"
          id="example-invalid-price"
          label="Price"
        >
          <input defaultValue="0" inputMode="decimal" name="price" />
        </FormField>
      ),
    },
    {
      title: 'A select',
      code: '<FormField\n  id="example-manufacturer"\n  label="Manufacturer"\n>\n  <select name="manufacturer_id">\n    <option value="">\n      -- Choose --\n    </option>\n    <option value="1">\n      Cyberdyne Systems\n    </option>\n  </select>\n</FormField>',
      element: (
        <FormField id="example-manufacturer" label="Manufacturer">
          <select name="manufacturer_id">
            <option value="">-- Choose --</option>
            <option value="1">Cyberdyne Systems</option>
          </select>
        </FormField>
      ),
    },
  ],
};
