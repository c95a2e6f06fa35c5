'use client';
// The manufacturer form, for a new manufacturer and for editing one (Rails' _form partial): the
// page gives it the action, the first state and the submit label; ResourceForm does what every
// form does.
import { ResourceForm } from '@/app/_components/resource-form';
import { FormField } from '@/components/form-field';
import type { ManufacturerFormState } from './manufacturer-form-state';

type ManufacturerFormProps = {
  /** A server action from app/manufacturers/actions.ts: createManufacturer or updateManufacturer. */
  action: (previous: ManufacturerFormState, formData: FormData) => Promise<ManufacturerFormState>;
  initialState: ManufacturerFormState;
  submitLabel: 'Create' | 'Update';
};

export function ManufacturerForm(form: ManufacturerFormProps) {
  return (
    <ResourceForm {...form}>
      {({ values, errors }) => (
        <>
          <FormField id="manufacturer-name" label="Name" errors={errors?.name}>
            <input
              name="name"
              type="text"
              defaultValue={values.name}
              placeholder="e.g. Cyberdyne Systems"
              autoFocus
            />
          </FormField>

          <FormField id="manufacturer-street" label="Street" errors={errors?.street}>
            <input
              name="street"
              type="text"
              defaultValue={values.street}
              placeholder="e.g. 18144 El Camino Real"
            />
          </FormField>

          <FormField id="manufacturer-zip" label="Zip" errors={errors?.zip}>
            <input name="zip" type="text" defaultValue={values.zip} placeholder="e.g. 94086" />
          </FormField>
        </>
      )}
    </ResourceForm>
  );
}
