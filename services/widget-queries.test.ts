import { beforeEach, describe, expect, it } from 'vitest';
import { PER_PAGE } from '@/lib/pagination';
import { manufacturerFactory, widgetFactory, widgetRatingFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { findWidget, findWidgetForEditing, listWidgets } from './widget-queries';

beforeEach(deleteTestData);

const firstPage = { page: 1, sort: 'name', q: '' } as const;

describe('listWidgets', () => {
  it('lists widgets by name, each with its manufacturer', async () => {
    const acme = await manufacturerFactory.create({ name: 'Test Acme' });
    await widgetFactory.create({ name: 'Test Sprocket', manufacturerId: acme.id });
    await widgetFactory.create({ name: 'Test Flange', manufacturerId: acme.id });

    const list = await listWidgets(firstPage);

    expect(list.widgets.map((widget) => widget.name)).toEqual(['Test Flange', 'Test Sprocket']);
    expect(list.widgets[0]?.manufacturer).toEqual({ id: acme.id, name: 'Test Acme' });
    expect(list).toMatchObject({ page: 1, totalPages: 1, totalCount: 2 });
  });

  it('sorts by price, cheapest first', async () => {
    await widgetFactory.create({ name: 'Test Dear', priceCents: 9_000_00 });
    await widgetFactory.create({ name: 'Test Cheap', priceCents: 1_00 });
    await widgetFactory.create({ name: 'Test Middling', priceCents: 50_00 });

    const list = await listWidgets({ ...firstPage, sort: 'price' });

    expect(list.widgets.map((widget) => widget.priceCents)).toEqual([1_00, 50_00, 9_000_00]);
  });

  it('sorts by newest first', async () => {
    await widgetFactory.create({ name: 'Test Old', createdAt: new Date('2020-01-01') });
    await widgetFactory.create({ name: 'Test New', createdAt: new Date('2024-01-01') });

    const list = await listWidgets({ ...firstPage, sort: 'newest' });

    expect(list.widgets.map((widget) => widget.name)).toEqual(['Test New', 'Test Old']);
  });

  it('finds widgets whose name contains the search, ignoring case', async () => {
    await widgetFactory.create({ name: 'Test Stembolt' });
    await widgetFactory.create({ name: 'Test STEMBOLT Deluxe' });
    await widgetFactory.create({ name: 'Test Flux Capacitor' });

    const list = await listWidgets({ ...firstPage, q: 'stemBolt' });

    expect(list.widgets.map((widget) => widget.name)).toEqual([
      'Test STEMBOLT Deluxe',
      'Test Stembolt',
    ]);
    expect(list.totalCount).toBe(2);
  });

  it('treats %, _ and \\ in a search as plain characters', async () => {
    await widgetFactory.create({ name: 'Test 100% Cotton' });
    await widgetFactory.create({ name: 'Test Snake_Case' });
    await widgetFactory.create({ name: 'Test Back\\slash' });
    await widgetFactory.create({ name: 'Test Polyester' });

    const namesFor = async (q: string) =>
      (await listWidgets({ ...firstPage, q })).widgets.map((widget) => widget.name);
    expect(await namesFor('%')).toEqual(['Test 100% Cotton']);
    expect(await namesFor('_')).toEqual(['Test Snake_Case']);
    expect(await namesFor('\\')).toEqual(['Test Back\\slash']);
  });

  it(`shows ${PER_PAGE} widgets a page`, async () => {
    const manufacturer = await manufacturerFactory.create();
    await widgetFactory.createList(PER_PAGE + 2, { manufacturerId: manufacturer.id });

    const first = await listWidgets(firstPage);
    const second = await listWidgets({ ...firstPage, page: 2 });

    expect(first.widgets).toHaveLength(PER_PAGE);
    expect(second.widgets).toHaveLength(2);
    expect(second).toMatchObject({ page: 2, totalPages: 2, totalCount: PER_PAGE + 2 });
    const ids = [...first.widgets, ...second.widgets].map((widget) => widget.id);
    expect(new Set(ids).size).toBe(PER_PAGE + 2);
  });

  it('shows the last page for a page past the end', async () => {
    await widgetFactory.createList(2);

    const list = await listWidgets({ ...firstPage, page: 10 ** 20 });

    expect(list).toMatchObject({ page: 1, totalPages: 1, totalCount: 2 });
    expect(list.widgets).toHaveLength(2);
  });

  it('returns one empty page when nothing matches', async () => {
    const list = await listWidgets({ ...firstPage, q: 'nothing is called this', page: 3 });

    expect(list).toEqual({ widgets: [], page: 1, totalPages: 1, totalCount: 0 });
  });
});

describe('findWidget', () => {
  it('finds a widget with its manufacturer, status and ratings summary', async () => {
    const manufacturer = await manufacturerFactory.create({ name: 'Test Cyberdyne' });
    const widget = await widgetFactory.create({
      name: 'Test Stembolt',
      priceCents: 1_234_56,
      manufacturerId: manufacturer.id,
      statusName: 'Approved',
    });
    await widgetRatingFactory.create({ widgetId: widget.id, rating: 4 });
    await widgetRatingFactory.create({ widgetId: widget.id, rating: 5 });
    await widgetRatingFactory.create({ rating: 1 }); // another widget's rating

    expect(await findWidget(widget.id)).toEqual({
      id: widget.id,
      name: 'Test Stembolt',
      priceCents: 1_234_56,
      manufacturer: { id: manufacturer.id, name: 'Test Cyberdyne' },
      widgetStatus: { name: 'Approved' },
      ratings: { average: 4.5, count: 2 },
    });
  });

  it('reports a widget nobody has rated', async () => {
    const widget = await widgetFactory.create();

    expect((await findWidget(widget.id))?.ratings).toEqual({ average: null, count: 0 });
  });

  it('returns null for an unknown id', async () => {
    expect(await findWidget(2_147_483_647)).toBeNull();
  });
});

describe('findWidgetForEditing', () => {
  it('finds what the edit form shows, with the version it is opened at', async () => {
    const widget = await widgetFactory.create({
      name: 'Test Stembolt',
      priceCents: 1_234_56,
      statusName: 'Archived',
      lockVersion: 3,
    });
    const archived = await testDb.widgetStatus.findUniqueOrThrow({ where: { name: 'Archived' } });

    expect(await findWidgetForEditing(widget.id)).toEqual({
      id: widget.id,
      name: 'Test Stembolt',
      priceCents: 1_234_56,
      manufacturerId: widget.manufacturerId,
      widgetStatusId: archived.id,
      lockVersion: 3,
    });
  });

  it('returns null for an unknown id', async () => {
    expect(await findWidgetForEditing(2_147_483_647)).toBeNull();
  });
});
