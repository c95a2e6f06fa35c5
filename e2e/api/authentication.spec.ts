// What every endpoint of the JSON API does before it looks at what was asked (PRODUCT.md §8,
// lib/api/requests.ts): authentication (401), the key's rate limit (429), content negotiation
// (406), and the key's role (403, lib/policy.ts, as for users). ENDPOINTS lists every operation of
// the OpenAPI document; the first test fails when one is missing.
import { globSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Role } from '@/lib/policy';
import {
  apiManufacturerPath,
  apiManufacturersPath,
  apiWidgetPath,
  apiWidgetsPath,
} from '@/lib/routes';
import { apiKeyFactory, manufacturerFactory, widgetFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { uniqueWord } from '../support/data';
import { ApiClient, openApiContract } from '../support/api';
import { E2E_API_RATE_LIMIT_PER_MINUTE } from '../support/api-rate-limit';

type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The request, on records of its own; `unchanged` says whether it wrote nothing. */
  prepare: () => Promise<{ path: string; data?: unknown; unchanged: () => Promise<boolean> }>;
  /** The roles whose keys may call it (PRODUCT.md §1). */
  allowed: Role[];
  /** What an allowed call answers. */
  status: number;
};

const EVERY_ROLE: Role[] = ['catalog', 'customer_service', 'finance', 'admin'];
const nothingWritten = async () => true;

async function widgetToChange() {
  const widget = await widgetFactory.create();
  return {
    widget,
    unchanged: async () =>
      JSON.stringify(await testDb.widget.findUnique({ where: { id: widget.id } })) ===
      JSON.stringify(widget),
  };
}

const ENDPOINTS: Record<string, Endpoint> = {
  listWidgets: {
    method: 'GET',
    prepare: async () => ({ path: apiWidgetsPath(), unchanged: nothingWritten }),
    allowed: EVERY_ROLE,
    status: 200,
  },
  createWidget: {
    method: 'POST',
    prepare: async () => {
      const manufacturer = await manufacturerFactory.create();
      return {
        path: apiWidgetsPath(),
        data: {
          widget: {
            name: `API ${uniqueWord()}`,
            price_cents: 12_345,
            manufacturer_id: manufacturer.id,
          },
        },
        unchanged: async () =>
          (await testDb.widget.count({ where: { manufacturerId: manufacturer.id } })) === 0,
      };
    },
    allowed: ['catalog', 'admin'],
    status: 201,
  },
  showWidget: {
    method: 'GET',
    prepare: async () => ({
      path: apiWidgetPath((await widgetFactory.create()).id),
      unchanged: nothingWritten,
    }),
    allowed: EVERY_ROLE,
    status: 200,
  },
  updateWidget: {
    method: 'PATCH',
    prepare: async () => {
      const { widget, unchanged } = await widgetToChange();
      return {
        path: apiWidgetPath(widget.id),
        data: { widget: { price_cents: 321_00, lock_version: 0 } },
        unchanged,
      };
    },
    allowed: ['catalog', 'customer_service', 'admin'],
    status: 200,
  },
  destroyWidget: {
    method: 'DELETE',
    prepare: async () => {
      const { widget, unchanged } = await widgetToChange();
      return { path: apiWidgetPath(widget.id), unchanged };
    },
    allowed: ['customer_service', 'admin'],
    status: 204,
  },
  listManufacturers: {
    method: 'GET',
    prepare: async () => ({ path: apiManufacturersPath(), unchanged: nothingWritten }),
    allowed: EVERY_ROLE,
    status: 200,
  },
  showManufacturer: {
    method: 'GET',
    prepare: async () => ({
      path: apiManufacturerPath((await manufacturerFactory.create()).id),
      unchanged: nothingWritten,
    }),
    allowed: EVERY_ROLE,
    status: 200,
  },
};

async function call(
  client: ApiClient,
  endpoint: Endpoint,
  options: Parameters<ApiClient['call']>[2] = {},
) {
  const { path, data, unchanged } = await endpoint.prepare();
  const response = await client.call(endpoint.method, path, { data, ...options });
  return { response, unchanged };
}

/** A client whose key is valid but has been deactivated. */
async function deactivatedClient(request: APIRequestContext) {
  const apiKey = await apiKeyFactory.create({ role: 'admin', deactivatedAt: new Date() });
  return new ApiClient(request, apiKey.token);
}

test('ENDPOINTS lists every operation of the OpenAPI document, and every route under app/api', async ({
  request,
}) => {
  const { document } = await openApiContract(request);
  const operations = Object.values(document.paths).flatMap((path) =>
    Object.values(path).map((operation) => operation.operationId),
  );
  expect(operations.sort()).toEqual(Object.keys(ENDPOINTS).sort());
  // The other routes under app/api: the document itself, and the 404 for any other /api path.
  expect(globSync('app/api/**/route.ts').sort()).toEqual([
    'app/api/[...path]/route.ts',
    'app/api/v1/manufacturers/[id]/route.ts',
    'app/api/v1/manufacturers/route.ts',
    'app/api/v1/openapi.json/route.ts',
    'app/api/v1/widgets/[id]/route.ts',
    'app/api/v1/widgets/route.ts',
  ]);
});

for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
  test.describe(`${name} (${endpoint.method})`, () => {
    test('answers 401 with WWW-Authenticate for a missing, unknown or deactivated key, before content negotiation', async ({
      request,
    }) => {
      const anonymous = new ApiClient(request, null);
      const unknown = new ApiClient(request, `widgets_${'x'.repeat(43)}`);
      const deactivated = await deactivatedClient(request);
      for (const [client, message] of [
        [anonymous, 'Send your API key in the Authorization header'],
        [new ApiClient(request, 'not-a-key'), 'That API key is not valid.'],
        [unknown, 'That API key is not valid.'],
        [deactivated, 'That API key has been deactivated.'],
      ] as const) {
        // Asking for HTML too: without a valid key, the answer is 401 whatever was asked.
        const { response, unchanged } = await call(client, endpoint, {
          headers: { Accept: 'text/html' },
        });
        expect(response.status()).toBe(401);
        expect(response.headers()['www-authenticate']).toBe(
          'Token realm="Widgets API", Bearer realm="Widgets API"',
        );
        expect((await response.json()).error).toContain(message);
        expect(await unchanged()).toBe(true);
      }
    });

    test('answers 406 to a request that does not accept JSON', async ({ request }) => {
      const { client } = await ApiClient.withNewKey(request, 'admin');
      const { response, unchanged } = await call(client, endpoint, {
        headers: { Accept: 'text/html, application/xml;q=0.9' },
      });
      expect(response.status()).toBe(406);
      expect(await unchanged()).toBe(true);
    });

    test("lets each role's key do what the role may, and answers 403 otherwise", async ({
      request,
    }) => {
      for (const role of EVERY_ROLE) {
        const { client } = await ApiClient.withNewKey(request, role);
        const { response, unchanged } = await call(client, endpoint);
        if (endpoint.allowed.includes(role)) {
          expect(response.status(), role).toBe(endpoint.status);
        } else {
          expect(response.status(), role).toBe(403);
          expect(await response.json()).toEqual({ error: 'You are not allowed to do that.' });
          expect(await unchanged(), role).toBe(true);
        }
      }
    });
  });
}

test('reads the key in either form: Bearer, or Token token="…" as Rails clients send it', async ({
  request,
}) => {
  const { client } = await ApiClient.withNewKey(request, 'finance');
  expect((await client.get(apiWidgetsPath(), { scheme: 'Bearer' })).status()).toBe(200);
  expect((await client.get(apiWidgetsPath(), { scheme: 'Token' })).status()).toBe(200);
});

test('limits each key to its requests a minute: 429 with Retry-After on every endpoint, other keys unaffected', async ({
  request,
}) => {
  const { client } = await ApiClient.withNewKey(request, 'admin');
  for (let count = 0; count < E2E_API_RATE_LIMIT_PER_MINUTE; count += 1) {
    expect((await request.get(apiWidgetsPath(), { headers: bearer(client) })).status()).toBe(200);
  }
  for (const endpoint of Object.values(ENDPOINTS)) {
    const { response, unchanged } = await call(client, endpoint);
    expect(response.status()).toBe(429);
    const retryAfter = Number(response.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await response.json()).error).toBe(
      `Too many requests. Try again in ${retryAfter} seconds.`,
    );
    expect(await unchanged()).toBe(true);
  }
  const { client: other } = await ApiClient.withNewKey(request, 'admin');
  expect((await other.get(apiWidgetsPath())).status()).toBe(200);
});

test('answers 404 in JSON to /api paths that are no endpoint, such as one without a version', async ({
  request,
}) => {
  for (const path of ['/api/widgets', '/api/v2/widgets', '/api/v1/nothing_here']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.json()).toEqual({
      error: 'There is no such API endpoint. The API is versioned: see /api/v1/openapi.json.',
    });
  }
});

// The key of a client, for the plain requests that fill its rate limit.
function bearer(client: ApiClient): Record<string, string> {
  return { Authorization: `Bearer ${client.token}`, Accept: 'application/json' };
}
