'use client';
// The user form, for a new user and for editing one (Rails' _form partial): the page gives it the
// action, the first state, the submit label and the role choices; ResourceForm does what every
// form does. A new user gets an email and a first password; an existing user's email is shown but
// not changed here, and their password is theirs.
import { ResourceForm } from '@/app/_components/resource-form';
import { FormField } from '@/components/form-field';
import type { RoleChoice, UserFormState } from './user-form-state';

type UserFormProps = {
  /** A server action from app/users/actions.ts: createUser or updateUser. */
  action: (previous: UserFormState, formData: FormData) => Promise<UserFormState>;
  initialState: UserFormState;
  submitLabel: 'Create' | 'Update';
  /** The role select's choices; without them there is no such field (an admin's own form). */
  roles?: RoleChoice[];
  /** The password's rule, said under its field (lib/auth.ts MINIMUM_PASSWORD_LENGTH). */
  passwordHint?: string;
};

export function UserForm({ roles, passwordHint, ...form }: UserFormProps) {
  return (
    <ResourceForm {...form}>
      {({ values, errors }) => {
        const editing = values.id !== undefined;
        return (
          <>
            <FormField id="user-name" label="Name" errors={errors?.name}>
              <input
                name="name"
                type="text"
                autoComplete="off"
                defaultValue={values.name}
                placeholder="e.g. Ada Lovelace"
                autoFocus
              />
            </FormField>

            {editing ? (
              // Not posted: the email is how the user signs in, and stays as it was created.
              <FormField id="user-email" label="Email" hint="The email cannot be changed.">
                <input type="email" value={values.email} readOnly />
              </FormField>
            ) : (
              <FormField id="user-email" label="Email" errors={errors?.email}>
                <input
                  name="email"
                  type="email"
                  autoComplete="off"
                  defaultValue={values.email}
                  placeholder="e.g. ada@example.com"
                />
              </FormField>
            )}

            {roles && (
              <FormField id="user-role" label="Role" errors={errors?.role}>
                <select name="role" defaultValue={values.role}>
                  <option value="">-- Choose --</option>
                  {roles.map((role) => (
                    <option key={role.value} value={role.value}>
                      {role.name}
                    </option>
                  ))}
                </select>
              </FormField>
            )}

            {!editing && (
              // Never refilled: a refused form comes back without the password (user-form-state.ts).
              <FormField
                id="user-password"
                label="Password"
                hint={passwordHint}
                errors={errors?.password}
              >
                <input name="password" type="password" autoComplete="new-password" />
              </FormField>
            )}
          </>
        );
      }}
    </ResourceForm>
  );
}
