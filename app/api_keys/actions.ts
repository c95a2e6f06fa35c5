'use server';
// The API key resource's form action: create (deactivating a key is another resource,
// app/api_key_deactivations; a key is never edited). Parse the form with zod, authorize
// (lib/authorization.ts), call the service. Unlike other creates it does not redirect: the key
// itself is shown once, and a redirect could only carry it in a URL or a cookie. So the action
// returns it in the form's state, and the page it answers shows it (201 without JavaScript).
import { z } from 'zod';
import {
  newApiKeyFormState,
  type ApiKeyFormState,
} from '@/app/api_keys/_components/api-key-form-state';
import { authorize } from '@/lib/authorization';
import { answerCreated, answerForbidden, answerRefused } from '@/lib/form-response';
import { formFields, userText } from '@/lib/params';
import { ROLE_NAMES } from '@/lib/policy';
import { ApiKeyRegistry } from '@/services/api-key-registry';

// A field that is missing, or a file where text belongs, reads as empty (lib/params.ts userText):
// the service's rules then say what is wrong with it in words the user understands.
const apiKeyFormSchema = z
  .object({ client_name: userText, role: userText })
  .transform(({ client_name, role }) => ({ clientName: client_name, role }));

export async function createApiKey(
  _previous: ApiKeyFormState,
  formData: FormData,
): Promise<ApiKeyFormState> {
  const values = apiKeyFormSchema.parse(formFields(formData));
  if (!(await authorize('create', 'ApiKey')).allowed) return answerForbidden();

  const result = await new ApiKeyRegistry().createApiKey(values);
  if (!result.created) {
    await answerRefused(422);
    return { values, errors: result.errors.toFullMessages() };
  }

  await answerCreated();
  const { apiKey, token } = result;
  return {
    ...newApiKeyFormState(),
    created: { clientName: apiKey.clientName, roleName: ROLE_NAMES[apiKey.role], token },
  };
}
