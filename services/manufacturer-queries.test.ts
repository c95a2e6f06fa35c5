import { beforeEach, describe, expect, it } from 'vitest';
import { PER_PAGE } from '@/lib/pagination';
import type { ManufacturerListParams } from '@/lib/params';
import { addressFactory, manufacturerFactory, widgetFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import {
  findManufacturer,
  listManufacturers,
  listManufacturerWidgets,
} from './manufacturer-queries';

beforeEach(deleteTestData);

const firstPage: ManufacturerListParams = { sort: 'name', q: '', cursor: null };

const idsOf = (rows: { id: number }[]) => rows.map(({ id }) => id);

async function addressOf(manufacturer: { addressId: number }) {
  const { street, zip } = await testDb.address.findUniqueOrThrow({
    where: { id: manufacturer.addressId },
  });
  return { street, zip };
}

describe('listManufacturers', () => {
  it('lists manufacturers by name with their address, when they were added and how many widgets each makes', async () => {
    const zeta = await manufacturerFactory.create({
      name: 'Test Zeta',
      createdAt: new Date('2024-05-06T07:08:09.123Z'),
    });
    const alpha = await manufacturerFactory.create({
      name: 'Test Alpha',
      createdAt: new Date('2009-01-01T00:00:00Z'),
    });
    await widgetFactory.createList(2, { manufacturerId: zeta.id });

    const list = await listManufacturers(firstPage);

    expect(list).toEqual({
      manufacturers: [
        {
          id: alpha.id,
          name: 'Test Alpha',
          address: await addressOf(alpha),
          createdAt: alpha.createdAt,
          updatedAt: alpha.updatedAt,
          widgetCount: 0,
        },
        {
          id: zeta.id,
          name: 'Test Zeta',
          address: await addressOf(zeta),
          createdAt: zeta.createdAt,
          updatedAt: zeta.updatedAt,
          widgetCount: 2,
        },
      ],
      previousPage: null,
      nextPage: null,
    });
  });

  it('sorts by newest first, and manufacturers added at the same moment by id, last first', async () => {
    const sameMoment = new Date('2020-01-01T00:00:00Z');
    const old = await manufacturerFactory.create({ createdAt: new Date('2008-01-01') });
    const first = await manufacturerFactory.create({ createdAt: sameMoment });
    const second = await manufacturerFactory.create({ createdAt: sameMoment });

    const list = await listManufacturers({ ...firstPage, sort: 'newest' });

    expect(idsOf(list.manufacturers)).toEqual([second.id, first.id, old.id]);
  });

  it(`shows ${PER_PAGE} manufacturers a page, forward and back, within a search`, async () => {
    const matching = [];
    for (let i = 0; i < PER_PAGE + 1; i++) {
      matching.push(await manufacturerFactory.create({ name: `Test ${i + 10} ACME works` }));
    }
    await manufacturerFactory.create({ name: 'Test Cyberdyne' });
    const params = { ...firstPage, q: 'acme' };

    const first = await listManufacturers(params);
    const second = await listManufacturers({ ...params, cursor: first.nextPage });
    const back = await listManufacturers({ ...params, cursor: second.previousPage });

    expect(idsOf(first.manufacturers)).toEqual(idsOf(matching.slice(0, PER_PAGE)));
    expect(idsOf(second.manufacturers)).toEqual(idsOf(matching.slice(PER_PAGE)));
    expect(second.nextPage).toBeNull();
    expect(back).toEqual(first);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const percent = await manufacturerFactory.create({ name: 'Test 100% Works' });
    await manufacturerFactory.create({ name: 'Test Plain Works' });

    expect(idsOf((await listManufacturers({ ...firstPage, q: '%' })).manufacturers)).toEqual([
      percent.id,
    ]);
    expect((await listManufacturers({ ...firstPage, q: '_' })).manufacturers).toEqual([]);
  });

  it('shows the first page for a cursor that names no manufacturer', async () => {
    const manufacturer = await manufacturerFactory.create();

    const list = await listManufacturers({ ...firstPage, cursor: { after: 2_147_483_647 } });

    expect(idsOf(list.manufacturers)).toEqual([manufacturer.id]);
  });
});

describe('findManufacturer', () => {
  it('finds a manufacturer with its address', async () => {
    const address = await addressFactory.create({ street: '18144 El Camino Real', zip: '94087' });
    const manufacturer = await manufacturerFactory.create({
      name: 'Test Cyberdyne',
      addressId: address.id,
    });

    expect(await findManufacturer(manufacturer.id)).toEqual({
      id: manufacturer.id,
      name: 'Test Cyberdyne',
      address: { street: '18144 El Camino Real', zip: '94087' },
      createdAt: manufacturer.createdAt,
      updatedAt: manufacturer.updatedAt,
    });
  });

  it('returns null for an unknown id', async () => {
    expect(await findManufacturer(2_147_483_647)).toBeNull();
  });
});

describe('listManufacturerWidgets', () => {
  it('lists its widgets by name, and no other manufacturer’s', async () => {
    const manufacturer = await manufacturerFactory.create();
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
    await widgetFactory.create({ name: 'Test Anvil' }); // another manufacturer's widget

    expect(await listManufacturerWidgets(manufacturer.id, null)).toEqual({
      widgets: [
        { id: flange.id, name: 'Test Flange', priceCents: 100 },
        { id: stembolt.id, name: 'Test Stembolt', priceCents: 12_345 },
      ],
      previousPage: null,
      nextPage: null,
    });
  });

  it(`shows ${PER_PAGE} widgets a page, forward and back`, async () => {
    const manufacturer = await manufacturerFactory.create();
    const widgets = [];
    for (let i = 0; i < PER_PAGE + 3; i++) {
      widgets.push(
        await widgetFactory.create({ name: `Test ${i + 10}`, manufacturerId: manufacturer.id }),
      );
    }

    const first = await listManufacturerWidgets(manufacturer.id, null);
    const second = await listManufacturerWidgets(manufacturer.id, first.nextPage);
    const back = await listManufacturerWidgets(manufacturer.id, second.previousPage);

    expect(idsOf(first.widgets)).toEqual(idsOf(widgets.slice(0, PER_PAGE)));
    expect(first.nextPage).toEqual({ after: widgets[PER_PAGE - 1]!.id });
    expect(idsOf(second.widgets)).toEqual(idsOf(widgets.slice(PER_PAGE)));
    expect(second).toMatchObject({
      previousPage: { before: widgets[PER_PAGE]!.id },
      nextPage: null,
    });
    expect(back).toEqual(first);
  });

  it('shows the first page for a cursor that names no widget', async () => {
    const widget = await widgetFactory.create();

    const list = await listManufacturerWidgets(widget.manufacturerId, { before: 2_147_483_647 });

    expect(idsOf(list.widgets)).toEqual([widget.id]);
  });
});
