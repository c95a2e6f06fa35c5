import 'server-only';
// The answers of the JSON API (PRODUCT.md §8): JSON bodies with a top-level key, always. A
// resource is `{"widget": {...}}`, a list `{"widgets": [...], "next_cursor": ...}`, a refusal
// `{"error": "..."}`, invalid input `{"errors": {"name": ["can't be blank"]}}` (422).
//
// Answers are never cached: they depend on the key that asked, and change with every write.
import { FORBIDDEN_MESSAGE } from '@/lib/authorization';
import type { FieldErrors } from '@/lib/validation-errors';

const JSON_HEADERS = { 'Cache-Control': 'no-store' };

/** A successful answer: a resource or a list under its top-level key. */
export function apiResponse(
  body: Record<string, unknown>,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return Response.json(body, { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** A refusal: the status and one sentence saying what was wrong and, where it helps, what to do. */
export function apiErrorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error: message }, { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** The key's role may not do this (lib/policy.ts), as a user with that role may not (403). */
export function apiForbiddenResponse(): Response {
  return apiErrorResponse(403, FORBIDDEN_MESSAGE);
}

/** Invalid input (422): every attribute's messages, without the attribute's name before them. */
export function apiValidationErrorResponse(errors: FieldErrors): Response {
  return Response.json({ errors }, { status: 422, headers: JSON_HEADERS });
}

/** 204 for a destroyed resource: nothing left to show. */
export function apiNoContentResponse(): Response {
  return new Response(null, { status: 204, headers: JSON_HEADERS });
}
