import 'server-only';
import type { ApiKey } from '@/generated/prisma/client';
import { generateApiKeyToken } from '@/lib/api-key-tokens';
import { db } from '@/lib/db';
import { fieldErrorFromDatabaseError } from '@/lib/db/errors';
import { ROLES, type Role } from '@/lib/policy';
import { ValidationErrors } from '@/lib/validation-errors';

// The JSON API's keys (PRODUCT.md §2 and §8): an admin creates a key for a client with a role, and
// deactivates it. A client has at most one active key; replacing a key means deactivating it and
// creating another. Keys are never deleted or otherwise changed: the table stays the record of who
// had access, and when.
//
// The key itself (the token) exists only in the result of createApiKey, to be shown once: only
// its digest is stored (lib/api-key-tokens.ts). Nothing here logs it.

export type ApiKeyAttribute = 'client_name' | 'role';

/** What the new-key form sends, as typed; spaces around the client's name do not count. */
export type ApiKeyInput = { clientName: string; role: string };

export type CreateApiKeyResult =
  | { created: true; apiKey: ApiKey & { role: Role }; token: string }
  | { created: false; errors: ValidationErrors<ApiKeyAttribute> };

export type DeactivateApiKeyResult =
  | { deactivated: true; apiKey: ApiKey }
  | { deactivated: false; reason: 'already-deactivated'; apiKey: ApiKey }
  | { deactivated: false; reason: 'not-found' };

/** Longer than any real client's name; the API's log lines carry it. */
export const MAXIMUM_CLIENT_NAME_LENGTH = 255;

export class ApiKeyRegistry {
  /** Creates an active key for the client; the result carries the key, which is never stored. */
  async createApiKey(input: ApiKeyInput): Promise<CreateApiKeyResult> {
    const clientName = input.clientName.trim();
    const errors = new ValidationErrors<ApiKeyAttribute>();
    await checkClientName(clientName, errors);
    const role = checkRole(input.role, errors);
    if (!errors.isEmpty || !role) return { created: false, errors };

    const { token, prefix, digest } = generateApiKeyToken();
    try {
      const apiKey = await db.apiKey.create({
        data: { clientName, role, tokenPrefix: prefix, tokenDigest: digest },
      });
      return { created: true, apiKey: { ...apiKey, role }, token };
    } catch (error) {
      // Another request created an active key for the client first: the partial unique index
      // (api_keys_client_name_active_key) decided.
      const fieldError = fieldErrorFromDatabaseError(error);
      if (!fieldError) throw error;
      errors.add(fieldError.attribute as ApiKeyAttribute, fieldError.message);
      return { created: false, errors };
    }
  }

  /**
   * Deactivates a key: from then on the API refuses it. One statement, so of two admins who
   * deactivate the same key at once, one does it and the other is told it was done already; the
   * date is the first one's.
   */
  async deactivateApiKey(id: number): Promise<DeactivateApiKeyResult> {
    const [deactivated] = await db.apiKey.updateManyAndReturn({
      where: { id, deactivatedAt: null },
      data: { deactivatedAt: new Date() },
    });
    if (deactivated) return { deactivated: true, apiKey: deactivated };
    const apiKey = await db.apiKey.findUnique({ where: { id } });
    if (!apiKey) return { deactivated: false, reason: 'not-found' };
    return { deactivated: false, reason: 'already-deactivated', apiKey };
  }
}

/** Whether the name is one, and the client has no active key; the partial unique index decides races. */
async function checkClientName(
  clientName: string,
  errors: ValidationErrors<ApiKeyAttribute>,
): Promise<void> {
  if (clientName === '') {
    errors.add('client_name', "can't be blank");
  } else if (characterCount(clientName) > MAXIMUM_CLIENT_NAME_LENGTH) {
    errors.add('client_name', `is too long (maximum is ${MAXIMUM_CLIENT_NAME_LENGTH} characters)`);
  } else if (
    await db.apiKey.findFirst({ where: { clientName, deactivatedAt: null }, select: { id: true } })
  ) {
    errors.add('client_name', 'already has an active key');
  }
}

/** The role, or null (with its error added) when it is not one of ROLES; as the users form says. */
function checkRole(role: string, errors: ValidationErrors<ApiKeyAttribute>): Role | null {
  if (isRole(role)) return role;
  errors.add('role', role === '' ? "can't be blank" : 'is not included in the list');
  return null;
}

function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

/** Characters as PostgreSQL's char_length counts them (code points), not UTF-16 code units. */
function characterCount(text: string): number {
  return [...text].length;
}
