// The OpenAPI document is enough to use the API (issue 7's acceptance): a client that knows only
// the document — its server, its operations by operationId, their paths and request schemas —
// creates, reads, updates, lists and deletes a widget. (That the document is valid OpenAPI 3.1 is
// app/api/v1/_resources/openapi.test.ts's; that every answer matches it, e2e/support/api.ts's.)
import { expect, test } from '@playwright/test';
import { apiDocumentPath } from '@/lib/routes';
import { manufacturerFactory } from '@/test/factories';
import { uniqueWord } from '../support/data';
import { ApiClient, openApiContract, type OpenApiDocument } from '../support/api';

/** The method and URL of an operation, its path parameters filled in, as the document says. */
function operationUrl(
  document: OpenApiDocument,
  operationId: string,
  params: Record<string, unknown> = {},
) {
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (operation.operationId !== operationId) continue;
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(String(params[name])),
      );
      return { method: method.toUpperCase(), url: `${document.servers[0]!.url}${path}` };
    }
  }
  throw new Error(`The document has no operation ${operationId}`);
}

test('is served at /api/v1/openapi.json without a key', async ({ request }) => {
  const response = await request.get(apiDocumentPath());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect((await response.json()).openapi).toBe('3.1.0');
});

test('a client that knows only the document can create, read, update, list and delete a widget', async ({
  request,
}) => {
  const { document } = await openApiContract(request);
  const { client } = await ApiClient.withNewKey(request, 'admin');
  const manufacturer = await manufacturerFactory.create();
  const call = (operationId: string, params?: Record<string, unknown>, data?: unknown) => {
    const { method, url } = operationUrl(document, operationId, params);
    return client.call(method, url, { data });
  };
  const name = `Documented ${uniqueWord()}`;

  const created = await call(
    'createWidget',
    {},
    {
      widget: { name, price_cents: 4_200, manufacturer_id: manufacturer.id },
    },
  );
  expect(created.status()).toBe(201);
  const { widget } = await created.json();

  const shown = await call('showWidget', { id: widget.id });
  expect((await shown.json()).widget.name).toBe(name);

  const updated = await call(
    'updateWidget',
    { id: widget.id },
    {
      widget: { price_cents: 4_300, lock_version: widget.lock_version },
    },
  );
  expect((await updated.json()).widget.price_cents).toBe(4_300);

  const { url } = operationUrl(document, 'listWidgets');
  const listed = await client.get(`${url}?q=${encodeURIComponent(name)}`);
  expect((await listed.json()).widgets.map((w: { id: number }) => w.id)).toEqual([widget.id]);

  expect((await call('destroyWidget', { id: widget.id })).status()).toBe(204);
  expect((await call('showWidget', { id: widget.id })).status()).toBe(404);
});
