'use client';
// What every resource's form does the same way (app/<resource>/_components/<resource>-form.tsx
// gives only its fields). Without JavaScript it is a plain form post: the server action runs and
// the page comes back with its state. With JavaScript, useActionState submits it in the
// background and keeps the page, showing the same errors and values.
import { lazy, startTransition, useActionState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/button';
import type { FieldErrors } from '@/lib/validation-errors';

// Shown only after a refused save: its definition loads only then (components/README.md,
// "Which definitions a page loads").
const ErrorBanner = lazy(() =>
  import('@/components/error-banner').then((module) => ({ default: module.ErrorBanner })),
);

/** What a form shows: what was typed, and why the last save was refused. */
export type ResourceFormState<Values extends { id?: string }, Attribute extends string> = {
  /** As typed; `id` (editing only) goes back in a hidden field (lib/params.ts parseRecordId). */
  values: Values;
  /** Full messages per field ("Name can't be blank"); absent before the first submit. */
  errors?: FieldErrors<Attribute>;
  /** Why the last submit was refused when no field is to blame: someone else saved the record
   *  first, or a sign-in failed. */
  refusal?: string;
};

// Awaited<State> is State itself (a plain object), spelled as useActionState's types need it.
type ResourceFormProps<State> = {
  /** A server action from app/<resource>/actions.ts: create… or update…. */
  action: (previous: Awaited<State>, formData: FormData) => Promise<State>;
  initialState: Awaited<State>;
  submitLabel: 'Create' | 'Update' | 'Sign in';
  /** The fields, for the state the form is in. */
  children: (state: Awaited<State>) => ReactNode;
  /**
   * For a save whose result is shown where the form was, rather than on the page a redirect leads
   * to (a new API key, shown once, which no URL or cookie may carry): what replaces the form in
   * this state, or nothing to keep showing the form.
   */
  saved?: (state: Awaited<State>) => ReactNode;
};

export function ResourceForm<State extends ResourceFormState<{ id?: string }, string>>({
  action,
  initialState,
  submitLabel,
  children,
  saved,
}: ResourceFormProps<State>) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const result = saved?.(state);
  if (result) return result;
  const messages = Object.values<string[] | undefined>(state.errors ?? {}).flatMap(
    (fieldMessages) => fieldMessages ?? [],
  );

  // With JavaScript, submit the action ourselves rather than through the form's `action`, after
  // which React resets the form: a <select> would lose what was chosen. Without JavaScript the
  // browser posts the form to the same action. Passwords are the exception: they are never
  // shown again, with JavaScript as without it (the page comes back without them).
  function submitKeepingValues(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    for (const password of event.currentTarget.querySelectorAll<HTMLInputElement>(
      'input[type="password"]',
    )) {
      password.value = '';
    }
    startTransition(() => formAction(formData));
  }

  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues}
      noValidate
      className="grid max-w-xl gap-6"
    >
      {state.refusal && <ErrorBanner message={state.refusal} />}
      {messages.length > 0 && <ErrorBanner errors={messages} />}
      {state.values.id !== undefined && <input type="hidden" name="id" value={state.values.id} />}

      {children(state)}

      <div>
        <Button disabled={pending}>{submitLabel}</Button>
      </div>
    </form>
  );
}
