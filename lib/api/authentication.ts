import 'server-only';
// Who is calling the JSON API: the client whose key the request sends (PRODUCT.md §8), in either
// form partners' HTTP libraries write it:
//   Authorization: Token token="widgets_…"   (Rails' authenticate_with_http_token)
//   Authorization: Bearer widgets_…           (RFC 6750)
// A key is found by its prefix and compared by digest in constant time (lib/api-key-tokens.ts).
import { db } from '@/lib/db';
import { apiKeyTokenMatches, apiKeyTokenPrefix, isApiKeyToken } from '@/lib/api-key-tokens';
import type { Role } from '@/lib/policy';
import { currentRequestContext } from '@/lib/request-context';

/** A program calling the API: the client its key was given to, acting with the key's role. */
export type ApiClient = { apiKeyId: number; clientName: string; role: Role };

export type ApiAuthentication =
  | { authenticated: true; client: ApiClient }
  | { authenticated: false; reason: 'missing' | 'invalid' | 'deactivated' };

// Token token="abc" (the quotes are optional, and Rails allows more options after a comma) or
// Bearer abc. Scheme names are case-insensitive (RFC 9110 §11.1).
const TOKEN_CREDENTIALS = /^Token\s+token="?([^",\s]+)"?\s*(?:,.*)?$/i;
const BEARER_CREDENTIALS = /^Bearer\s+(\S+)\s*$/i;

/** The key an Authorization header carries, or null when it carries none in a form we read. */
export function apiKeyTokenFrom(authorization: string | null): string | null {
  if (authorization === null) return null;
  const match = TOKEN_CREDENTIALS.exec(authorization) ?? BEARER_CREDENTIALS.exec(authorization);
  return match?.[1] ?? null;
}

/**
 * The client whose key the request sends. The client's name goes into the request's context, so
 * its log line says who called (never the key).
 */
export async function authenticateApiRequest(request: Request): Promise<ApiAuthentication> {
  const token = apiKeyTokenFrom(request.headers.get('authorization'));
  if (token === null) return { authenticated: false, reason: 'missing' };
  if (!isApiKeyToken(token)) return { authenticated: false, reason: 'invalid' };

  const candidates = await db.apiKey.findMany({ where: { tokenPrefix: apiKeyTokenPrefix(token) } });
  const apiKey = candidates.find((candidate) => apiKeyTokenMatches(token, candidate.tokenDigest));
  if (!apiKey) return { authenticated: false, reason: 'invalid' };
  if (apiKey.deactivatedAt) return { authenticated: false, reason: 'deactivated' };

  const context = currentRequestContext();
  if (context) context.apiClient = apiKey.clientName;
  return {
    authenticated: true,
    client: { apiKeyId: apiKey.id, clientName: apiKey.clientName, role: apiKey.role as Role },
  };
}
