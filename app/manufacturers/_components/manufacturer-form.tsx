'use client';
// The manufacturer form, for a new manufacturer and for editing one (Rails' _form partial): the
// page gives it the action, the first state and the submit label. Without JavaScript it is a
// plain form post: the server action runs and the page comes back with its state. With
// JavaScript, useActionState submits it in the background and keeps the page, showing the same
// errors and values.
import { lazy, startTransition, useActionState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { FormField } from '@/components/form-field';
import type { ManufacturerFormState } from './manufacturer-form-state';

// Shown only after a refused save: its definition loads only then (components/README.md,
// "Which definitions a page loads").
const ErrorBanner = lazy(() =>
  import('@/components/error-banner').then((module) => ({ default: module.ErrorBanner })),
);

type ManufacturerFormProps = {
  /** A server action from app/manufacturers/actions.ts: createManufacturer or updateManufacturer. */
  action: (previous: ManufacturerFormState, formData: FormData) => Promise<ManufacturerFormState>;
  initialState: ManufacturerFormState;
  submitLabel: 'Create' | 'Update';
};

export function ManufacturerForm({ action, initialState, submitLabel }: ManufacturerFormProps) {
  const [{ values, errors }, formAction, pending] = useActionState(action, initialState);
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
      {values.id !== undefined && <input type="hidden" name="id" value={values.id} />}

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
        <Button disabled={pending}>{submitLabel}</Button>
      </div>
    </form>
  );
}
