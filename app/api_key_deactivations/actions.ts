'use server';
// The API key deactivation resource (ARCHITECTURE.md §3: a behaviour that is not one of the seven
// actions becomes a resource): creating one deactivates a key, which the JSON API refuses from
// then on. Keys are never deleted, so this is what destroying a key means, and the policy's
// `destroy` rule decides it (lib/policy.ts: admins only).
import { redirect } from 'next/navigation';
import { authorize } from '@/lib/authorization';
import { setFlash } from '@/lib/flash';
import { answerForbidden } from '@/lib/form-response';
import { formFields, parseId, userText } from '@/lib/params';
import { apiKeysPath } from '@/lib/routes';
import { ApiKeyRegistry } from '@/services/api-key-registry';

/** Each active key's row on /api_keys posts the key's id as `api_key_id`. */
export async function createApiKeyDeactivation(formData: FormData): Promise<void> {
  const apiKeyId = parseId(userText.parse(formFields(formData).api_key_id));
  if (!(await authorize('destroy', 'ApiKey')).allowed) return answerForbidden();
  if (apiKeyId === null) return leaveUndeactivated('not-found');

  const result = await new ApiKeyRegistry().deactivateApiKey(apiKeyId);
  if (!result.deactivated) return leaveUndeactivated(result.reason);

  await setFlash({ kind: 'notice', message: 'API key deactivated.' });
  redirect(apiKeysPath());
}

const NOT_DEACTIVATED_MESSAGES = {
  'not-found': 'That API key no longer exists.',
  'already-deactivated': 'That API key was already deactivated.',
} as const;

// The key is not there (an id that never was one), or another admin deactivated it first: the
// list, saying so.
async function leaveUndeactivated(reason: keyof typeof NOT_DEACTIVATED_MESSAGES): Promise<never> {
  await setFlash({ kind: 'alert', message: NOT_DEACTIVATED_MESSAGES[reason] });
  redirect(apiKeysPath());
}
