// What the API key form (api-key-form.tsx) shows: the values in its fields and the errors of the
// last save, or, once a key is created, that key. The new page builds the first state; the action
// (app/api_keys/actions.ts) returns the next one.
import type { ResourceFormState } from '@/app/_components/resource-form';
import type { ApiKeyAttribute } from '@/services/api-key-registry';

/** What the admin typed, as they typed it: a form that failed shows it again unchanged. */
export type ApiKeyFormValues = {
  /** None: a key is created, never edited. */
  id?: undefined;
  clientName: string;
  role: string;
};

/**
 * A key just created: the key itself, shown this once, and what it was made for. The role comes
 * named for people already: the panel showing it is client code, which must not load the policy.
 */
export type CreatedApiKey = { clientName: string; roleName: string; token: string };

export type ApiKeyFormState = ResourceFormState<ApiKeyFormValues, ApiKeyAttribute> & {
  /** Set by a successful create: the form gives way to the key (created-api-key.tsx). */
  created?: CreatedApiKey;
};

/** The new-key form: every field empty, no role chosen. */
export function newApiKeyFormState(): ApiKeyFormState {
  return { values: { clientName: '', role: '' } };
}
