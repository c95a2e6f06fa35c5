'use client';
// The manufacturer form, for a new manufacturer and for editing one. Without JavaScript it is a
// plain form post: the server action runs and the page comes back with its state. With
// JavaScript, useActionState submits it in the background and keeps the page, showing the same
// errors and values.
import { startTransition, useActionState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { ErrorBanner } from '@/components/error-banner';
import { FormField } from '@/components/form-field';
import {
  createManufacturer,
  updateManufacturer,
  type ManufacturerFormState,
  type ManufacturerFormValues,
} from '@/app/manufacturers/actions';

type ManufacturerFormProps =
  // A new manufacturer: the form starts empty and creates one.
  | { manufacturerId?: undefined; values?: undefined }
  // An existing one: the form starts with what is stored and updates it.
  | { manufacturerId: number; values: ManufacturerFormValues };

const emptyValues: ManufacturerFormValues = { name: '', street: '', zip: '' };

export function ManufacturerForm({ manufacturerId, values: initialValues }: ManufacturerFormProps) {
  const editing = manufacturerId !== undefined;
  const [{ values, errors }, formAction, pending] = useActionState<ManufacturerFormState, FormData>(
    editing ? updateManufacturer : createManufacturer,
    { values: initialValues ?? emptyValues },
  );
  const messages = errors ? Object.values(errors).flat() : [];

  // With JavaScript, submit the action ourselves, as every form of the app does, rather than
  // through the form's `action`, after which React resets the form: the fields keep exactly what
  // is on screen. Without JavaScript the browser posts the form to the same action.
  function submitKeepingValues(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues}
      noValidate
      className="grid max-w-xl gap-6"
    >
      {messages.length > 0 && <ErrorBanner errors={messages} />}
      {editing && <input type="hidden" name="id" value={manufacturerId} />}

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

      <div>
        <Button disabled={pending}>{editing ? 'Update' : 'Create'}</Button>
      </div>
    </form>
  );
}
