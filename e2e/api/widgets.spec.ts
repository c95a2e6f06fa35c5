// The widgets endpoints of the JSON API (PRODUCT.md §8), against the production build: what each
// one answers when all is well and when the request is refused for its content (400, 404, 409,
// 415, 422). Every answer is also checked against the OpenAPI document (e2e/support/api.ts).
// Authentication, content negotiation and rate limits: e2e/api/authentication.spec.ts.
import { expect, test } from '@playwright/test';
import { apiWidgetPath, apiWidgetsPath } from '@/lib/routes';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { uniqueWord, userFacingIdentifier } from '../support/data';
import { ApiClient } from '../support/api';

test.describe('GET /api/v1/widgets', () => {
  test('lists widgets with the search and order of the page, 25 at a time', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const word = uniqueWord();
    const manufacturer = await manufacturerFactory.create();
    const widgets = await widgetFactory.createList(27, {
      manufacturerId: manufacturer.id,
    });
    // Names that sort apart from their prices: the orders differ.
    for (const [index, widget] of widgets.entries()) {
      await testDb.widget.update({
        where: { id: widget.id },
        data: { name: `${word} ${String(index).padStart(2, '0')}`, priceCents: 10_000 - index },
      });
    }

    const first = await client.get(apiWidgetsPath({ q: word.toUpperCase() }));
    expect(first.status()).toBe(200);
    const firstPage = await first.json();
    expect(firstPage.widgets).toHaveLength(25);
    expect(firstPage.widgets[0]).toMatchObject({
      name: `${word} 00`,
      price_cents: 10_000,
      manufacturer: { id: manufacturer.id, name: manufacturer.name },
      widget_status: { name: 'Fresh' },
      lock_version: 0,
    });
    expect(firstPage.next_cursor).toBe(String(firstPage.widgets[24].id));

    const second = await client.get(apiWidgetsPath({ q: word, cursor: firstPage.next_cursor }));
    const secondPage = await second.json();
    expect(secondPage.widgets.map((widget: { name: string }) => widget.name)).toEqual([
      `${word} 25`,
      `${word} 26`,
    ]);
    expect(secondPage.next_cursor).toBeNull();

    const byPrice = await (await client.get(apiWidgetsPath({ q: word, sort: 'price' }))).json();
    expect(byPrice.widgets[0].name).toBe(`${word} 26`);
  });

  test('refuses a malformed query with 400, naming each parameter', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const response = await client.get(`${apiWidgetsPath()}?sort=colour&cursor=abc`);
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error).toContain('sort must be one of name, price, newest');
    expect(error).toContain('cursor must be a next_cursor the API gave');
  });
});

test.describe('GET /api/v1/widgets/{id}', () => {
  test('shows the widget under its key', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const manufacturer = await manufacturerFactory.create();
    const widget = await widgetFactory.create({
      manufacturerId: manufacturer.id,
      priceCents: 12_345,
      statusName: 'Approved',
    });

    const response = await client.get(apiWidgetPath(widget.id));
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      widget: {
        id: widget.id,
        name: widget.name,
        price_cents: 12_345,
        user_facing_identifier: userFacingIdentifier(widget.id),
        manufacturer: { id: manufacturer.id, name: manufacturer.name },
        widget_status: { name: 'Approved' },
        lock_version: 0,
        created_at: widget.createdAt.toISOString(),
        updated_at: widget.updatedAt.toISOString(),
      },
    });
  });

  test('answers 404 for an id that names no widget, or cannot be one', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    for (const id of ['2147483647', 'abc', '0', '99999999999']) {
      const response = await client.get(`${apiWidgetsPath()}/${id}`);
      expect(response.status(), id).toBe(404);
      expect(await response.json()).toEqual({ error: 'There is no widget with that id.' });
    }
  });
});

test.describe('POST /api/v1/widgets', () => {
  test('creates a widget through the same service as the form: 201 and its Location', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const manufacturer = await manufacturerFactory.create();
    const name = `API Stembolt ${uniqueWord()}`;

    const response = await client.post(apiWidgetsPath(), {
      widget: { name, price_cents: 12_345, manufacturer_id: manufacturer.id },
    });

    expect(response.status()).toBe(201);
    const { widget } = await response.json();
    expect(widget).toMatchObject({
      name,
      price_cents: 12_345,
      manufacturer: { id: manufacturer.id },
      widget_status: { name: 'Fresh' },
      lock_version: 0,
    });
    expect(response.headers().location).toBe(apiWidgetPath(widget.id));
    // As from the form: both follow-up checks are queued with it.
    const jobs = await testDb.$queryRaw<{ name: string }[]>`
      SELECT name FROM pgboss.job WHERE data->>'widgetId' = ${String(widget.id)} ORDER BY name`;
    expect(jobs.map((job) => job.name)).toEqual([
      'high-priced-widget-check',
      'widget-from-new-manufacturer-check',
    ]);
  });

  test("refuses invalid values with 422 and every rule's message, storing nothing", async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const legacy = await manufacturerFactory.create({ createdAt: new Date('2009-06-01') });
    const taken = await widgetFactory.create({ manufacturerId: legacy.id, priceCents: 200_00 });
    const before = await testDb.widget.count();

    const cases: [unknown, Record<string, string[]>][] = [
      [
        {},
        {
          name: ["can't be blank", 'is too short (minimum is 5 characters)'],
          price_cents: ['is not a number'],
          manufacturer_id: ["can't be blank"],
        },
      ],
      [
        { name: taken.name, price_cents: 99_00, manufacturer_id: legacy.id },
        {
          name: ['has already been taken'],
          price_cents: ['must be < $100 for legacy manufacturers'],
        },
      ],
      [
        { name: '   Abc  ', price_cents: 0, manufacturer_id: 2_147_483_647 },
        {
          name: ['is too short (minimum is 5 characters)'],
          price_cents: ['must be greater than 0'],
          manufacturer_id: ["can't be blank"],
        },
      ],
      [
        { name: 'x'.repeat(256), price_cents: 1_000_001, manufacturer_id: legacy.id },
        {
          name: ['is too long (maximum is 255 characters)'],
          price_cents: ['must be less than or equal to $10,000.00'],
        },
      ],
      [
        { name: 5, price_cents: '12.34', manufacturer_id: null, colour: 'red' },
        {
          name: ['must be a string'],
          price_cents: ['must be an integer'],
          manufacturer_id: ['must be an integer'],
          colour: ['is not an attribute of this resource'],
        },
      ],
    ];
    for (const [widget, errors] of cases) {
      const response = await client.post(apiWidgetsPath(), { widget });
      expect(response.status(), JSON.stringify(widget)).toBe(422);
      expect(await response.json(), JSON.stringify(widget)).toEqual({ errors });
    }
    expect(await testDb.widget.count()).toBe(before);
  });

  test('refuses a body that is not JSON (415), malformed (400) or too large (413)', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const before = await testDb.widget.count();

    const form = await client.post(apiWidgetsPath(), 'widget[name]=Stembolt', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status()).toBe(415);
    expect((await form.json()).error).toContain('Content-Type: application/json');

    for (const [body, message] of [
      ['{"widget": {"name": ', 'The body is not valid JSON'],
      ['', 'The body is empty'],
      ['[1, 2]', 'The body must be a JSON object with one key, "widget"'],
      ['{"widget": {}, "extra": 1}', 'The body must be a JSON object with one key, "widget"'],
      [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'The body is not valid UTF-8.'],
    ] as const) {
      const response = await client.post(apiWidgetsPath(), body);
      expect(response.status(), String(body)).toBe(400);
      expect((await response.json()).error, String(body)).toContain(message);
    }

    const huge = await client.post(apiWidgetsPath(), {
      widget: { name: 'x'.repeat(200 * 1024) },
    });
    expect(huge.status()).toBe(413);
    expect(await testDb.widget.count()).toBe(before);
  });
});

test.describe('PATCH /api/v1/widgets/{id}', () => {
  test('changes the attributes given, keeps the others, and moves the version on', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'customer_service');
    const widget = await widgetFactory.create({ priceCents: 500_00 });
    const name = `API Renamed ${uniqueWord()}`;

    const response = await client.patch(apiWidgetPath(widget.id), {
      widget: { name, widget_status: 'Archived', lock_version: 0 },
    });

    expect(response.status()).toBe(200);
    expect((await response.json()).widget).toMatchObject({
      id: widget.id,
      name,
      price_cents: 500_00,
      widget_status: { name: 'Archived' },
      lock_version: 1,
    });
  });

  test('refuses a stale version with 409 and the widget as it is now', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const widget = await widgetFactory.create();
    const first = await client.patch(apiWidgetPath(widget.id), {
      widget: { price_cents: 111_11, lock_version: 0 },
    });
    expect(first.status()).toBe(200);

    const late = await client.patch(apiWidgetPath(widget.id), {
      widget: { price_cents: 222_22, lock_version: 0 },
    });

    expect(late.status()).toBe(409);
    expect(await late.json()).toMatchObject({
      error: 'This widget was changed by someone else. Review the current values and save again.',
      widget: { id: widget.id, price_cents: 111_11, lock_version: 1 },
    });
    expect((await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).priceCents).toBe(
      111_11,
    );
  });

  test('refuses invalid values with 422, and changes nothing', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'customer_service');
    const widget = await widgetFactory.create();

    for (const [changes, errors] of [
      [{ price_cents: -5, lock_version: 0 }, { price_cents: ['must be greater than 0'] }],
      [{ widget_status: 'Sold out', lock_version: 0 }, { widget_status: ["can't be blank"] }],
      [{ name: 'Renamed widget' }, { lock_version: ["can't be blank"] }],
      [{ lock_version: 0, id: 7 }, { id: ['is not an attribute of this resource'] }],
    ] as const) {
      const response = await client.patch(apiWidgetPath(widget.id), { widget: changes });
      expect(response.status(), JSON.stringify(changes)).toBe(422);
      expect(await response.json()).toEqual({ errors });
    }
    expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(widget);
  });

  test("refuses a catalog key's status change with 403, as the edit form does", async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const widget = await widgetFactory.create();
    const response = await client.patch(apiWidgetPath(widget.id), {
      widget: { widget_status: 'Archived', lock_version: 0 },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: 'You are not allowed to do that.' });
    expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(widget);
  });

  test('answers 404 for a widget that is not there, and 415/400 for a body that is not JSON', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'catalog');
    const missing = await client.patch(apiWidgetPath(2_147_483_647), {
      widget: { lock_version: 0 },
    });
    expect(missing.status()).toBe(404);

    const widget = await widgetFactory.create();
    const text = await client.patch(apiWidgetPath(widget.id), 'name=x', {
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status()).toBe(415);
    const malformed = await client.patch(apiWidgetPath(widget.id), '{"widget": [}');
    expect(malformed.status()).toBe(400);
  });
});

test.describe('DELETE /api/v1/widgets/{id}', () => {
  test('deletes the widget and its ratings (204), then it is not found (404)', async ({
    request,
  }) => {
    const { client } = await ApiClient.withNewKey(request, 'customer_service');
    const widget = await widgetFactory.create();
    await testDb.widgetRating.create({ data: { widgetId: widget.id, rating: 5 } });

    const response = await client.delete(apiWidgetPath(widget.id));
    expect(response.status()).toBe(204);
    expect(await testDb.widget.findUnique({ where: { id: widget.id } })).toBeNull();
    expect(await testDb.widgetRating.count({ where: { widgetId: widget.id } })).toBe(0);

    const again = await client.delete(apiWidgetPath(widget.id));
    expect(again.status()).toBe(404);
    expect(await again.json()).toEqual({ error: 'There is no widget with that id.' });
  });
});
