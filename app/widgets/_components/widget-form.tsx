'use client';
// The widget form, for a new widget and for editing one (Rails' _form partial): the page gives it
// the action, the first state, the submit label and the choices for its selects; ResourceForm
// does what every form does.
import { Fragment } from 'react';
import { ResourceForm } from '@/app/_components/resource-form';
import { FormField } from '@/components/form-field';
import type { WidgetFormState } from './widget-form-state';

type Choice = { id: number; name: string };

type WidgetFormProps = {
  /** A server action from app/widgets/actions.ts: createWidget or updateWidget. */
  action: (previous: WidgetFormState, formData: FormData) => Promise<WidgetFormState>;
  initialState: WidgetFormState;
  submitLabel: 'Create' | 'Update';
  manufacturers: Choice[];
  /** The status select's choices; without them there is no such field (a new widget is Fresh). */
  statuses?: Choice[];
};

export function WidgetForm({ manufacturers, statuses, ...form }: WidgetFormProps) {
  return (
    <ResourceForm {...form}>
      {({ values, errors }) => (
        // A new version (the current values, after a conflict) renders the fields afresh:
        // changing their defaultValues would not replace what is on screen.
        <Fragment key={values.lockVersion}>
          {values.lockVersion !== undefined && (
            <input type="hidden" name="lock_version" value={values.lockVersion} />
          )}

          <FormField id="widget-name" label="Name" errors={errors?.name}>
            <input
              name="name"
              type="text"
              defaultValue={values.name}
              placeholder="e.g. Stembolt"
              autoFocus
            />
          </FormField>

          <FormField id="widget-price" label="Price" errors={errors?.price}>
            <input
              name="price"
              type="text"
              inputMode="decimal"
              defaultValue={values.price}
              placeholder="e.g. 123.45"
            />
          </FormField>

          <FormField id="widget-manufacturer" label="Manufacturer" errors={errors?.manufacturer}>
            <select name="manufacturer_id" defaultValue={values.manufacturerId}>
              <option value="">-- Choose --</option>
              {manufacturers.map((manufacturer) => (
                <option key={manufacturer.id} value={manufacturer.id}>
                  {manufacturer.name}
                </option>
              ))}
            </select>
          </FormField>

          {statuses && (
            <FormField id="widget-status" label="Status" errors={errors?.status}>
              <select name="widget_status_id" defaultValue={values.widgetStatusId}>
                {statuses.map((status) => (
                  <option key={status.id} value={status.id}>
                    {status.name}
                  </option>
                ))}
              </select>
            </FormField>
          )}
        </Fragment>
      )}
    </ResourceForm>
  );
}
