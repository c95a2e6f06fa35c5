import type { NextRequest } from 'next/server';
import {
  newWidgetSchema,
  widgetAttributeErrors,
  widgetListQuerySchema,
  widgetResource,
} from '@/app/api/v1/_resources/widgets';
import { nextCursorOf } from '@/app/api/v1/_resources/shared';
import { parseApiBody, parseApiQuery, recordIdOf } from '@/lib/api/params';
import { receiveApiRequest } from '@/lib/api/requests';
import { apiForbiddenResponse, apiResponse, apiValidationErrorResponse } from '@/lib/api/responses';
import { parseWidgetListParams, userText } from '@/lib/params';
import { apiWidgetPath } from '@/lib/routes';
import { WidgetCreator } from '@/services/widget-creator';
import { listWidgets } from '@/services/widget-queries';

// GET /api/v1/widgets (index) and POST /api/v1/widgets (create), PRODUCT.md §8. Each handler:
// receive the request (key, rate limit, content: lib/api/requests.ts), authorize with the key's
// ability, parse with the resource's schema, call the same service as the pages and forms, and
// answer with the serializer (app/api/v1/_resources/widgets.ts).

export async function GET(request: NextRequest) {
  const received = await receiveApiRequest(request);
  if (!received.accepted) return received.response;
  if (!received.request.ability.can('read', 'Widget')) return apiForbiddenResponse();

  const query = parseApiQuery(widgetListQuerySchema, request.nextUrl.searchParams);
  if (!query.valid) return query.response;
  // Checked, the query means what it means on the page (trimmed search, the default order).
  const { sort, q, cursor } = query.params;
  const page = await listWidgets(parseWidgetListParams({ sort, q, after: cursor }));
  return apiResponse({
    widgets: page.widgets.map(widgetResource),
    next_cursor: nextCursorOf(page.nextPage),
  });
}

export async function POST(request: NextRequest) {
  const received = await receiveApiRequest(request, { readsBody: true });
  if (!received.accepted) return received.response;
  const { ability, body } = received.request;
  if (!ability.can('create', 'Widget')) return apiForbiddenResponse();

  // An attribute left out is refused by the service's rules, with every other error at once.
  const attributes = parseApiBody('widget', newWidgetSchema.partial(), body);
  if (!attributes.valid) return attributes.response;
  const { name, price_cents, manufacturer_id } = attributes.params;

  const result = await new WidgetCreator().createWidget({
    name: userText.parse(name),
    priceCents: price_cents ?? null,
    manufacturerId: recordIdOf(manufacturer_id),
  });
  if (!result.created) {
    return apiValidationErrorResponse(widgetAttributeErrors(result.errors.toMessages()));
  }
  return apiResponse({ widget: widgetResource(result.widget) }, 201, {
    Location: apiWidgetPath(result.widget.id),
  });
}
