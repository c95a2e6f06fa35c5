import 'server-only';
// What every resource of the JSON API shares: the OpenAPI registry its routes are documented in
// (openapi.ts turns it into /api/v1/openapi.json), the key that authenticates them, and the
// shapes of errors and of ids. Paths in the document are relative to its server, /api/v1.
import { OpenAPIRegistry, type ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { parseId } from '@/lib/params';

export const registry = new OpenAPIRegistry();

export const apiKeySecurity = registry.registerComponent('securitySchemes', 'apiKey', {
  type: 'http',
  scheme: 'bearer',
  description:
    'An API key from an administrator (/api_keys), sent as `Authorization: Bearer <key>` or, ' +
    'as Rails clients do, `Authorization: Token token="<key>"`. Each key acts with one role\'s ' +
    'permissions.',
});

/** Every operation needs a key. */
export const security = [{ [apiKeySecurity.name]: [] }];

/** A timestamp, as JSON writes a Date: ISO 8601 in UTC. */
export const timestampSchema = z.iso
  .datetime({ offset: true })
  .meta({ example: '2026-11-21T09:30:00.000Z' });

export const errorSchema = z
  .strictObject({ error: z.string().meta({ example: 'That API key is not valid.' }) })
  .meta({
    id: 'Error',
    additionalProperties: false,
    description: 'What was wrong with the request, in one sentence.',
  });

const validationErrorsSchema = z
  .strictObject({
    errors: z.record(z.string(), z.array(z.string())).meta({
      example: { name: ["can't be blank"], price_cents: ['must be greater than 0'] },
    }),
  })
  .meta({
    id: 'ValidationErrors',
    additionalProperties: false,
    description:
      'Every attribute that was refused, with its messages in the order of the rules: the ' +
      "forms' messages without the attribute's name.",
  });

/** A JSON body's media type, for requests and responses. */
export function jsonContent(schema: z.ZodType) {
  return { 'application/json': { schema } };
}

/** An answer with an error body. */
function errorResponse(description: string): ResponseConfig {
  return { description, content: jsonContent(errorSchema) };
}

/** The answers every authenticated route may give, whatever it does. */
export const COMMON_RESPONSES: Record<number, ResponseConfig> = {
  401: {
    ...errorResponse('No API key, an unknown one, or a deactivated one.'),
    headers: z.object({
      'WWW-Authenticate': z
        .string()
        .meta({ example: 'Token realm="Widgets API", Bearer realm="Widgets API"' }),
    }),
  },
  403: errorResponse("The key's role may not do this."),
  406: errorResponse('The request does not accept application/json.'),
  429: {
    ...errorResponse('Too many requests for this key in a minute.'),
    headers: z.object({
      'Retry-After': z
        .string()
        .meta({ description: 'Seconds until the key may call again.', example: '42' }),
    }),
  },
};

/** What a list may also answer. */
export const LIST_RESPONSES: Record<number, ResponseConfig> = {
  400: errorResponse('A query parameter is malformed.'),
};

/** What a write (a route that takes a JSON body) may also answer. */
export const WRITE_RESPONSES: Record<number, ResponseConfig> = {
  400: errorResponse(
    'The body is empty, not UTF-8, not JSON, or not an object of the expected shape.',
  ),
  413: errorResponse('The body is larger than 100 kB.'),
  415: errorResponse('The body is not sent as application/json.'),
  422: { description: 'The values were refused.', content: jsonContent(validationErrorsSchema) },
};

export function notFoundResponse(resource: string): ResponseConfig {
  return errorResponse(`There is no ${resource} with that id.`);
}

/**
 * How an attribute of the wrong JSON type is refused: one the request leaves out where it is
 * needed is "can't be blank", as a form's empty field is; any other value is named by its type.
 */
export function attributeTypeError(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? "can't be blank" : `must be ${expected}`;
}

/** A record's id in a path: a positive integer. */
export const idParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .meta({ example: '1234', param: { description: 'The id.' } }),
});

/** A list's page: after the record with this id (the previous page's next_cursor). */
export const cursorQuerySchema = z
  .string()
  .refine((cursor) => parseId(cursor) !== null, 'must be a next_cursor the API gave')
  .optional()
  .meta({
    description:
      "The previous page's `next_cursor`. Without one, the list starts at its first page; a " +
      'cursor whose record was deleted since also starts it again.',
  });

/** The next page's cursor: the last record's id, or null on the last page. */
export const nextCursorSchema = z.string().nullable().meta({
  description: 'Pass as `cursor` for the next page; null on the last page.',
  example: '1234',
});

export function nextCursorOf(
  nextPage: { after: number } | { before: number } | null,
): string | null {
  return nextPage && 'after' in nextPage ? String(nextPage.after) : null;
}
