import type { NextRequest } from 'next/server';
import { manufacturerResource } from '@/app/api/v1/_resources/manufacturers';
import { receiveApiRequest } from '@/lib/api/requests';
import { apiErrorResponse, apiForbiddenResponse, apiResponse } from '@/lib/api/responses';
import { parseId } from '@/lib/params';
import { findManufacturer } from '@/services/manufacturer-queries';

// GET /api/v1/manufacturers/{id} (show), PRODUCT.md §8.

type Context = { params: Promise<{ id: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const received = await receiveApiRequest(request);
  if (!received.accepted) return received.response;
  if (!received.request.ability.can('read', 'Manufacturer')) return apiForbiddenResponse();

  const id = parseId((await params).id);
  const manufacturer = id === null ? null : await findManufacturer(id);
  if (!manufacturer) return apiErrorResponse(404, 'There is no manufacturer with that id.');
  return apiResponse({ manufacturer: manufacturerResource(manufacturer) });
}
