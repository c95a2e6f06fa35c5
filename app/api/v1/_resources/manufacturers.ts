import 'server-only';
// The manufacturer as the JSON API shows it (PRODUCT.md §8: read only): its schema, which the
// OpenAPI document shows, and its serializer.
import { z } from 'zod';
import { MANUFACTURER_SORTS } from '@/lib/params';
import type { ManufacturerDetails } from '@/services/manufacturer-queries';
import {
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
} from './shared';

export const manufacturerSchema = z
  .object({
    id: z.int().meta({ example: 7 }),
    name: z.string().meta({ example: 'Cogswell Cogs' }),
    address: z.strictObject({
      street: z.string().meta({ example: '1 Sprocket Way' }),
      zip: z.string().meta({ example: '12345' }),
    }),
    created_at: timestampSchema.meta({
      description:
        'When the manufacturer was registered. Widgets of manufacturers registered before ' +
        '2010 cost at least $100.00.',
    }),
    updated_at: timestampSchema,
  })
  .meta({ id: 'Manufacturer', additionalProperties: false });

export type ManufacturerResource = z.infer<typeof manufacturerSchema>;

export function manufacturerResource(manufacturer: ManufacturerDetails): ManufacturerResource {
  return {
    id: manufacturer.id,
    name: manufacturer.name,
    address: { street: manufacturer.address.street, zip: manufacturer.address.zip },
    created_at: manufacturer.createdAt.toISOString(),
    updated_at: manufacturer.updatedAt.toISOString(),
  };
}

export const manufacturerListQuerySchema = z.object({
  sort: z
    .enum(MANUFACTURER_SORTS, { error: `must be one of ${MANUFACTURER_SORTS.join(', ')}` })
    .optional()
    .meta({ description: 'The order: by name (the default) or newest first.' }),
  q: z
    .string()
    .optional()
    .meta({ description: 'Only manufacturers whose name contains this, ignoring case.' }),
  cursor: cursorQuerySchema,
});

// --- The document --------------------------------------------------------------------------------

registry.registerPath({
  method: 'get',
  path: '/manufacturers',
  operationId: 'listManufacturers',
  summary: 'List manufacturers',
  description:
    'A page of 25 manufacturers in the chosen order, as the /manufacturers page lists them.',
  security,
  request: { query: manufacturerListQuerySchema },
  responses: {
    200: {
      description: 'A page of manufacturers.',
      content: jsonContent(
        z.strictObject({
          manufacturers: z.array(manufacturerSchema),
          next_cursor: nextCursorSchema,
        }),
      ),
    },
    ...LIST_RESPONSES,
    ...COMMON_RESPONSES,
  },
});

registry.registerPath({
  method: 'get',
  path: '/manufacturers/{id}',
  operationId: 'showManufacturer',
  summary: 'Show a manufacturer',
  security,
  request: { params: idParamsSchema },
  responses: {
    200: {
      description: 'The manufacturer.',
      content: jsonContent(z.strictObject({ manufacturer: manufacturerSchema })),
    },
    404: notFoundResponse('manufacturer'),
    ...COMMON_RESPONSES,
  },
});
