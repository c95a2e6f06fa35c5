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
      {({ values }) => (
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
          {/* Never refilled: a refused sign-in shows the form again without the password. */}
          <FormField id="session-password" label="Password">
            <input name="password" type="password" autoComplete="current-password" />
          </FormField>
        </>
      )}
    </ResourceForm>
  );
}
