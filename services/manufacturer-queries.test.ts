import { beforeEach, describe, expect, it } from 'vitest';
import { PER_PAGE } from '@/lib/pagination';
import { addressFactory, manufacturerFactory, widgetFactory } from '@/test/factories';
import { deleteTestData } from '@/test/support/database';
import {
  findManufacturer,
  findManufacturerToEdit,
  listManufacturers,
} from './manufacturer-queries';

beforeEach(deleteTestData);

describe('listManufacturers', () => {
  it('lists manufacturers by name with how many widgets each makes', async () => {
    const zeta = await manufacturerFactory.create({ name: 'Test Zeta' });
    const alpha = await manufacturerFactory.create({ name: 'Test Alpha' });
    await widgetFactory.createList(2, { manufacturerId: zeta.id });

    const list = await listManufacturers({ page: 1 });

    expect(list).toEqual({
      manufacturers: [
        { id: alpha.id, name: 'Test Alpha', widgetCount: 0 },
        { id: zeta.id, name: 'Test Zeta', widgetCount: 2 },
      ],
      page: 1,
      totalPages: 1,
      totalCount: 2,
    });
  });

  it(`shows ${PER_PAGE} manufacturers a page, and the last page for a page past the end`, async () => {
    await manufacturerFactory.createList(PER_PAGE + 1);

    expect((await listManufacturers({ page: 1 })).manufacturers).toHaveLength(PER_PAGE);
    const past = await listManufacturers({ page: 99 });
    expect(past).toMatchObject({ page: 2, totalPages: 2, totalCount: PER_PAGE + 1 });
    expect(past.manufacturers).toHaveLength(1);
  });
});

describe('findManufacturer', () => {
  it('finds a manufacturer with its address and its widgets by name', async () => {
    const address = await addressFactory.create({ street: '18144 El Camino Real', zip: '94087' });
    const manufacturer = await manufacturerFactory.create({
      name: 'Test Cyberdyne',
      addressId: address.id,
    });
    const stembolt = await widgetFactory.create({
      name: 'Test Stembolt',
      priceCents: 12_345,
      manufacturerId: manufacturer.id,
    });
    const flange = await widgetFactory.create({
      name: 'Test Flange',
      priceCents: 100,
      manufacturerId: manufacturer.id,
    });
    await widgetFactory.create(); // another manufacturer's widget

    expect(await findManufacturer(manufacturer.id)).toEqual({
      id: manufacturer.id,
      name: 'Test Cyberdyne',
      address: { street: '18144 El Camino Real', zip: '94087' },
      widgets: [
        { id: flange.id, name: 'Test Flange', priceCents: 100 },
        { id: stembolt.id, name: 'Test Stembolt', priceCents: 12_345 },
      ],
    });
  });

  it('returns null for an unknown id', async () => {
    expect(await findManufacturer(2_147_483_647)).toBeNull();
  });
});

describe('findManufacturerToEdit', () => {
  it('finds a manufacturer with its name and address', async () => {
    const address = await addressFactory.create({ street: '1 Foundry Lane', zip: '15201' });
    const manufacturer = await manufacturerFactory.create({
      name: 'Test Acme',
      addressId: address.id,
    });

    expect(await findManufacturerToEdit(manufacturer.id)).toEqual({
      id: manufacturer.id,
      name: 'Test Acme',
      address: { street: '1 Foundry Lane', zip: '15201' },
    });
  });

  it('returns null for an unknown id', async () => {
    expect(await findManufacturerToEdit(2_147_483_647)).toBeNull();
  });
});
