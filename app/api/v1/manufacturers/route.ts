import type { NextRequest } from 'next/server';
import {
  manufacturerListQuerySchema,
  manufacturerResource,
} from '@/app/api/v1/_resources/manufacturers';
import { nextCursorOf } from '@/app/api/v1/_resources/shared';
import { parseApiQuery } from '@/lib/api/params';
import { receiveApiRequest } from '@/lib/api/requests';
import { apiForbiddenResponse, apiResponse } from '@/lib/api/responses';
import { parseManufacturerListParams } from '@/lib/params';
import { listManufacturers } from '@/services/manufacturer-queries';

// GET /api/v1/manufacturers (index), PRODUCT.md §8: as app/api/v1/widgets/route.ts's GET.
// Manufacturers are read only in version 1.

export async function GET(request: NextRequest) {
  const received = await receiveApiRequest(request);
  if (!received.accepted) return received.response;
  if (!received.request.ability.can('read', 'Manufacturer')) return apiForbiddenResponse();

  const query = parseApiQuery(manufacturerListQuerySchema, request.nextUrl.searchParams);
  if (!query.valid) return query.response;
  const { sort, q, cursor } = query.params;
  const page = await listManufacturers(parseManufacturerListParams({ sort, q, after: cursor }));
  return apiResponse({
    manufacturers: page.manufacturers.map(manufacturerResource),
    next_cursor: nextCursorOf(page.nextPage),
  });
}
