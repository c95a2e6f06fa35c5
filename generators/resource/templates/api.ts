// Template group "api" (only with --api): the resource's JSON API, written as the widgets' is
// (ADR 15): its schemas, serializer and documented operations (app/api/v1/_resources/<table>.ts,
// registered in openapi.ts), its two route files, its contract tests (e2e/api/<table>.spec.ts),
// and its rows in the tests that list every operation (e2e/api/authentication.spec.ts,
// app/api/v1/_resources/openapi.test.ts).
import prettier from '@prettier/sync';
import { humanize, underscore } from 'inflection';
import type { Field, Resource, Target } from '../model';
import {
  addNamedImport,
  EditError,
  insertAfterLine,
  insertBeforeLine,
  type FileEdit,
  type Output,
} from '../output';
import { sortsConstant } from './wiring';

export function apiOutput(resource: Resource): Output {
  if (!resource.api) return { files: [], edits: [] };
  const { table } = resource;
  return {
    files: [
      { path: `app/api/v1/_resources/${table}.ts`, contents: resourceModule(resource) },
      { path: `app/api/v1/${table}/route.ts`, contents: collectionRoute(resource) },
      { path: `app/api/v1/${table}/[id]/route.ts`, contents: memberRoute(resource) },
      { path: `e2e/api/${table}.spec.ts`, contents: contractSpec(resource) },
    ],
    edits: [
      insertSorted(
        'app/api/v1/_resources/openapi.ts',
        '// Each resource documents its routes in the registry when it is loaded.',
        `import './${table}';\n`,
      ),
      ...operationIds(resource).map((operationId) =>
        insertSorted(
          'app/api/v1/_resources/openapi.test.ts',
          'expect(operations.map((operation) => operation.operationId).sort()).toEqual([',
          `      '${operationId}',\n`,
        ),
      ),
      ...authenticationEdits(resource),
    ],
  };
}

// --- Names and values -------------------------------------------------------------------------

function operationIds({ model, models }: Resource): string[] {
  return [`list${models}`, `create${model}`, `show${model}`, `update${model}`, `destroy${model}`];
}

/** "a gadget", "an item". */
function withArticle(human: string): string {
  return `${/^[aeiou]/.test(human) ? 'an' : 'a'} ${human}`;
}

/** A reference's target's display field as the JSON API names it: "name", "full_name". */
function displayKey(target: Target): string {
  return underscore(target.display);
}

/** How the response names an attribute: the reference by its name, others as requests do. */
function responseKey(field: Field): string {
  return field.type === 'references' ? field.name : field.apiAttribute;
}

function lower(label: string): string {
  return label.toLowerCase();
}

// A line that the generated text leaves out: a list of lines that may be empty renders as this,
// and withoutOmittedLines drops it (prettier would keep an empty line).
const OMITTED = '\u0001';

function linesOf(items: string[]): string {
  return items.length > 0 ? items.join('\n') : OMITTED;
}

function withoutOmittedLines(text: string): string {
  return text.replace(/^[ \t]*\u0001\n/gm, '');
}

/** `text` as comment lines of at most 100 characters (prettier does not wrap comments). */
function comment(text: string, indentation = ''): string {
  const lines: string[] = [];
  let line = `${indentation}//`;
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > 100) {
      lines.push(line);
      line = `${indentation}//`;
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}

/**
 * A string literal for a `description:` at `indentation`: split into a concatenation, as the
 * hand-written ones are, when it does not fit on the line.
 */
function describedAs(text: string, indentation: number): string {
  if (indentation + 'description: '.length + text.length + 3 <= 100) return quoted(text);
  const width = 100 - (indentation + 2) - "'' +".length;
  const chunks: string[] = [];
  let chunk = '';
  for (const word of text.split(' ')) {
    if (chunk.length > 0 && chunk.length + word.length > width) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += `${word} `;
  }
  chunks.push(chunk.trimEnd());
  return chunks.map(quoted).join(' +\n');
}

// TypeScript's "organize imports" order, which the app's import lists follow.
function sorted(names: string[]): string[] {
  const key = (name: string) => name.replace(/^type /, '').toLowerCase();
  return [...names].sort((a, b) => key(a).localeCompare(key(b)));
}

function importList(names: (string | false)[]): string {
  return sorted(names.filter((name): name is string => Boolean(name))).join(', ');
}

// --- app/api/v1/_resources/<table>.ts -----------------------------------------------------------

const INTEGER_MAX = '2147483647';

/** What the response schema says of a field's value. */
function responseSchema(field: Field): string {
  const nullable = field.required || field.type === 'boolean' ? '' : '.nullable()';
  const example = (value: string) => `.meta({ example: ${value} })`;
  switch (field.type) {
    case 'string':
    case 'text':
      return `z.string()${nullable}${example(quoted(`Example ${words(field.name)}`))}`;
    case 'integer':
      return `z.int()${nullable}${example('42')}`;
    case 'money':
      return `z.int()${nullable}.meta({ description: 'The ${lower(field.label)} in cents.', example: 12345 })`;
    case 'boolean':
      return `z.boolean()${example('true')}`;
    case 'date':
      return `z.iso.date()${nullable}${example("'2026-11-21'")}`;
    case 'datetime':
      return `timestampSchema${nullable}`;
    case 'references': {
      const target = field.target!;
      return `z.strictObject({
        id: z.int().meta({ example: 7 }),
        ${displayKey(target)}: z.string().meta({ example: ${quoted(`Example ${words(displayKey(target))}`)} }),
      })${nullable}`;
    }
  }
}

/** The serializer's expression for a field of `instance` (a GadgetDetails). */
function serialized(field: Field, instance: string): string {
  const value = `${instance}.${field.property}`;
  const optional = !field.required;
  switch (field.type) {
    case 'date':
      return optional
        ? `${value}?.toISOString().slice(0, 10) ?? null`
        : `${value}.toISOString().slice(0, 10)`;
    case 'datetime':
      return optional ? `${value}?.toISOString() ?? null` : `${value}.toISOString()`;
    case 'references': {
      const target = field.target!;
      const reference = `${instance}.${target.instance}`;
      const object = `{ id: ${reference}.id, ${displayKey(target)}: ${reference}.${target.display} }`;
      return optional ? `${reference} ? ${object} : null` : object;
    }
    default:
      return value;
  }
}

/** A request attribute's schema: the check (with the client's messages) and its documentation. */
function requestSchema(resource: Resource, field: Field): string {
  const typeError = (expected: string) => `{ error: attributeTypeError('${expected}') }`;
  const rules: string[] = [];
  let schema: string;
  switch (field.type) {
    case 'string':
      schema = `z.string(${typeError('a string')})`;
      rules.push('At most 255 characters.');
      break;
    case 'text':
      schema = `z.string(${typeError('a string')})`;
      rules.push('At most 10000 characters; line breaks are kept.');
      break;
    case 'integer':
      schema = `z.int(${typeError('an integer')})`;
      rules.push(`A whole number from -2147483648 to ${INTEGER_MAX}.`);
      break;
    case 'money':
      schema = `z.int(${typeError('an integer')})`;
      rules.push(
        `The ${lower(field.label)} in cents: more than 0, at most ${INTEGER_MAX} ($21,474,836.47).`,
      );
      break;
    case 'boolean':
      schema = `z.boolean(${typeError('true or false')})`;
      rules.push(`False when a new ${resource.human} leaves it out.`);
      break;
    case 'date':
      // The service takes a day as a Date at UTC midnight, which is how JavaScript reads one.
      schema = `z.iso
        .date(${typeError('a date in ISO 8601, e.g. 2026-11-21')})
        .transform((date) => new Date(date))`;
      break;
    case 'datetime':
      schema = `z.iso
        .datetime({ offset: true, error: attributeTypeError('a time in ISO 8601, e.g. 2026-11-21T09:30:00Z') })
        .transform((time) => new Date(time))`;
      rules.push('With its offset; shown back in UTC.');
      break;
    case 'references':
      schema = `z.int(${typeError('an integer')})`;
      rules.push(`The id of an existing ${field.target!.human}.`);
      break;
  }
  if (field.unique) rules.push(`Unique among ${resource.humans}.`);
  const nullable = !field.required && field.type !== 'boolean';
  if (nullable) {
    rules.push(
      field.type === 'string' || field.type === 'text'
        ? 'Blank or null for none.'
        : 'Null for none.',
    );
  }
  const description = rules.length > 0 ? `description: ${quoted(rules.join(' '))}, ` : '';
  return `${schema}${nullable ? '.nullable()' : ''}.meta({ ${description}example: ${requestExample(field)} })`;
}

function requestExample(field: Field): string {
  switch (field.type) {
    case 'string':
    case 'text':
      return quoted(`Example ${words(field.name)}`);
    case 'integer':
      return '42';
    case 'money':
      return '12345';
    case 'boolean':
      return 'true';
    case 'date':
      return "'2026-11-21'";
    case 'datetime':
      return "'2026-11-21T09:30:00Z'";
    case 'references':
      return '7';
  }
}

/** What a new resource's body must hold, for the doc comment of its schema. */
function newSchemaSummary({ table, fields }: Resource): string {
  const blank = fields.some((field) => field.type === 'boolean')
    ? 'it is blank, a boolean false'
    : 'it is blank';
  const rule = fields.every((field) => field.required)
    ? 'every attribute is needed (one left out is refused as blank).'
    : fields.some((field) => field.required)
      ? `the required attributes are needed (one left out is refused as blank); an optional one may be left out: ${blank}.`
      : `every attribute may be left out: ${blank}.`;
  const text = `POST /api/v1/${table}: ${rule}`;
  return text.length <= 92 ? text : `\n${comment(text, ' *').replaceAll(' *//', ' *')}\n`;
}

function resourceModule(resource: Resource): string {
  const { model, instance, table, key, human, humans, fields } = resource;
  const sorts = sortsConstant(resource);
  const attribute = (field: Field) => `${field.property}Attribute`;
  const hasDates = fields.some((field) => field.type === 'date');

  return `import 'server-only';
${comment(`The ${human} as the JSON API shows and takes it: the zod schemas, which are both what requests are checked against and what the OpenAPI document says, and the serializer. The rules about a ${human}'s values are the services' (services/${resource.file}-rules.ts): a request that has the right shape goes to ${model}Creator or ${model}Editor, as the forms' posts do.`)}
import type { ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ${sorts} } from '@/lib/params';
import type { FieldErrors } from '@/lib/validation-errors';
import type { ${model}Attribute } from '@/services/${resource.file}-rules';
import { STALE_${key.toUpperCase()}_MESSAGE } from '@/services/${resource.file}-editor';
import type { ${model}Details } from '@/services/${resource.file}-queries';
import {
  attributeTypeError,
  COMMON_RESPONSES,
  cursorQuerySchema,
  errorSchema,
  idParamsSchema,
  jsonContent,
  LIST_RESPONSES,
  nextCursorSchema,
  notFoundResponse,
  registry,
  security,
  timestampSchema,
  WRITE_RESPONSES,
} from './shared';

export const ${instance}Schema = z
  .object({
    id: z.int().meta({ example: 1234 }),
${fields.map((field) => `    ${responseKey(field)}: ${responseSchema(field)},`).join('\n')}
    lock_version: z.int().meta({
      description:
        'The version of the ${human}. Send it back with an update: if the ${human} changed since, the update is refused (409).',
      example: 0,
    }),
    created_at: timestampSchema,
    updated_at: timestampSchema,
  })
  .meta({ id: '${model}', additionalProperties: false });

export type ${model}Resource = z.infer<typeof ${instance}Schema>;

${hasDates ? '// A date is the day alone ("2026-11-21"): Prisma reads the column as its UTC midnight.\n' : ''}export function ${instance}Resource(${instance}: ${model}Details): ${model}Resource {
  return {
    id: ${instance}.id,
${fields.map((field) => `    ${responseKey(field)}: ${serialized(field, instance)},`).join('\n')}
    lock_version: ${instance}.lockVersion,
    created_at: ${instance}.createdAt.toISOString(),
    updated_at: ${instance}.updatedAt.toISOString(),
  };
}

const ${instance}EnvelopeSchema = z.strictObject({ ${key}: ${instance}Schema });

// --- Requests ------------------------------------------------------------------------------------

${fields.map((field) => `const ${attribute(field)} = ${requestSchema(resource, field)};`).join('\n')}

/** ${newSchemaSummary(resource)} */
export const new${model}Schema = z
  .strictObject({
${fields
  .map(
    (field) =>
      `    ${field.apiAttribute}: ${attribute(field)}${field.required ? '' : '.optional()'},`,
  )
  .join('\n')}
  })
  .meta({ id: 'New${model}', additionalProperties: false });

/** PATCH /api/v1/${table}/{id}: the attributes to change, and the version they were read at. */
export const ${instance}ChangesSchema = z
  .strictObject({
${fields.map((field) => `    ${field.apiAttribute}: ${attribute(field)}.optional(),`).join('\n')}
    lock_version: z
      .int({ error: attributeTypeError('an integer') })
      .meta({ description: 'The \`lock_version\` of the ${human} as it was read.', example: 0 }),
  })
  .meta({ id: '${model}Changes', additionalProperties: false });

export const ${instance}ListQuerySchema = z.object({
  sort: z
    .enum(${sorts}, { error: \`must be one of \${${sorts}.join(', ')}\` })
    .optional()
    .meta({ description: 'The order: by ${lower(resource.display.label)} (the default) or newest first.' }),
  q: z
    .string()
    .optional()
    .meta({ description: 'Only ${humans} whose ${lower(resource.display.label)} contains this, ignoring case.' }),
  cursor: cursorQuerySchema,
});

/** The service's attributes (services/${resource.file}-rules.ts) as the API names them. */
const API_ATTRIBUTES: Record<${model}Attribute, string> = {
${fields.map((field) => `  ${field.attribute}: '${field.apiAttribute}',`).join('\n')}
};

/** A service's errors with the API's attribute names. */
export function ${instance}AttributeErrors(errors: FieldErrors<${model}Attribute>): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([attribute, messages]) => [
      API_ATTRIBUTES[attribute as ${model}Attribute],
      messages,
    ]),
  );
}

// --- The document --------------------------------------------------------------------------------

const ${instance}Response = (description: string): ResponseConfig => ({
  description,
  content: jsonContent(${instance}EnvelopeSchema),
});

registry.registerPath({
  method: 'get',
  path: '/${table}',
  operationId: 'list${resource.models}',
  summary: 'List ${humans}',
  description: ${describedAs(`A page of 25 ${humans} in the chosen order, as the /${table} page lists them.`, 2)},
  security,
  request: { query: ${instance}ListQuerySchema },
  responses: {
    200: {
      description: 'A page of ${humans}.',
      content: jsonContent(
        z.strictObject({ ${table}: z.array(${instance}Schema), next_cursor: nextCursorSchema }),
      ),
    },
    ...LIST_RESPONSES,
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'post',
  path: '/${table}',
  operationId: 'create${model}',
  summary: 'Create ${withArticle(human)}',
  description: ${describedAs(`Creates ${withArticle(human)} by the same rules as the /${table}/new form. Every refused attribute is reported at once (422).`, 2)},
  security,
  request: {
    body: { required: true, content: jsonContent(z.strictObject({ ${key}: new${model}Schema })) },
  },
  responses: {
    201: {
      ...${instance}Response('The ${human}, created.'),
      headers: z.object({ Location: z.string().meta({ example: '/api/v1/${table}/1234' }) }),
    },
    ...WRITE_RESPONSES,
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'get',
  path: '/${table}/{id}',
  operationId: 'show${model}',
  summary: 'Show ${withArticle(human)}',
  security,
  request: { params: idParamsSchema },
  responses: {
    200: ${instance}Response('The ${human}.'),
    404: notFoundResponse('${human}'),
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'patch',
  path: '/${table}/{id}',
  operationId: 'update${model}',
  summary: 'Update ${withArticle(human)}',
  description: ${describedAs(`Changes the attributes given, by the same rules as the edit form; null clears an optional one. \`lock_version\` must be the one the ${human} was read at: if someone changed the ${human} since, nothing is changed and the answer is 409 with the ${human} as it is now.`, 2)},
  security,
  request: {
    params: idParamsSchema,
    body: { required: true, content: jsonContent(z.strictObject({ ${key}: ${instance}ChangesSchema })) },
  },
  responses: {
    200: ${instance}Response('The ${human}, updated.'),
    404: notFoundResponse('${human}'),
    409: {
      description: 'The ${human} was changed by someone else since it was read: nothing was changed.',
      content: jsonContent(
        z.strictObject({
          error: z.string().meta({ example: STALE_${key.toUpperCase()}_MESSAGE }),
          ${key}: ${instance}Schema,
        }),
      ),
    },
    ...WRITE_RESPONSES,
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'delete',
  path: '/${table}/{id}',
  operationId: 'destroy${model}',
  summary: 'Delete ${withArticle(human)}',
  description: ${describedAs(`Deletes the ${human}, unless other records still refer to it (409).`, 2)},
  security,
  request: { params: idParamsSchema },
  responses: {
    204: { description: 'The ${human} was deleted.' },
    404: notFoundResponse('${human}'),
    409: {
      description: 'Other records refer to the ${human}: nothing was deleted.',
      content: jsonContent(errorSchema),
    },
    ...COMMON_RESPONSES,
  },
});
`;
}

// --- app/api/v1/<table>/route.ts and [id]/route.ts --------------------------------------------

/** The service's field (GadgetFields) from a new resource's attribute: one left out is blank. */
function createdValue(field: Field, attributes: string): string {
  const value = `${attributes}.${field.apiAttribute}`;
  switch (field.type) {
    case 'string':
    case 'text':
      return `userText.parse(${value})`;
    case 'boolean':
      return `${value} ?? false`;
    default:
      // An id that names no record (0 too) is the service's to refuse: it "must exist".
      return `${value} ?? null`;
  }
}

/** The service's field from a change: one left out keeps the current value, null clears it. */
function changedValue(field: Field): string {
  const value = `changes.${field.apiAttribute}`;
  const current = `current.${field.property}`;
  const keepsUnlessGiven = (given: string) => `${value} === undefined ? ${current} : ${given}`;
  switch (field.type) {
    case 'string':
    case 'text':
      return field.required
        ? keepsUnlessGiven(`userText.parse(${value})`)
        : `${value} === undefined ? (${current} ?? '') : userText.parse(${value})`;
    default:
      // A required attribute cannot be null (the schema refuses it); an optional one can.
      return field.required || field.type === 'boolean'
        ? `${value} ?? ${current}`
        : keepsUnlessGiven(value);
  }
}

function collectionRoute(resource: Resource): string {
  const { model, models, instance, instances, table, key, file, fields } = resource;
  return `import type { NextRequest } from 'next/server';
import {
  ${instance}AttributeErrors,
  ${instance}ListQuerySchema,
  ${instance}Resource,
  new${model}Schema,
} from '@/app/api/v1/_resources/${table}';
import { nextCursorOf } from '@/app/api/v1/_resources/shared';
import { parseApiBody, parseApiQuery } from '@/lib/api/params';
import { receiveApiRequest } from '@/lib/api/requests';
import { apiForbiddenResponse, apiResponse, apiValidationErrorResponse } from '@/lib/api/responses';
import { parse${model}ListParams, userText } from '@/lib/params';
import { api${model}Path } from '@/lib/routes';
import { ${model}Creator } from '@/services/${file}-creator';
import { list${models} } from '@/services/${file}-queries';

${comment(`GET /api/v1/${table} (index) and POST /api/v1/${table} (create). Each handler: receive the request (key, rate limit, content: lib/api/requests.ts), authorize with the key's ability, parse with the resource's schema, call the same service as the pages and forms, and answer with the serializer (app/api/v1/_resources/${table}.ts).`)}

export async function GET(request: NextRequest) {
  const received = await receiveApiRequest(request);
  if (!received.accepted) return received.response;
  if (!received.request.ability.can('read', '${model}')) return apiForbiddenResponse();

  const query = parseApiQuery(${instance}ListQuerySchema, request.nextUrl.searchParams);
  if (!query.valid) return query.response;
  // Checked, the query means what it means on the page (trimmed search, the default order).
  const { sort, q, cursor } = query.params;
  const page = await list${models}(parse${model}ListParams({ sort, q, after: cursor }));
  return apiResponse({
    ${table}: page.${instances}.map(${instance}Resource),
    next_cursor: nextCursorOf(page.nextPage),
  });
}

export async function POST(request: NextRequest) {
  const received = await receiveApiRequest(request, { readsBody: true });
  if (!received.accepted) return received.response;
  const { ability, body } = received.request;
  if (!ability.can('create', '${model}')) return apiForbiddenResponse();

  // An attribute left out is refused by the service's rules, with every other error at once.
  const attributes = parseApiBody('${key}', new${model}Schema.partial(), body);
  if (!attributes.valid) return attributes.response;
  const new${model} = attributes.params;

  const result = await new ${model}Creator().create${model}({
${fields.map((field) => `    ${field.property}: ${createdValue(field, `new${model}`)},`).join('\n')}
  });
  if (!result.created) {
    return apiValidationErrorResponse(${instance}AttributeErrors(result.errors.toMessages()));
  }
  return apiResponse({ ${key}: ${instance}Resource(result.${instance}) }, 201, {
    Location: api${model}Path(result.${instance}.id),
  });
}
`;
}

function memberRoute(resource: Resource): string {
  const { model, instance, table, key, file, human, fields } = resource;
  const notFound = `${instance}NotFound`;
  const stale = `STALE_${key.toUpperCase()}_MESSAGE`;
  return `import type { NextRequest } from 'next/server';
import {
  ${instance}AttributeErrors,
  ${instance}ChangesSchema,
  ${instance}Resource,
} from '@/app/api/v1/_resources/${table}';
import { lockVersionOf, parseApiBody } from '@/lib/api/params';
import { receiveApiRequest } from '@/lib/api/requests';
import {
  apiErrorResponse,
  apiForbiddenResponse,
  apiNoContentResponse,
  apiResponse,
  apiValidationErrorResponse,
} from '@/lib/api/responses';
import { parseId, userText } from '@/lib/params';
import { ${model}Destroyer } from '@/services/${file}-destroyer';
import { ${importList([stale, `${model}Editor`])} } from '@/services/${file}-editor';
import { find${model} } from '@/services/${file}-queries';

${comment(`GET (show), PATCH (update) and DELETE (destroy) /api/v1/${table}/{id}, in the order of app/api/v1/${table}/route.ts. An id that is malformed or names no ${human} is 404.`)}

type Context = { params: Promise<{ id: string }> };

function ${notFound}(): Response {
  return apiErrorResponse(404, 'There is no ${human} with that id.');
}

export async function GET(request: NextRequest, { params }: Context) {
  const received = await receiveApiRequest(request);
  if (!received.accepted) return received.response;
  if (!received.request.ability.can('read', '${model}')) return apiForbiddenResponse();

  const id = parseId((await params).id);
  const ${instance} = id === null ? null : await find${model}(id);
  if (!${instance}) return ${notFound}();
  return apiResponse({ ${key}: ${instance}Resource(${instance}) });
}

/**
 * Changes the attributes the body gives; the others keep their values, and null clears an
 * optional one. The body's lock_version guards all of them (ADR 9): if the ${human} changed since
 * the client read it, nothing is written and the answer (409) shows the ${human} as it is now.
 */
export async function PATCH(request: NextRequest, { params }: Context) {
  const received = await receiveApiRequest(request, { readsBody: true });
  if (!received.accepted) return received.response;
  const { ability, body } = received.request;
  if (!ability.can('update', '${model}')) return apiForbiddenResponse();

  const id = parseId((await params).id);
  const current = id === null ? null : await find${model}(id);
  if (!current) return ${notFound}();

  const attributes = parseApiBody('${key}', ${instance}ChangesSchema, body);
  if (!attributes.valid) return attributes.response;
  const changes = attributes.params;

  const result = await new ${model}Editor().update${model}(current.id, {
${fields.map((field) => `    ${field.property}: ${changedValue(field)},`).join('\n')}
    lockVersion: lockVersionOf(changes.lock_version),
  });
  if (!result.updated) {
    switch (result.reason) {
      case 'invalid':
        return apiValidationErrorResponse(${instance}AttributeErrors(result.errors.toMessages()));
      case 'stale':
        return apiResponse({ error: ${stale}, ${key}: ${instance}Resource(result.current) }, 409);
      case 'not-found':
        return ${notFound}();
    }
  }
  return apiResponse({ ${key}: ${instance}Resource(result.${instance}) });
}

export async function DELETE(request: NextRequest, { params }: Context) {
  const received = await receiveApiRequest(request);
  if (!received.accepted) return received.response;
  if (!received.request.ability.can('destroy', '${model}')) return apiForbiddenResponse();

  const id = parseId((await params).id);
  const result = id === null ? null : await new ${model}Destroyer().destroy${model}(id);
  if (result?.destroyed) return apiNoContentResponse();
  // Another record still refers to it (a foreign key): 409, as for any conflict with the data.
  if (result?.reason === 'in-use') return apiErrorResponse(409, 'This ${human} is still in use.');
  return ${notFound}();
}
`;
}

// --- e2e/api/<table>.spec.ts ------------------------------------------------------------------

const TEXT_SAMPLE = "'First line.\\nSecond line.'";
const DAY_SAMPLE = "'2026-11-21'";
const TIME_SAMPLE = "'2026-11-21T09:30:00.000Z'";
const UNIQUE_INTEGER = 'randomInt(1, 2_147_483_647)';

/**
 * A value for a field in a test: `json` as the API shows it and `row` as Prisma holds it, after
 * `setup` (declarations) when it needs one. Unique values are new each time.
 */
type Sample = { setup: string[]; json: string; row: string };

function sample(field: Field): Sample {
  const variable = field.property;
  const fresh = (expression: string, row = variable): Sample => ({
    setup: [`const ${variable} = ${expression};`],
    json: variable,
    row,
  });
  const literal = (json: string, row = json): Sample => ({ setup: [], json, row });
  switch (field.type) {
    case 'string':
      return fresh(`\`API ${field.label} \${uniqueWord()}\``);
    case 'text':
      return literal(TEXT_SAMPLE);
    case 'integer':
      return field.unique ? fresh(UNIQUE_INTEGER) : literal('42');
    case 'money':
      return field.unique ? fresh(UNIQUE_INTEGER) : literal('12_345');
    case 'boolean':
      return literal('true');
    case 'date':
      return field.unique
        ? fresh('uniqueDay()', `new Date(${variable})`)
        : literal(DAY_SAMPLE, `new Date(${DAY_SAMPLE})`);
    case 'datetime':
      return field.unique
        ? fresh('uniqueTime()', `new Date(${variable})`)
        : literal(TIME_SAMPLE, `new Date(${TIME_SAMPLE})`);
    case 'references': {
      const target = field.target!;
      return {
        setup: [`const ${target.instance} = await ${target.instance}Factory.create();`],
        json: `{ id: ${target.instance}.id, ${displayKey(target)}: ${target.instance}.${target.display} }`,
        row: `${target.instance}.id`,
      };
    }
  }
}

/** A valid attribute of a new resource, in newGadgetAttributes (references are its arguments). */
function attributeSample(resource: Resource, field: Field): string {
  switch (field.type) {
    case 'string':
      return field === resource.display
        ? `\`API ${resource.title} \${uniqueWord()}\``
        : `\`API ${field.label} \${uniqueWord()}\``;
    case 'integer':
    case 'money':
      return field.unique ? UNIQUE_INTEGER : field.type === 'integer' ? '42' : '12_345';
    case 'date':
      return field.unique ? 'uniqueDay()' : DAY_SAMPLE;
    case 'datetime':
      return field.unique ? 'uniqueTime()' : TIME_SAMPLE;
    case 'references':
      return `references.${field.apiAttribute}`;
    default:
      return sample(field).json;
  }
}

/** A value of the wrong JSON type, and what the API says of it. */
function wrongType(field: Field): [string, string] {
  switch (field.type) {
    case 'string':
    case 'text':
      return ['5', 'must be a string'];
    case 'integer':
      return ["'12'", 'must be an integer'];
    case 'money':
      return ["'12.34'", 'must be an integer'];
    case 'boolean':
      return ["'yes'", 'must be true or false'];
    case 'date':
      return ["'21/11/2026'", 'must be a date in ISO 8601, e.g. 2026-11-21'];
    case 'datetime':
      return ["'2026-11-21 09:30'", 'must be a time in ISO 8601, e.g. 2026-11-21T09:30:00Z'];
    case 'references':
      return ["'7'", 'must be an integer'];
  }
}

/** A value of the right type that a rule refuses, and the rule's message; null when none. */
function refusedValue(field: Field): [string, string] | null {
  switch (field.type) {
    case 'string':
      return ["'x'.repeat(256)", 'is too long (maximum is 255 characters)'];
    case 'text':
      return ["'x'.repeat(10_001)", 'is too long (maximum is 10000 characters)'];
    case 'integer':
      return ['2_147_483_648', `must be less than or equal to ${INTEGER_MAX}`];
    case 'money':
      return ['0', 'must be greater than 0'];
    case 'references':
      return ['2_147_483_647', 'must exist'];
    default:
      return null;
  }
}

function quoted(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function words(name: string): string {
  return humanize(name, true);
}

/** An object literal's property: `key: value`, or the shorthand when they are the same. */
function property(key: string, value: string): string {
  return key === value ? key : `${key}: ${value}`;
}

function listOf(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function contractSpec(resource: Resource): string {
  const { model, models, instance, instances, table, key, human, humans, fields } = resource;
  const display = resource.display;
  const references = fields.filter((field) => field.type === 'references');
  const required = fields.filter((field) => field.required);
  const optional = fields.filter((field) => !field.required && field.type !== 'boolean');
  const unique = fields.filter((field) => field.unique);
  const targets = references.map((field) => field.target!);
  const needsRandomInt = fields.some(
    (field) => field.unique && (field.type === 'integer' || field.type === 'money'),
  );
  const needsDay = fields.some((field) => field.unique && field.type === 'date');
  const needsTime = fields.some((field) => field.unique && field.type === 'datetime');
  const path = `api${model}Path`;
  const listPath = `api${models}Path`;
  const factory = `${instance}Factory`;
  const rows = `testDb.${instance}`;
  const createTargets = linesOf(
    targets.map(
      (target) => `    const ${target.instance} = await ${target.instance}Factory.create();`,
    ),
  );
  // The list's records share the targets of their required references (unless each needs its own).
  const requiredTargets = references.filter((field) => field.required && !field.unique);
  const factoryReferences = requiredTargets
    .map((field) => `${field.property}: ${field.target!.instance}.id`)
    .join(', ');
  const createRequiredTargets = linesOf(
    requiredTargets.map(
      (field) =>
        `    const ${field.target!.instance} = await ${field.target!.instance}Factory.create();`,
    ),
  );
  const referenceArguments = references.length
    ? `{ ${references.map((field) => `${field.apiAttribute}: ${field.target!.instance}.id`).join(', ')} }`
    : '';
  const newAttributes = `new${model}Attributes(${referenceArguments})`;
  const referencesType = references.length
    ? `references: { ${references.map((field) => `${field.apiAttribute}: number`).join('; ')} }`
    : '';
  const shownReferences = linesOf(
    references.map((field) => `${responseKey(field)}: ${sample(field).json},`),
  );
  const rowOf = (field: Field) =>
    field.type === 'date' || field.type === 'datetime'
      ? `new Date(attributes.${field.apiAttribute})`
      : field.type === 'references'
        ? `${field.target!.instance}.id`
        : `attributes.${field.apiAttribute}`;

  const imports = [
    needsRandomInt ? "import { randomInt } from 'node:crypto';" : '',
    "import { expect, test } from '@playwright/test';",
    `import { ${path}, ${listPath} } from '@/lib/routes';`,
    `import { ${importList([factory, ...targets.map((target) => `${target.instance}Factory`)])} } from '@/test/factories';`,
    "import { testDb } from '@/test/support/database';",
    "import { uniqueWord } from '../support/data';",
    "import { ApiClient } from '../support/api';",
  ].filter(Boolean);

  const helpers = [
    `/** What a client sends to create ${withArticle(human)}: every attribute, each one valid. */
function ${`new${model}Attributes`}(${referencesType}) {
  return {
${fields.map((field) => `    ${field.apiAttribute}: ${attributeSample(resource, field)},`).join('\n')}
  };
}`,
    needsDay
      ? `/** A day for a unique date: one of 2,000,000, so two tests hardly ever pick the same. */
function uniqueDay(): string {
  return new Date(randomInt(2_000_000) * 86_400_000).toISOString().slice(0, 10);
}`
      : '',
    needsTime
      ? `/** A time for a unique one, to the millisecond: two tests hardly ever pick the same. */
function uniqueTime(): string {
  return new Date(randomInt(2 ** 47)).toISOString();
}`
      : '',
  ].filter(Boolean);

  // GET show: every attribute but the display one (the factory's) given a value of its own.
  const shown = fields.filter((field) => field !== display);
  const showSamples = shown.map((field) => [field, sample(field)] as const);
  const showSetup = showSamples.flatMap(([, value]) => value.setup);
  const showOverrides = showSamples.map(([field, value]) => property(field.property, value.row));
  const showFactoryArguments = showOverrides.length ? `{ ${showOverrides.join(', ')} }` : '';
  const showExpected = fields
    .map((field) => {
      if (field === display) return `${responseKey(field)}: ${instance}.${field.property},`;
      return `${property(responseKey(field), sample(field).json)},`;
    })
    .join('\n');

  // PATCH: the optional attributes have values, which null clears.
  const cleared = optional.filter((field) => field !== display);
  const clearedSamples = cleared.map((field) => [field, sample(field)] as const);
  const patchSetup = clearedSamples.flatMap(([, value]) => value.setup);
  const patchOverrides = clearedSamples.map(([field, value]) =>
    property(field.property, value.row),
  );
  const patchFactoryArguments = patchOverrides.length ? `{ ${patchOverrides.join(', ')} }` : '';
  const nulls = cleared.map((field) => `${field.apiAttribute}: null, `).join('');
  const shownNulls = linesOf(cleared.map((field) => `${responseKey(field)}: null,`));

  const refusedCases: string[] = [];
  if (required.length > 0) {
    refusedCases.push(
      `[{}, { ${required.map((field) => `${field.apiAttribute}: ["can't be blank"]`).join(', ')} }],`,
    );
  }
  const refused = fields.flatMap((field) => {
    const value = refusedValue(field);
    return value ? [[field, value] as const] : [];
  });
  refusedCases.push(`[
        {
          ...${newAttributes},
${refused.map(([field, [value]]) => `          ${field.apiAttribute}: ${value},`).join('\n')}
        },
        { ${refused.map(([field, [, message]]) => `${field.apiAttribute}: [${quoted(message)}]`).join(', ')} },
      ],`);
  refusedCases.push(`[
        {
${fields.map((field) => `          ${field.apiAttribute}: ${wrongType(field)[0]},`).join('\n')}
          id: 7,
        },
        {
${fields.map((field) => `          ${field.apiAttribute}: [${quoted(wrongType(field)[1])}],`).join('\n')}
          id: ['is not an attribute of this resource'],
        },
      ],`);

  const displayAttribute = display.apiAttribute;
  const blankDisplay = display.required
    ? `[{ ${displayAttribute}: '   ', lock_version: 0 }, { ${displayAttribute}: ["can't be blank"] }],
      [{ ${displayAttribute}: null, lock_version: 0 }, { ${displayAttribute}: ['must be a string'] }],`
    : `[{ ${displayAttribute}: 'x'.repeat(256), lock_version: 0 }, { ${displayAttribute}: ['is too long (maximum is 255 characters)'] }],`;

  const uniqueTest = unique.length
    ? `

  test('refuses ${withArticle(listOf(unique.map((field) => lower(field.label))))} another ${human} has with 422, storing nothing', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
${createTargets}
    const attributes = ${newAttributes};
    expect((await client.post(${listPath}(), { ${key}: attributes })).status()).toBe(201);
    const before = await ${rows}.count();

    const response = await client.post(${listPath}(), { ${key}: attributes });

    expect(response.status()).toBe(422);
    expect(await response.json()).toEqual({
      errors: { ${unique.map((field) => `${field.apiAttribute}: ['has already been taken']`).join(', ')} },
    });
    expect(await ${rows}.count()).toBe(before);
  });`
    : '';

  const referenceKeys = references.map((field) => field.apiAttribute);
  const shownAttributes = referenceKeys.length
    ? `const { ${referenceKeys.join(', ')}, ...shown } = attributes;\n`
    : '';
  const spreadShown = referenceKeys.length ? '...shown' : '...attributes';

  return withoutOmittedLines(`${comment(`The ${humans} endpoints of the JSON API, against the production build: what each one answers when all is well and when the request is refused for its content (400, 404, 409, 415, 422). Every answer is also checked against the OpenAPI document (e2e/support/api.ts). Authentication, content negotiation and rate limits: e2e/api/authentication.spec.ts.`)}
${imports.join('\n')}

${helpers.join('\n\n')}

test.describe('GET /api/v1/${table}', () => {
  test('lists ${humans} with the search and order of the page, 25 at a time', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const word = uniqueWord();
${createRequiredTargets}
    const ${instances} = await ${factory}.createList(27${factoryReferences ? `, { ${factoryReferences} }` : ''});
    // Added in the order of their ${lower(display.label)}s: newest first is the other way round.
    for (const [index, ${instance}] of ${instances}.entries()) {
      await ${rows}.update({
        where: { id: ${instance}.id },
        data: {
          ${display.property}: \`\${word} \${String(index).padStart(2, '0')}\`,
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)),
        },
      });
    }

    const first = await client.get(${listPath}({ q: word.toUpperCase() }));
    expect(first.status()).toBe(200);
    const firstPage = await first.json();
    expect(firstPage.${table}).toHaveLength(25);
    expect(firstPage.${table}[0]).toMatchObject({ ${[
      `${displayAttribute}: \`\${word} 00\``,
      ...requiredTargets.map((field) => `${responseKey(field)}: ${sample(field).json}`),
      'lock_version: 0',
    ].join(', ')} });
    expect(firstPage.next_cursor).toBe(String(firstPage.${table}[24].id));

    const second = await client.get(${listPath}({ q: word, cursor: firstPage.next_cursor }));
    const secondPage = await second.json();
    expect(secondPage.${table}.map((${instance}: { ${displayAttribute}: string }) => ${instance}.${displayAttribute})).toEqual([
      \`\${word} 25\`,
      \`\${word} 26\`,
    ]);
    expect(secondPage.next_cursor).toBeNull();

    const newest = await (await client.get(${listPath}({ q: word, sort: 'newest' }))).json();
    expect(newest.${table}[0].${displayAttribute}).toBe(\`\${word} 26\`);
  });

  test('refuses a malformed query with 400, naming each parameter', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const response = await client.get(\`\${${listPath}()}?sort=newest-first&cursor=abc\`);
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error).toContain('sort must be one of ${display.name}, newest');
    expect(error).toContain('cursor must be a next_cursor the API gave');
  });
});

test.describe('GET /api/v1/${table}/{id}', () => {
  test('shows the ${human} under its key', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
${linesOf(showSetup.map((line) => `    ${line}`))}
    const ${instance} = await ${factory}.create(${showFactoryArguments});

    const response = await client.get(${path}(${instance}.id));
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      ${key}: {
        id: ${instance}.id,
${showExpected}
        lock_version: 0,
        created_at: ${instance}.createdAt.toISOString(),
        updated_at: ${instance}.updatedAt.toISOString(),
      },
    });
  });

  test('answers 404 for an id that names no ${human}, or cannot be one', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    for (const id of ['2147483647', 'abc', '0', '99999999999']) {
      const response = await client.get(\`\${${listPath}()}/\${id}\`);
      expect(response.status(), id).toBe(404);
      expect(await response.json()).toEqual({ error: 'There is no ${human} with that id.' });
    }
  });
});

test.describe('POST /api/v1/${table}', () => {
  test('creates ${withArticle(human)} through the same service as the form: 201 and its Location', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
${createTargets}
    const attributes = ${newAttributes};

    const response = await client.post(${listPath}(), { ${key}: attributes });

    expect(response.status()).toBe(201);
    const { ${property(key, instance)} } = await response.json();
    ${shownAttributes}expect(${instance}).toEqual({
      id: expect.any(Number),
      ${spreadShown},
${shownReferences}
      lock_version: 0,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(response.headers().location).toBe(${path}(${instance}.id));
    expect(await ${rows}.findUniqueOrThrow({ where: { id: ${instance}.id } })).toMatchObject({
${fields.map((field) => `      ${field.property}: ${rowOf(field)},`).join('\n')}
    });
  });

  test("refuses invalid values with 422 and every rule's message, storing nothing", async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
${createTargets}
    const before = await ${rows}.count();

    const cases: [unknown, Record<string, string[]>][] = [
      ${refusedCases.join('\n      ')}
    ];
    for (const [${instance}, errors] of cases) {
      const response = await client.post(${listPath}(), { ${property(key, instance)} });
      expect(response.status(), JSON.stringify(${instance})).toBe(422);
      expect(await response.json(), JSON.stringify(${instance})).toEqual({ errors });
    }
    expect(await ${rows}.count()).toBe(before);
  });${uniqueTest}

  test('refuses a body that is not JSON (415), malformed (400) or too large (413)', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const before = await ${rows}.count();

    const form = await client.post(${listPath}(), '${key}[${displayAttribute}]=Example', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status()).toBe(415);
    expect((await form.json()).error).toContain('Content-Type: application/json');

    for (const [body, message] of [
      ['{"${key}": {"${displayAttribute}": ', 'The body is not valid JSON'],
      ['', 'The body is empty'],
      ['[1, 2]', 'The body must be a JSON object with one key, "${key}"'],
      ['{"${key}": {}, "extra": 1}', 'The body must be a JSON object with one key, "${key}"'],
      [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'The body is not valid UTF-8.'],
    ] as const) {
      const response = await client.post(${listPath}(), body);
      expect(response.status(), String(body)).toBe(400);
      expect((await response.json()).error, String(body)).toContain(message);
    }

    const huge = await client.post(${listPath}(), {
      ${key}: { ${displayAttribute}: 'x'.repeat(200 * 1024) },
    });
    expect(huge.status()).toBe(413);
    expect(await ${rows}.count()).toBe(before);
  });
});

test.describe('PATCH /api/v1/${table}/{id}', () => {
  test('changes the attributes given${cleared.length ? ' (null clears an optional one)' : ''}, keeps the others, and moves the version on', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
${linesOf(patchSetup.map((line) => `    ${line}`))}
    const ${instance} = await ${factory}.create(${patchFactoryArguments});
    const before = (await (await client.get(${path}(${instance}.id))).json()).${key};
    const ${display.property} = \`API Renamed \${uniqueWord()}\`;

    const response = await client.patch(${path}(${instance}.id), {
      ${key}: { ${property(displayAttribute, display.property)}, ${nulls}lock_version: 0 },
    });

    expect(response.status()).toBe(200);
    expect((await response.json()).${key}).toEqual({
      ...before,
      ${property(displayAttribute, display.property)},
${shownNulls}
      lock_version: 1,
      updated_at: expect.any(String),
    });
  });

  test('refuses a stale version with 409 and the ${human} as it is now', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const ${instance} = await ${factory}.create();
    const saved = \`API Saved \${uniqueWord()}\`;
    const first = await client.patch(${path}(${instance}.id), {
      ${key}: { ${displayAttribute}: saved, lock_version: 0 },
    });
    expect(first.status()).toBe(200);

    const late = await client.patch(${path}(${instance}.id), {
      ${key}: { ${displayAttribute}: \`API Late \${uniqueWord()}\`, lock_version: 0 },
    });

    expect(late.status()).toBe(409);
    expect(await late.json()).toMatchObject({
      error: 'This ${human} was changed by someone else. Review the current values and save again.',
      ${key}: { id: ${instance}.id, ${displayAttribute}: saved, lock_version: 1 },
    });
    expect((await ${rows}.findUniqueOrThrow({ where: { id: ${instance}.id } })).${display.property}).toBe(saved);
  });

  test('refuses invalid values with 422, and changes nothing', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const ${instance} = await ${factory}.create();

    for (const [changes, errors] of [
      ${blankDisplay}
      [{ ${displayAttribute}: 'Renamed ${human}' }, { lock_version: ["can't be blank"] }],
      [{ lock_version: 0, id: 7 }, { id: ['is not an attribute of this resource'] }],
    ] as const) {
      const response = await client.patch(${path}(${instance}.id), { ${key}: changes });
      expect(response.status(), JSON.stringify(changes)).toBe(422);
      expect(await response.json()).toEqual({ errors });
    }
    expect(await ${rows}.findUniqueOrThrow({ where: { id: ${instance}.id } })).toEqual(${instance});
  });

  test('answers 404 for ${withArticle(human)} that is not there, and 415/400 for a body that is not JSON', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const missing = await client.patch(${path}(2_147_483_647), {
      ${key}: { lock_version: 0 },
    });
    expect(missing.status()).toBe(404);

    const ${instance} = await ${factory}.create();
    const text = await client.patch(${path}(${instance}.id), '${displayAttribute}=x', {
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status()).toBe(415);
    const malformed = await client.patch(${path}(${instance}.id), '{"${key}": [}');
    expect(malformed.status()).toBe(400);
  });
});

test.describe('DELETE /api/v1/${table}/{id}', () => {
  test('deletes the ${human} (204), then it is not found (404)', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const ${instance} = await ${factory}.create();

    const response = await client.delete(${path}(${instance}.id));
    expect(response.status()).toBe(204);
    expect(await ${rows}.findUnique({ where: { id: ${instance}.id } })).toBeNull();

    const again = await client.delete(${path}(${instance}.id));
    expect(again.status()).toBe(404);
    expect(await again.json()).toEqual({ error: 'There is no ${human} with that id.' });
  });
});
`);
}

// --- Edits: the lists of every operation ------------------------------------------------------

/**
 * Inserts `line` into the sorted list of lines that follows the line holding `listStart` (each
 * item indented like `line`, the list ending at the first line that is not one), where sorting
 * puts it: these lists are compared with sorted ones (`.sort()`), or kept sorted by hand.
 */
function insertSorted(path: string, listStart: string, line: string): FileEdit {
  const indentation = /^\s*/.exec(line)![0];
  const itemStart = line.trimStart().slice(0, 1);
  const placed = (source: string): FileEdit => {
    const at = source.indexOf(listStart);
    if (at === -1) throw new EditError(`${path}: expected the list after "${listStart}".`);
    const lines = source.slice(source.indexOf('\n', at) + 1).split('\n');
    const items: string[] = [];
    for (const item of lines) {
      const isItem =
        item.startsWith(indentation) && item.slice(indentation.length).startsWith(itemStart);
      if (!isItem || /^\s/.test(item.slice(indentation.length))) break;
      items.push(`${item}\n`);
    }
    const next = items.find((item) => item > line);
    if (next) return insertBeforeLine(path, next, line);
    return insertAfterLine(path, items.at(-1) ?? listStart, line);
  };
  return {
    path,
    description: `in the list after "${listStart}"`,
    apply: (source) => placed(source).apply(source),
    // Removing the line needs no anchor.
    revert: (source) => insertAfterLine(path, listStart, line).revert(source),
  };
}

// --- Edits: e2e/api/authentication.spec.ts ---------------------------------------------------

const AUTHENTICATION_SPEC = 'e2e/api/authentication.spec.ts';

/**
 * Imports `name` from `module` unless the file does already; undone only when nothing else in
 * the file uses it (the edits that did are undone first: the engine undoes them in reverse).
 */
function ensureNamedImport(path: string, module: string, name: string): FileEdit {
  const edit = addNamedImport(path, module, name);
  const uses = (source: string) => source.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
  const imports = (source: string) =>
    new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '${module}';`).test(source);
  return {
    path,
    description: edit.description,
    apply: (source) => (imports(source) ? source : edit.apply(source)),
    revert: (source) => (imports(source) && uses(source) === 1 ? edit.revert(source) : source),
  };
}

/** Formats `body` as prettier lays it out between `opening` and `closing` (an object literal's). */
function laidOutInside(path: string, opening: string, body: string, closing: string): string {
  const options = prettier.resolveConfig(path) ?? {};
  const formatted = prettier.format(`${opening}\n${body}${closing}\n`, {
    ...options,
    filepath: path,
  });
  if (!formatted.startsWith(`${opening}\n`) || !formatted.endsWith(`${closing}\n`)) {
    throw new Error(`${path}: prettier laid out "${opening}" differently.`);
  }
  return formatted.slice(opening.length + 1, formatted.length - closing.length - 1);
}

function authenticationEdits(resource: Resource): FileEdit[] {
  const { model, models, instance, key, fields } = resource;
  const display = resource.display;
  const path = `api${model}Path`;
  const listPath = `api${models}Path`;
  const factory = `${instance}Factory`;
  const toChange = `${instance}ToChange`;
  const required = fields.filter((field) => field.required);
  const targets = required.flatMap((field) => (field.type === 'references' ? [field.target!] : []));
  // Required values that must be unique come from the factory, which keeps them apart.
  const fromFactory = required.filter(
    (field) => field.unique && field !== display && field.type !== 'references',
  );

  const createValue = (field: Field): string => {
    if (field === display) return field.property;
    if (field.type === 'references') return `${field.target!.instance}.id`;
    if (fromFactory.includes(field)) {
      if (field.type === 'date') return `built.${field.property}.toISOString().slice(0, 10)`;
      if (field.type === 'datetime') return `built.${field.property}.toISOString()`;
      return `built.${field.property}`;
    }
    if (field.type === 'string') return `\`API ${field.label} \${uniqueWord()}\``;
    return attributeSample(resource, field);
  };
  const createAttributes = [display, ...required.filter((field) => field !== display)]
    .map((field) => property(field.apiAttribute, createValue(field)))
    .join(', ');

  const helper = `async function ${toChange}() {
  const ${instance} = await ${factory}.create();
  return {
    ${instance},
    unchanged: async () =>
      JSON.stringify(await testDb.${instance}.findUnique({ where: { id: ${instance}.id } })) ===
      JSON.stringify(${instance}),
  };
}

`;

  const rows = `  list${models}: {
    method: 'GET',
    prepare: async () => ({ path: ${listPath}(), unchanged: nothingWritten }),
    allowed: EVERY_ROLE,
    status: 200,
  },
  create${model}: {
    method: 'POST',
    prepare: async () => {
${linesOf(targets.map((target) => `      const ${target.instance} = await ${target.instance}Factory.create();`))}
${fromFactory.length ? `      const built = ${factory}.build();\n` : ''}      const ${display.property} = \`API ${resource.title} \${uniqueWord()}\`;
      return {
        path: ${listPath}(),
        data: { ${key}: { ${createAttributes} } },
        unchanged: async () =>
          (await testDb.${instance}.count({ where: { ${display.property} } })) === 0,
      };
    },
    allowed: ['catalog', 'admin'],
    status: 201,
  },
  show${model}: {
    method: 'GET',
    prepare: async () => ({
      path: ${path}((await ${factory}.create()).id),
      unchanged: nothingWritten,
    }),
    allowed: EVERY_ROLE,
    status: 200,
  },
  update${model}: {
    method: 'PATCH',
    prepare: async () => {
      const { ${instance}, unchanged } = await ${toChange}();
      return {
        path: ${path}(${instance}.id),
        data: { ${key}: { ${display.apiAttribute}: \`API ${resource.title} \${uniqueWord()}\`, lock_version: 0 } },
        unchanged,
      };
    },
    allowed: ['catalog', 'admin'],
    status: 200,
  },
  destroy${model}: {
    method: 'DELETE',
    prepare: async () => {
      const { ${instance}, unchanged } = await ${toChange}();
      return { path: ${path}(${instance}.id), unchanged };
    },
    allowed: ['catalog', 'admin'],
    status: 204,
  },
`;
  const endpoints = 'const ENDPOINTS: Record<string, Endpoint> = {';

  return [
    // Before the rows that use them: the engine undoes edits in reverse order.
    ...targets.map((target) =>
      ensureNamedImport(AUTHENTICATION_SPEC, '@/test/factories', `${target.instance}Factory`),
    ),
    addNamedImport(AUTHENTICATION_SPEC, '@/lib/routes', path),
    addNamedImport(AUTHENTICATION_SPEC, '@/lib/routes', listPath),
    addNamedImport(AUTHENTICATION_SPEC, '@/test/factories', factory),
    insertBeforeLine(AUTHENTICATION_SPEC, endpoints, helper, { topLevel: true }),
    insertBeforeLine(
      AUTHENTICATION_SPEC,
      '  listManufacturers: {',
      laidOutInside(AUTHENTICATION_SPEC, endpoints, withoutOmittedLines(rows), '};'),
    ),
    ...[`${resource.table}/[id]/route.ts`, `${resource.table}/route.ts`].map((route) =>
      insertSorted(
        AUTHENTICATION_SPEC,
        "expect(globSync('app/api/**/route.ts').sort()).toEqual([",
        `    'app/api/v1/${route}',\n`,
      ),
    ),
  ];
}
