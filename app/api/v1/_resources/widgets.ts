import 'server-only';
// The widget as the JSON API shows and takes it (PRODUCT.md §8): the zod schemas, which are both
// what requests are checked against and what the OpenAPI document says, and the serializer.
// The rules about a widget's values are the services' (services/widget-rules.ts): a request that
// has the right shape goes to WidgetCreator or WidgetEditor, as the forms' posts do.
import type { ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { WIDGET_SORTS } from '@/lib/params';
import type { FieldErrors } from '@/lib/validation-errors';
import type { WidgetAttribute } from '@/services/widget-rules';
import { userFacingIdentifier } from '@/services/widget-identifier';
import { STALE_WIDGET_MESSAGE } from '@/services/widget-editor';
import type { WidgetDetails } from '@/services/widget-queries';
import {
  attributeTypeError,
  COMMON_RESPONSES,
  cursorQuerySchema,
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

export const widgetSchema = z
  .object({
    id: z.int().meta({ example: 1234 }),
    name: z.string().meta({ example: 'Stembolt' }),
    price_cents: z.int().meta({ description: 'The price in cents.', example: 12345 }),
    user_facing_identifier: z.string().meta({
      description: 'How people quote the widget: its id, dot before the last two digits.',
      example: '12.34',
    }),
    manufacturer: z.strictObject({
      id: z.int().meta({ example: 7 }),
      name: z.string().meta({ example: 'Cogswell Cogs' }),
    }),
    widget_status: z.strictObject({ name: z.string().meta({ example: 'Fresh' }) }),
    lock_version: z.int().meta({
      description:
        'The version of the widget. Send it back with an update: if the widget changed since, the update is refused (409).',
      example: 0,
    }),
    created_at: timestampSchema,
    updated_at: timestampSchema,
  })
  .meta({ id: 'Widget', additionalProperties: false });

export type WidgetResource = z.infer<typeof widgetSchema>;

export function widgetResource(widget: WidgetDetails): WidgetResource {
  return {
    id: widget.id,
    name: widget.name,
    price_cents: widget.priceCents,
    user_facing_identifier: userFacingIdentifier(widget.id),
    manufacturer: { id: widget.manufacturer.id, name: widget.manufacturer.name },
    widget_status: { name: widget.widgetStatus.name },
    lock_version: widget.lockVersion,
    created_at: widget.createdAt.toISOString(),
    updated_at: widget.updatedAt.toISOString(),
  };
}

const widgetEnvelopeSchema = z.strictObject({ widget: widgetSchema });

// --- Requests ------------------------------------------------------------------------------------

const nameAttribute = z
  .string({ error: attributeTypeError('a string') })
  .meta({ example: 'Stembolt' });
const priceCentsAttribute = z.int({ error: attributeTypeError('an integer') }).meta({
  description: 'The price in cents: more than 0, at most 1000000 ($10,000.00).',
  example: 12345,
});
const manufacturerIdAttribute = z
  .int({ error: attributeTypeError('an integer') })
  .meta({ description: 'The id of an existing manufacturer.', example: 7 });

/** POST /api/v1/widgets: every attribute is needed (one left out is refused as blank). */
export const newWidgetSchema = z
  .strictObject({
    name: nameAttribute,
    price_cents: priceCentsAttribute,
    manufacturer_id: manufacturerIdAttribute,
  })
  .meta({ id: 'NewWidget', additionalProperties: false });

/** PATCH /api/v1/widgets/{id}: the attributes to change, and the version they were read at. */
export const widgetChangesSchema = z
  .strictObject({
    name: nameAttribute.optional(),
    price_cents: priceCentsAttribute.optional(),
    manufacturer_id: manufacturerIdAttribute.optional(),
    widget_status: z
      .string({ error: attributeTypeError('a string') })
      .optional()
      .meta({
        description: 'The name of a status: Fresh, Approved or Archived.',
        example: 'Approved',
      }),
    lock_version: z
      .int({ error: attributeTypeError('an integer') })
      .meta({ description: 'The `lock_version` of the widget as it was read.', example: 0 }),
  })
  .meta({ id: 'WidgetChanges', additionalProperties: false });

export const widgetListQuerySchema = z.object({
  sort: z
    .enum(WIDGET_SORTS, { error: `must be one of ${WIDGET_SORTS.join(', ')}` })
    .optional()
    .meta({ description: 'The order: by name (the default), price, or newest first.' }),
  q: z
    .string()
    .optional()
    .meta({ description: 'Only widgets whose name contains this, ignoring case.' }),
  cursor: cursorQuerySchema,
});

/** The service's attributes (services/widget-rules.ts) as the API names them. */
const API_ATTRIBUTES: Record<WidgetAttribute, string> = {
  name: 'name',
  price: 'price_cents',
  manufacturer: 'manufacturer_id',
  status: 'widget_status',
};

/** A service's errors with the API's attribute names. */
export function widgetAttributeErrors(errors: FieldErrors<WidgetAttribute>): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([attribute, messages]) => [
      API_ATTRIBUTES[attribute as WidgetAttribute],
      messages,
    ]),
  );
}

// --- The document --------------------------------------------------------------------------------

const widgetResponse = (description: string): ResponseConfig => ({
  description,
  content: jsonContent(widgetEnvelopeSchema),
});

registry.registerPath({
  method: 'get',
  path: '/widgets',
  operationId: 'listWidgets',
  summary: 'List widgets',
  description: 'A page of 25 widgets in the chosen order, as the /widgets page lists them.',
  security,
  request: { query: widgetListQuerySchema },
  responses: {
    200: {
      description: 'A page of widgets.',
      content: jsonContent(
        z.strictObject({ widgets: z.array(widgetSchema), next_cursor: nextCursorSchema }),
      ),
    },
    ...LIST_RESPONSES,
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'post',
  path: '/widgets',
  operationId: 'createWidget',
  summary: 'Create a widget',
  description:
    'Creates a widget with the status Fresh, by the same rules as the /widgets/new form. Every ' +
    'refused attribute is reported at once (422).',
  security,
  request: {
    body: { required: true, content: jsonContent(z.strictObject({ widget: newWidgetSchema })) },
  },
  responses: {
    201: {
      ...widgetResponse('The widget, created.'),
      headers: z.object({ Location: z.string().meta({ example: '/api/v1/widgets/1234' }) }),
    },
    ...WRITE_RESPONSES,
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'get',
  path: '/widgets/{id}',
  operationId: 'showWidget',
  summary: 'Show a widget',
  security,
  request: { params: idParamsSchema },
  responses: {
    200: widgetResponse('The widget.'),
    404: notFoundResponse('widget'),
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'patch',
  path: '/widgets/{id}',
  operationId: 'updateWidget',
  summary: 'Update a widget',
  description:
    'Changes the attributes given, by the same rules as the edit form. `lock_version` must be ' +
    'the one the widget was read at: if someone changed the widget since, nothing is changed ' +
    'and the answer is 409 with the widget as it is now. Changing `widget_status` needs a role ' +
    'that may (customer service, admin).',
  security,
  request: {
    params: idParamsSchema,
    body: { required: true, content: jsonContent(z.strictObject({ widget: widgetChangesSchema })) },
  },
  responses: {
    200: widgetResponse('The widget, updated.'),
    404: notFoundResponse('widget'),
    409: {
      description: 'The widget was changed by someone else since it was read: nothing was changed.',
      content: jsonContent(
        z.strictObject({
          error: z.string().meta({ example: STALE_WIDGET_MESSAGE }),
          widget: widgetSchema,
        }),
      ),
    },
    ...WRITE_RESPONSES,
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'delete',
  path: '/widgets/{id}',
  operationId: 'destroyWidget',
  summary: 'Delete a widget',
  description: 'Deletes the widget and its ratings.',
  security,
  request: { params: idParamsSchema },
  responses: {
    204: { description: 'The widget was deleted.' },
    404: notFoundResponse('widget'),
    ...COMMON_RESPONSES,
  },
});
