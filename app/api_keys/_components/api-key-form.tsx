'use client';
// The new API key form: the page gives it the action, the first state and the role choices;
// ResourceForm does what every form does. Once the key is created, the form gives way to it
// (created-api-key.tsx): there is no edit form, since a key is never changed.
import { ResourceForm } from '@/app/_components/resource-form';
import type { RoleChoice } from '@/app/users/_components/user-form-state';
import { FormField } from '@/components/form-field';
import type { ApiKeyFormState } from './api-key-form-state';
import { CreatedApiKeyPanel } from './created-api-key';

type ApiKeyFormProps = {
  /** The server action createApiKey (app/api_keys/actions.ts). */
  action: (previous: ApiKeyFormState, formData: FormData) => Promise<ApiKeyFormState>;
  initialState: ApiKeyFormState;
  /** The role select's choices: the users form's (a key acts as a user with that role would). */
  roles: RoleChoice[];
};

export function ApiKeyForm({ roles, ...form }: ApiKeyFormProps) {
  return (
    <ResourceForm
      {...form}
      submitLabel="Create"
      saved={({ created }) => created && <CreatedApiKeyPanel apiKey={created} />}
    >
      {({ values, errors }) => (
        <>
          <FormField id="api-key-client-name" label="Client name" errors={errors?.client_name}>
            <input
              name="client_name"
              type="text"
              autoComplete="off"
              defaultValue={values.clientName}
              placeholder="e.g. Acme Storefront"
              autoFocus
            />
          </FormField>

          <FormField
            id="api-key-role"
            label="Role"
            hint="The key may do through the API what a user with this role may do."
            errors={errors?.role}
          >
            <select name="role" defaultValue={values.role}>
              <option value="">-- Choose --</option>
              {roles.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.name}
                </option>
              ))}
            </select>
          </FormField>
        </>
      )}
    </ResourceForm>
  );
}
