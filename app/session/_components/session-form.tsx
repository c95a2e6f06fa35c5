'use client';
// The sign-in form. ResourceForm does what every form does; this gives the fields.
import { ResourceForm } from '@/app/_components/resource-form';
import { FormField } from '@/components/form-field';
import type { SessionFormState } from './session-form-state';

type SessionFormProps = {
  /** createSession from app/session/actions.ts. */
  action: (previous: SessionFormState, formData: FormData) => Promise<SessionFormState>;
  initialState: SessionFormState;
};

export function SessionForm({ action, initialState }: SessionFormProps) {
  return (
    <ResourceForm action={action} initialState={initialState} submitLabel="Sign in">
      {({ values, refusalId }) => (
        <>
          <input type="hidden" name="return_to" value={values.returnTo} />
          <FormField id="session-email" label="Email">
            <input
              name="email"
              type="email"
              autoComplete="username"
              defaultValue={values.email}
              autoFocus
            />
          </FormField>
          {/* Never refilled: a refused sign-in shows the form again without the password. With
              JavaScript the page stays, and the new key replaces the field typed in. */}
          <FormField id="session-password" label="Password">
            <input
              key={refusalId}
              name="password"
              type="password"
              autoComplete="current-password"
            />
          </FormField>
        </>
      )}
    </ResourceForm>
  );
}
