import 'server-only';
// What every JSON API route handler does first (PRODUCT.md §8), in this order:
//   1. authenticate the key                      → 401 with WWW-Authenticate
//   2. count the request against the key's limit → 429 with Retry-After
//   3. negotiate: the client must accept JSON    → 406
//   4. for a write, read the body: JSON only     → 415; too large → 413; not UTF-8 JSON → 400
// Authentication comes before content negotiation, so a client without a valid key learns
// nothing else about the API. The handler then authorizes with the returned ability (403), as
// pages do with lib/authorization.ts, and calls the same services as the forms.
import contentType from 'content-type';
import Negotiator from 'negotiator';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { authenticateApiRequest, type ApiClient } from '@/lib/api/authentication';
import { apiErrorResponse } from '@/lib/api/responses';
import { abilityFor, type Ability } from '@/lib/policy';
import { apiRequests } from '@/lib/rate-limits';

/** A widget or manufacturer is some hundred bytes; this leaves room and bounds what is read. */
export const MAXIMUM_BODY_BYTES = 100 * 1024;

const JSON_MEDIA_TYPE = 'application/json';

/** How the API names its authentication scheme in 401s: either form of the header is read. */
const AUTHENTICATE_CHALLENGE = 'Token realm="Widgets API", Bearer realm="Widgets API"';

const UNAUTHENTICATED_MESSAGES = {
  missing:
    'Send your API key in the Authorization header: "Authorization: Bearer <key>" or "Authorization: Token token=\\"<key>\\"".',
  invalid: 'That API key is not valid.',
  deactivated: 'That API key has been deactivated. Ask an administrator for a new one.',
} as const;

export type ApiRequest = {
  client: ApiClient;
  /** What the key's role may do (lib/policy.ts). */
  ability: Ability;
  /** The parsed JSON body, for a write; undefined for a read. */
  body: unknown;
};

export type ReceivedApiRequest =
  { accepted: true; request: ApiRequest } | { accepted: false; response: Response };

/**
 * Steps 1–4 above. `readsBody` for the handlers that take a JSON body (create, update); the body
 * is parsed but not checked: each handler's params schema says what it must hold.
 */
export async function receiveApiRequest(
  request: Request,
  { readsBody = false }: { readsBody?: boolean } = {},
): Promise<ReceivedApiRequest> {
  const authentication = await authenticateApiRequest(request);
  if (!authentication.authenticated) {
    return refuse(401, UNAUTHENTICATED_MESSAGES[authentication.reason], {
      'WWW-Authenticate': AUTHENTICATE_CHALLENGE,
    });
  }
  const { client } = authentication;

  const retryAfterSeconds = await countRequest(client);
  if (retryAfterSeconds !== null) {
    return refuse(429, `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
      'Retry-After': String(retryAfterSeconds),
    });
  }

  if (!acceptsJson(request)) {
    return refuse(
      406,
      `This API answers only ${JSON_MEDIA_TYPE}: send "Accept: ${JSON_MEDIA_TYPE}".`,
    );
  }

  const ability = abilityFor({ apiClient: client.clientName, role: client.role });
  if (!readsBody) return { accepted: true, request: { client, ability, body: undefined } };

  const body = await readJsonBody(request);
  if (!body.read) return { accepted: false, response: body.response };
  return { accepted: true, request: { client, ability, body: body.value } };
}

function refuse(
  status: number,
  message: string,
  headers?: Record<string, string>,
): ReceivedApiRequest {
  return { accepted: false, response: apiErrorResponse(status, message, headers) };
}

/** Null when the key is within its limit; else how many seconds until it may call again. */
async function countRequest(client: ApiClient): Promise<number | null> {
  try {
    await apiRequests.consume(String(client.apiKeyId));
    return null;
  } catch (limit) {
    if (!(limit instanceof RateLimiterRes)) throw limit;
    return Math.max(1, Math.ceil(limit.msBeforeNext / 1000));
  }
}

/** No Accept header means any type (RFC 9110 §12.5.1); otherwise JSON must be among them. */
function acceptsJson(request: Request): boolean {
  const accept = request.headers.get('accept') ?? undefined;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_MEDIA_TYPE]) !== undefined;
}

type ReadBody = { read: true; value: unknown } | { read: false; response: Response };

async function readJsonBody(request: Request): Promise<ReadBody> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return unread(
      415,
      `Send the body as ${JSON_MEDIA_TYPE}, with "Content-Type: ${JSON_MEDIA_TYPE}".`,
    );
  }
  const bytes = await readBytes(request, MAXIMUM_BODY_BYTES);
  if (bytes === null) {
    return unread(413, `The body is larger than ${MAXIMUM_BODY_BYTES / 1024} kB.`);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unread(400, 'The body is not valid UTF-8.');
  }
  if (text.trim() === '') return unread(400, 'The body is empty: send a JSON object.');
  try {
    return { read: true, value: JSON.parse(text) };
  } catch (error) {
    return unread(400, `The body is not valid JSON: ${(error as SyntaxError).message}.`);
  }
}

function unread(status: number, message: string): ReadBody {
  return { read: false, response: apiErrorResponse(status, message) };
}

/** application/json, with no charset or charset=utf-8 (JSON is UTF-8, RFC 8259 §8.1). */
function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  try {
    const { type, parameters } = contentType.parse(header);
    const charset = parameters.charset?.toLowerCase();
    return type === JSON_MEDIA_TYPE && (charset === undefined || charset === 'utf-8');
  } catch {
    return false;
  }
}

/** The body's bytes, or null as soon as it proves longer than `limit` (the rest is not read). */
async function readBytes(request: Request, limit: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
