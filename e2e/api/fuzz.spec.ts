// Fuzzed request bodies for the JSON API's writes (issue 7): wrong types, extra attributes, huge
// strings, nested garbage and invalid UTF-8 are each refused with a 4xx the OpenAPI document
// describes — never a 5xx — and never write a row. fast-check generates the bodies; every one is
// invalid by construction, so any write is a failure. A failing case is shrunk and printed.
import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { apiWidgetPath, apiWidgetsPath } from '@/lib/routes';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { ApiClient } from '../support/api';
import { E2E_API_RATE_LIMIT_PER_MINUTE } from '../support/api-rate-limit';

const RUNS_PER_KIND = 25;

const ATTRIBUTES = ['name', 'price_cents', 'manufacturer_id', 'widget_status', 'lock_version'];

/** JSON values of every type but the one an attribute takes. */
const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.dictionary(fc.string(), fc.string()),
);
const notAnInteger = fc.oneof(
  fc.string(),
  fc.double().filter((n) => !Number.isInteger(n)),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer()),
  fc.object(),
);

/** Attributes of the right types, some of them (the body is made invalid otherwise). */
function someAttributes(manufacturerId: number) {
  return fc.record(
    {
      name: fc.string({ maxLength: 40 }),
      price_cents: fc.integer({ min: -10, max: 2_000_000 }),
      manufacturer_id: fc.constantFrom(manufacturerId, 0, 2_147_483_647),
      lock_version: fc.nat(3),
    },
    { requiredKeys: [] },
  );
}

/** Bodies that are invalid in one of the ways the issue names, whatever else they hold. */
function invalidBodies(manufacturerId: number) {
  const attributes = someAttributes(manufacturerId);
  const wrongType = fc
    .tuple(
      attributes,
      fc.constantFrom('name', 'widget_status'),
      notAString,
      fc.constantFrom('price_cents', 'manufacturer_id', 'lock_version'),
      notAnInteger,
      fc.boolean(),
    )
    .map(([valid, textAttribute, text, numberAttribute, number, which]) => ({
      widget: which ? { ...valid, [textAttribute]: text } : { ...valid, [numberAttribute]: number },
    }));
  // Names of Object.prototype's members among them: a server that collects errors in a plain
  // object trips over "constructor".
  const unknownKey = fc.oneof(
    fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'id'),
    fc.string({ minLength: 1 }).filter((key) => !ATTRIBUTES.includes(key)),
  );
  const extraAttribute = fc
    .tuple(attributes, unknownKey, fc.jsonValue())
    .map(([valid, key, value]) => ({ widget: { ...valid, [key]: value } }));
  const hugeString = fc
    .tuple(
      attributes,
      fc.integer({ min: 256, max: 150_000 }),
      fc.constantFrom('name', 'widget_status'),
    )
    .map(([valid, length, attribute]) => ({
      widget: { ...valid, [attribute]: 'ß'.repeat(length) },
    }));
  const nestedGarbage = fc.oneof(
    fc
      .jsonValue({ maxDepth: 6 })
      .filter(
        (value) =>
          !(
            typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            Object.keys(value).length === 1 &&
            'widget' in value
          ),
      ),
    fc
      .tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(...ATTRIBUTES))
      .filter(([value]) => typeof value === 'object' && value !== null)
      .map(([value, attribute]) => ({ widget: { [attribute]: value } })),
  );
  const invalidUtf8 = fc
    .tuple(
      attributes,
      fc.constantFrom(
        [0xff],
        [0xc3, 0x28],
        [0xe2, 0x82],
        [0xed, 0xa0, 0x80],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
      ),
    )
    .map(([valid, bytes]) => {
      const json = JSON.stringify({ widget: { ...valid, name: 'BYTES' } });
      const [before, after] = json.split('BYTES') as [string, string];
      return Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
    });
  return { wrongType, extraAttribute, hugeString, nestedGarbage, invalidUtf8 };
}

/** Clients, each with a new key before the last one reaches its rate limit. */
function rotatingClient(request: APIRequestContext) {
  let client: ApiClient | undefined;
  let calls = 0;
  return async () => {
    if (!client || calls === E2E_API_RATE_LIMIT_PER_MINUTE) {
      client = (await ApiClient.withNewKey(request, 'admin')).client;
      calls = 0;
    }
    calls += 1;
    return client;
  };
}

test('fuzzed bodies are refused with a documented 4xx and write nothing', async ({ request }) => {
  test.setTimeout(180_000);
  const manufacturer = await manufacturerFactory.create();
  const widget = await widgetFactory.create({ manufacturerId: manufacturer.id });
  const nextClient = rotatingClient(request);
  const widgetCount = async () =>
    testDb.widget.count({ where: { manufacturerId: manufacturer.id } });

  for (const [kind, bodies] of Object.entries(invalidBodies(manufacturer.id))) {
    await test.step(kind, async () => {
      await fc.assert(
        fc.asyncProperty(bodies, fc.boolean(), async (body, creating) => {
          const client = await nextClient();
          const response = creating
            ? await client.post(apiWidgetsPath(), body)
            : await client.patch(apiWidgetPath(widget.id), body);
          expect([400, 413, 422]).toContain(response.status());
          expect(await widgetCount()).toBe(1);
          expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(
            widget,
          );
        }),
        { numRuns: RUNS_PER_KIND },
      );
    });
  }
});
