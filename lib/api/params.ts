import 'server-only';
// What a JSON API request's query string and body hold, checked against the route's zod schema
// (the same schema its OpenAPI document shows). A query that does not fit is the client's
// mistake (400). A body must be an object under the resource's key, {"widget": {...}} (else
// 400); an attribute of the wrong JSON type, or one the resource does not have, is refused
// (422, keyed by the attribute), so nothing the client did not mean is ever stored.
import { z } from 'zod';
import { apiErrorResponse, apiValidationErrorResponse } from '@/lib/api/responses';
import type { FieldErrors } from '@/lib/validation-errors';

export type ParsedParams<T> = { valid: true; params: T } | { valid: false; response: Response };

/** The query string's parameters (repeated ones: the last), checked against `schema`. */
export function parseApiQuery<Schema extends z.ZodType>(
  schema: Schema,
  searchParams: URLSearchParams,
): ParsedParams<z.output<Schema>> {
  const result = schema.safeParse(Object.fromEntries(searchParams));
  if (result.success) return { valid: true, params: result.data };
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  return {
    valid: false,
    response: apiErrorResponse(400, `Invalid query: ${problems.join('; ')}.`),
  };
}

/**
 * The attributes of the body `{ [key]: { ... } }`, checked against `schema` (a strict object, so
 * an unknown attribute is an error). Each schema's messages are written for the client:
 * "must be a string", "must be an integer".
 */
export function parseApiBody<Schema extends z.ZodObject>(
  key: string,
  schema: Schema,
  body: unknown,
): ParsedParams<z.output<Schema>> {
  if (!isObject(body) || !isObject(body[key]) || Object.keys(body).length !== 1) {
    return {
      valid: false,
      response: apiErrorResponse(
        400,
        `The body must be a JSON object with one key, "${key}", holding the ${key}'s attributes.`,
      ),
    };
  }
  const result = schema.safeParse(body[key]);
  if (result.success) return { valid: true, params: result.data };
  return { valid: false, response: apiValidationErrorResponse(attributeErrors(result.error)) };
}

const INTEGER_COLUMN_MAX = 2_147_483_647;

/**
 * An id a JSON body gives (a manufacturer_id): null when no row can have it (zero, negative, or
 * beyond PostgreSQL's integer), which the services answer as they answer a missing choice.
 */
export function recordIdOf(value: number | null | undefined): number | null {
  return value != null && value >= 1 && value <= INTEGER_COLUMN_MAX ? value : null;
}

/** A lock_version a JSON body gives: null (answered as stale) when no row can be at it. */
export function lockVersionOf(value: number): number | null {
  return value >= 0 && value <= INTEGER_COLUMN_MAX ? value : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function attributeErrors(error: z.ZodError): FieldErrors {
  // A Map, not an object: a client's attribute may be named "constructor" or "__proto__".
  const errors = new Map<string, string[]>();
  const add = (attribute: string, message: string) => {
    errors.set(attribute, [...(errors.get(attribute) ?? []), message]);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const attribute of issue.keys) add(attribute, 'is not an attribute of this resource');
    } else {
      add(String(issue.path[0]), issue.message);
    }
  }
  return Object.fromEntries(errors);
}
