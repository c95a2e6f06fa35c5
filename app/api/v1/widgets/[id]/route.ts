import type { NextRequest } from 'next/server';
import {
  widgetAttributeErrors,
  widgetChangesSchema,
  widgetResource,
} from '@/app/api/v1/_resources/widgets';
import { lockVersionOf, parseApiBody, recordIdOf } from '@/lib/api/params';
import { receiveApiRequest } from '@/lib/api/requests';
import {
  apiErrorResponse,
  apiForbiddenResponse,
  apiNoContentResponse,
  apiResponse,
  apiValidationErrorResponse,
} from '@/lib/api/responses';
import { parseId, userText } from '@/lib/params';
import { WidgetDestroyer } from '@/services/widget-destroyer';
import { STALE_WIDGET_MESSAGE, WidgetEditor } from '@/services/widget-editor';
import { findWidgetDetails, findWidgetForEditing } from '@/services/widget-queries';
import { listWidgetStatusChoices } from '@/services/widget-status-queries';

// GET (show), PATCH (update) and DELETE (destroy) /api/v1/widgets/{id}, PRODUCT.md §8, in the
// order of app/api/v1/widgets/route.ts. An id that is malformed or names no widget is 404.

type Context = { params: Promise<{ id: string }> };

function widgetNotFound(): Response {
  return apiErrorResponse(404, 'There is no widget with that id.');
}

export async function GET(request: NextRequest, { params }: Context) {
  const received = await receiveApiRequest(request);
  if (!received.accepted) return received.response;
  if (!received.request.ability.can('read', 'Widget')) return apiForbiddenResponse();

  const id = parseId((await params).id);
  const widget = id === null ? null : await findWidgetDetails(id);
  if (!widget) return widgetNotFound();
  return apiResponse({ widget: widgetResource(widget) });
}

/**
 * Changes the attributes the body gives; the others keep their values. The body's lock_version
 * guards all of them (ADR 9): if the widget changed since the client read it, nothing is written
 * and the answer (409) shows the widget as it is now.
 */
export async function PATCH(request: NextRequest, { params }: Context) {
  const received = await receiveApiRequest(request, { readsBody: true });
  if (!received.accepted) return received.response;
  const { ability, body } = received.request;
  if (!ability.can('update', 'Widget')) return apiForbiddenResponse();

  const id = parseId((await params).id);
  const current = id === null ? null : await findWidgetForEditing(id);
  if (!current) return widgetNotFound();

  const attributes = parseApiBody('widget', widgetChangesSchema, body);
  if (!attributes.valid) return attributes.response;
  const changes = attributes.params;
  // Changing the status needs a role that may (a catalog key may not), as on the edit form.
  const changesStatus = changes.widget_status !== undefined;
  if (changesStatus && !ability.can('update', 'Widget', 'widgetStatusId')) {
    return apiForbiddenResponse();
  }
  // A status is named; one that does not exist is refused by the editor, as a missing choice.
  const statuses = changesStatus ? await listWidgetStatusChoices() : [];

  const result = await new WidgetEditor().updateWidget(current.id, {
    name: changes.name === undefined ? current.name : userText.parse(changes.name),
    priceCents: changes.price_cents ?? current.priceCents,
    manufacturerId:
      changes.manufacturer_id === undefined
        ? current.manufacturerId
        : recordIdOf(changes.manufacturer_id),
    widgetStatusId: changesStatus
      ? (statuses.find((status) => status.name === changes.widget_status)?.id ?? null)
      : undefined,
    lockVersion: lockVersionOf(changes.lock_version),
  });
  if (!result.updated) {
    switch (result.reason) {
      case 'invalid':
        return apiValidationErrorResponse(widgetAttributeErrors(result.errors.toMessages()));
      case 'stale': {
        const now = await findWidgetDetails(current.id);
        if (!now) return widgetNotFound();
        return apiResponse({ error: STALE_WIDGET_MESSAGE, widget: widgetResource(now) }, 409);
      }
      case 'not-found':
        return widgetNotFound();
    }
  }

  const widget = await findWidgetDetails(result.widget.id);
  if (!widget) return widgetNotFound();
  return apiResponse({ widget: widgetResource(widget) });
}

export async function DELETE(request: NextRequest, { params }: Context) {
  const received = await receiveApiRequest(request);
  if (!received.accepted) return received.response;
  if (!received.request.ability.can('destroy', 'Widget')) return apiForbiddenResponse();

  const id = parseId((await params).id);
  const result = id === null ? null : await new WidgetDestroyer().destroyWidget(id);
  if (!result?.destroyed) return widgetNotFound();
  return apiNoContentResponse();
}
