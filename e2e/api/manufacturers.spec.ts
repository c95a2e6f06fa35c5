// The manufacturers endpoints of the JSON API (PRODUCT.md §8: read only). As e2e/api/widgets.spec.ts.
import { expect, test } from '@playwright/test';
import { apiManufacturerPath, apiManufacturersPath } from '@/lib/routes';
import { addressFactory, manufacturerFactory } from '@/test/factories';
import { uniqueWord } from '../support/data';
import { ApiClient } from '../support/api';

test.describe('GET /api/v1/manufacturers', () => {
  test('lists manufacturers with the search and order of the page', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const word = uniqueWord();
    const older = await manufacturerFactory.create({
      name: `${word} Alpha`,
      createdAt: new Date('2009-06-01T00:00:00Z'),
    });
    const newer = await manufacturerFactory.create({ name: `${word} Beta` });

    const byName = await client.get(apiManufacturersPath({ q: word }));
    expect(byName.status()).toBe(200);
    const { manufacturers, next_cursor } = await byName.json();
    expect(manufacturers.map((m: { id: number }) => m.id)).toEqual([older.id, newer.id]);
    expect(manufacturers[0]).toMatchObject({
      name: older.name,
      created_at: '2009-06-01T00:00:00.000Z',
      address: { street: expect.any(String), zip: expect.any(String) },
    });
    expect(next_cursor).toBeNull();

    const newest = await (
      await client.get(apiManufacturersPath({ q: word, sort: 'newest' }))
    ).json();
    expect(newest.manufacturers.map((m: { id: number }) => m.id)).toEqual([newer.id, older.id]);
  });

  test('refuses a malformed query with 400', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const response = await client.get(`${apiManufacturersPath()}?sort=price`);
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toContain('sort must be one of name, newest');
  });
});

test.describe('GET /api/v1/manufacturers/{id}', () => {
  test('shows the manufacturer with its address', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const address = await addressFactory.create();
    const manufacturer = await manufacturerFactory.create({ addressId: address.id });

    const response = await client.get(apiManufacturerPath(manufacturer.id));
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      manufacturer: {
        id: manufacturer.id,
        name: manufacturer.name,
        address: { street: address.street, zip: address.zip },
        created_at: manufacturer.createdAt.toISOString(),
        updated_at: manufacturer.updatedAt.toISOString(),
      },
    });
  });

  test('answers 404 for an id that names no manufacturer', async ({ request }) => {
    const { client } = await ApiClient.withNewKey(request, 'finance');
    const response = await client.get(apiManufacturerPath(2_147_483_647));
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: 'There is no manufacturer with that id.' });
  });
});
