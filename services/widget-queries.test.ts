import { beforeEach, describe, expect, it } from 'vitest';
import { PER_PAGE, type Cursor } from '@/lib/pagination';
import type { WidgetListParams } from '@/lib/params';
import { manufacturerFactory, widgetFactory, widgetRatingFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { findWidget, findWidgetForEditing, listWidgets } from './widget-queries';

beforeEach(deleteTestData);

const firstPage: WidgetListParams = { sort: 'name', q: '', cursor: null };

const namesOf = (list: { widgets: { name: string }[] }) => list.widgets.map(({ name }) => name);
const idsOf = (list: { widgets: { id: number }[] }) => list.widgets.map(({ id }) => id);

// Follows "Next" from the first page to the last, then "Previous" back to the first, and
// returns the ids each way in the order shown.
async function walk(params: WidgetListParams) {
  const forward: number[] = [];
  let cursor: Cursor | null = null;
  let last;
  do {
    last = await listWidgets({ ...params, cursor });
    forward.push(...idsOf(last));
    cursor = last.nextPage;
  } while (cursor);
  const backward: number[] = [...idsOf(last)];
  cursor = last.previousPage;
  while (cursor) {
    const list = await listWidgets({ ...params, cursor });
    backward.unshift(...idsOf(list));
    cursor = list.previousPage;
  }
  return { forward, backward };
}

// n widgets of one manufacturer (one manufacturer keeps the test quick).
async function createWidgets(
  n: number,
  each: (i: number) => Parameters<typeof widgetFactory.create>[0],
) {
  const { id: manufacturerId } = await manufacturerFactory.create();
  const widgets = [];
  for (let i = 0; i < n; i++)
    widgets.push(await widgetFactory.create({ manufacturerId, ...each(i) }));
  return widgets;
}

describe('listWidgets', () => {
  it('lists widgets by name, each with its manufacturer and status, on one page', async () => {
    const acme = await manufacturerFactory.create({ name: 'Test Acme' });
    const sprocket = await widgetFactory.create({
      name: 'Test Sprocket',
      priceCents: 1_00,
      createdAt: new Date('2024-01-02T03:04:05.678Z'),
      manufacturerId: acme.id,
    });
    await widgetFactory.create({ name: 'Test Flange', manufacturerId: acme.id });

    const list = await listWidgets(firstPage);

    expect(namesOf(list)).toEqual(['Test Flange', 'Test Sprocket']);
    expect(list.widgets[1]).toEqual({
      id: sprocket.id,
      name: 'Test Sprocket',
      priceCents: 1_00,
      lockVersion: 0,
      createdAt: new Date('2024-01-02T03:04:05.678Z'),
      updatedAt: sprocket.updatedAt,
      manufacturer: { id: acme.id, name: 'Test Acme' },
      widgetStatus: { name: 'Fresh' },
    });
    expect(list).toMatchObject({ previousPage: null, nextPage: null });
  });

  it('sorts by price, cheapest first, and equal prices in the order they were added', async () => {
    const [dear, cheap, first, second] = await createWidgets(4, (i) => ({
      priceCents: [9_000_00, 1_00, 50_00, 50_00][i],
    }));

    const list = await listWidgets({ ...firstPage, sort: 'price' });

    expect(idsOf(list)).toEqual([cheap!.id, first!.id, second!.id, dear!.id]);
  });

  it('sorts by newest first, and widgets added at the same moment by id, last first', async () => {
    const [old, newer, sameMoment] = await createWidgets(3, (i) => ({
      createdAt: new Date(['2020-01-01', '2024-01-01', '2024-01-01'][i]!),
    }));

    const list = await listWidgets({ ...firstPage, sort: 'newest' });

    expect(idsOf(list)).toEqual([sameMoment!.id, newer!.id, old!.id]);
  });

  it(`shows ${PER_PAGE} widgets a page, and knows the last page without counting`, async () => {
    const widgets = await createWidgets(PER_PAGE + 2, (i) => ({
      name: `Test ${String(i).padStart(2, '0')}`,
    }));
    const ids = widgets.map(({ id }) => id);

    const first = await listWidgets(firstPage);
    expect(idsOf(first)).toEqual(ids.slice(0, PER_PAGE));
    expect(first).toMatchObject({ previousPage: null, nextPage: { after: ids[PER_PAGE - 1] } });

    const second = await listWidgets({ ...firstPage, cursor: first.nextPage });
    expect(idsOf(second)).toEqual(ids.slice(PER_PAGE));
    expect(second).toMatchObject({ previousPage: { before: ids[PER_PAGE] }, nextPage: null });

    const back = await listWidgets({ ...firstPage, cursor: second.previousPage });
    expect(idsOf(back)).toEqual(ids.slice(0, PER_PAGE));
    expect(back).toMatchObject({ previousPage: null, nextPage: { after: ids[PER_PAGE - 1] } });
  });

  it('shows a page that ends exactly with the list as the last page', async () => {
    const widgets = await createWidgets(PER_PAGE, (i) => ({ name: `Test ${i + 10}` }));

    const list = await listWidgets(firstPage);

    expect(idsOf(list)).toEqual(widgets.map(({ id }) => id));
    expect(list.nextPage).toBeNull();
  });

  it('pages through ties in every order without skipping or repeating a widget', async () => {
    // Three pages of widgets with one price and one creation time: only their ids differ.
    const widgets = await createWidgets(2 * PER_PAGE + 3, () => ({
      priceCents: 5_00,
      createdAt: new Date('2024-01-01T00:00:00Z'),
    }));
    const ascending = widgets.map(({ id }) => id);

    for (const sort of ['price', 'newest'] as const) {
      const expected = sort === 'newest' ? [...ascending].reverse() : ascending;
      expect(await walk({ ...firstPage, sort }), sort).toEqual({
        forward: expected,
        backward: expected,
      });
    }
  });

  it('pages by the exact time a widget was added, to the microsecond', async () => {
    // JavaScript dates hold milliseconds; PostgreSQL keeps microseconds. The cursor's time
    // never leaves the database, so widgets a microsecond apart are neither skipped nor repeated.
    const widgets = await createWidgets(PER_PAGE + 5, () => ({}));
    await testDb.$executeRaw`
      UPDATE widgets SET created_at = '2024-01-01 00:00:00.000000+00'::timestamptz
                                      + (id % 7) * interval '1 microsecond'`;

    const { forward, backward } = await walk({ ...firstPage, sort: 'newest' });

    expect(new Set(forward).size).toBe(widgets.length);
    expect(backward).toEqual(forward);
  });

  it('finds widgets whose name contains the search, ignoring case, and pages within them', async () => {
    const matching = await createWidgets(PER_PAGE + 1, (i) => ({
      name: `Test ${String(i).padStart(2, '0')} STEMbolt`,
    }));
    await widgetFactory.create({ name: 'Test Flux Capacitor' });

    const first = await listWidgets({ ...firstPage, q: 'stemBolt' });
    const second = await listWidgets({ ...firstPage, q: 'stemBolt', cursor: first.nextPage });

    expect([...idsOf(first), ...idsOf(second)]).toEqual(matching.map(({ id }) => id));
    expect(second.nextPage).toBeNull();
  });

  it('treats %, _ and \\ in a search as plain characters', async () => {
    await widgetFactory.create({ name: 'Test 100% Cotton' });
    await widgetFactory.create({ name: 'Test Snake_Case' });
    await widgetFactory.create({ name: 'Test Back\\slash' });
    await widgetFactory.create({ name: 'Test Polyester' });

    const namesFor = async (q: string) => namesOf(await listWidgets({ ...firstPage, q }));
    expect(await namesFor('%')).toEqual(['Test 100% Cotton']);
    expect(await namesFor('_')).toEqual(['Test Snake_Case']);
    expect(await namesFor('\\')).toEqual(['Test Back\\slash']);
    expect(await namesFor("'; DROP TABLE widgets; --")).toEqual([]);
  });

  it('shows the first page for a cursor that names no widget', async () => {
    const widgets = await createWidgets(3, (i) => ({ name: `Test ${i}` }));
    const ids = widgets.map(({ id }) => id);

    for (const cursor of [{ after: 2_147_483_647 }, { before: 2_147_483_647 }]) {
      const list = await listWidgets({ ...firstPage, cursor });
      expect(idsOf(list)).toEqual(ids);
      expect(list).toMatchObject({ previousPage: null, nextPage: null });
    }
  });

  it('shows the first page for a cursor with nothing beyond it', async () => {
    const widgets = await createWidgets(3, (i) => ({ name: `Test ${i}` }));
    const ids = widgets.map(({ id }) => id);

    expect(idsOf(await listWidgets({ ...firstPage, cursor: { after: ids[2]! } }))).toEqual(ids);
    expect(idsOf(await listWidgets({ ...firstPage, cursor: { before: ids[0]! } }))).toEqual(ids);
  });

  it('returns an empty first page when nothing matches', async () => {
    const list = await listWidgets({ ...firstPage, q: 'nothing is called this' });

    expect(list).toEqual({ widgets: [], previousPage: null, nextPage: null });
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
