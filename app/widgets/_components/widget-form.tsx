'use client';
// The widget form, for a new widget and for editing one (Rails' _form partial): the page gives it
// the action, the first state, the submit label and the choices for its selects. Without
// JavaScript it is a plain form post: the server action runs and the page comes back with its
// state. With JavaScript, useActionState submits it in the background and keeps the page,
// showing the same errors and values.
import { lazy, startTransition, useActionState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { FormField } from '@/components/form-field';
import type { WidgetFormState } from './widget-form-state';

// Shown only after a refused save: its definition loads only then (components/README.md,
// "Which definitions a page loads").
const ErrorBanner = lazy(() =>
  import('@/components/error-banner').then((module) => ({ default: module.ErrorBanner })),
);

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

export function WidgetForm({
  action,
  initialState,
  submitLabel,
  manufacturers,
  statuses,
}: WidgetFormProps) {
  const [{ values, errors, conflict }, formAction, pending] = useActionState(action, initialState);
  const messages = errors ? Object.values(errors).flat() : [];

  // With JavaScript, submit the action ourselves: React resets a form after its `action` runs,
  // and a <select> would then lose the manufacturer the user chose. Without JavaScript the
  // browser posts the form to the same action.
  function submitKeepingValues(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  // A new version (the current values, after a conflict) renders the fields afresh: changing
  // their defaultValues would not replace what is on screen.
  return (
    <form
      key={values.lockVersion}
      action={formAction}
      onSubmit={submitKeepingValues}
      noValidate
      className="grid max-w-xl gap-6"
    >
      {conflict && <ErrorBanner message={conflict} />}
      {messages.length > 0 && <ErrorBanner errors={messages} />}

      {values.id !== undefined && <input type="hidden" name="id" value={values.id} />}
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

      <div>
        <Button disabled={pending}>{submitLabel}</Button>
      </div>
    </form>
  );
}
