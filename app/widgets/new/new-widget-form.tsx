'use client';
// The new-widget form. Without JavaScript it is a plain form post: the server action runs and the
// page comes back with its state. With JavaScript, useActionState submits it in the background
// and keeps the page, showing the same errors and values.
import { lazy, startTransition, useActionState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { FormField } from '@/components/form-field';
import { createWidget, type WidgetFormState } from '@/app/widgets/actions';

// Shown only after a refused submit: its definition loads only then (components/README.md,
// "Which definitions a page loads").
const ErrorBanner = lazy(() =>
  import('@/components/error-banner').then((module) => ({ default: module.ErrorBanner })),
);

type ManufacturerChoice = { id: number; name: string };

const emptyForm: WidgetFormState = { values: { name: '', price: '', manufacturerId: '' } };

export function NewWidgetForm({ manufacturers }: { manufacturers: ManufacturerChoice[] }) {
  const [{ values, errors }, formAction, pending] = useActionState(createWidget, emptyForm);
  const messages = errors ? Object.values(errors).flat() : [];

  // With JavaScript, submit the action ourselves: React resets a form after its `action` runs,
  // and a <select> would then lose the manufacturer the user chose. Without JavaScript the
  // browser posts the form to the same action.
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

      <div>
        <Button disabled={pending}>Create</Button>
      </div>
    </form>
  );
}
