// What each page's data costs in SQL statements: a fixed number, whatever the number of rows it
// shows. A count that grows with the rows is an N+1 (a query per row); this test fails on one.
// The calls are the ones each page makes (app/**/page.tsx).
import { beforeEach, describe, expect, it } from 'vitest';
import { jobQueue } from '@/lib/job-queue';
import { PER_PAGE } from '@/lib/pagination';
import { listApiKeys } from '@/services/api-key-queries';
import { listJobs } from '@/services/job-queries';
import {
  findManufacturer,
  listManufacturers,
  listManufacturerWidgets,
} from '@/services/manufacturer-queries';
import { findUserForEditing, listUsers } from '@/services/user-queries';
import { findWidget, listWidgets } from '@/services/widget-queries';
import {
  apiKeyFactory,
  manufacturerFactory,
  userFactory,
  widgetFactory,
  widgetRatingFactory,
} from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { countSqlQueries } from '@/test/support/sql-query-count';

beforeEach(deleteTestData);

// One row, then more than a page (PER_PAGE + 5): the page shows 1 row, then PER_PAGE rows.
const ONE = 1;
const MANY = PER_PAGE + 5;

async function sqlQueriesOf(fn: () => Promise<unknown>): Promise<number> {
  return (await countSqlQueries(fn)).sqlQueries;
}

describe('SQL statements per page, with 1 row and with a full page', () => {
  it('the widget list: one, on any page, sorted and searched', async () => {
    const counts = [];
    for (const rows of [ONE, MANY]) {
      await deleteTestData();
      // One widget more than the page after the first one shows, each by its own manufacturer.
      const widgets = [];
      for (let i = 0; i <= rows; i++) {
        widgets.push(
          await widgetFactory.create({
            name: `Test ${String(i).padStart(2, '0')}`,
            priceCents: 1_00 + i,
            createdAt: new Date(Date.UTC(2024, 0, 1 + i)),
          }),
        );
      }
      const [first, last] = [widgets[0]!, widgets.at(-1)!];
      counts.push(
        await sqlQueriesOf(() => listWidgets({ sort: 'name', q: '', cursor: null })),
        await sqlQueriesOf(() => listWidgets({ sort: 'name', q: '', cursor: { after: first.id } })),
        await sqlQueriesOf(() =>
          listWidgets({ sort: 'price', q: 'test', cursor: { before: last.id } }),
        ),
        await sqlQueriesOf(() =>
          listWidgets({ sort: 'newest', q: '', cursor: { after: last.id } }),
        ),
      );
    }

    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('the widget list: two for a cursor with nothing beyond it, which shows the first page', async () => {
    const widget = await widgetFactory.create();

    expect(
      await sqlQueriesOf(() => listWidgets({ sort: 'name', q: '', cursor: { after: widget.id } })),
    ).toBe(2);
  });

  it('the widget page: four, whatever its ratings', async () => {
    const counts = [];
    for (const ratings of [ONE, MANY]) {
      const widget = await widgetFactory.create();
      for (let i = 0; i < ratings; i++) await widgetRatingFactory.create({ widgetId: widget.id });
      // The widget, its manufacturer, its status (Prisma reads relations with one query each)
      // and the ratings summary.
      counts.push(await sqlQueriesOf(() => findWidget(widget.id)));
    }

    expect(counts).toEqual([4, 4]);
  });

  it('the manufacturer list: one, with each manufacturer’s widget count', async () => {
    const counts = [];
    for (const rows of [ONE, MANY]) {
      await deleteTestData();
      for (let i = 0; i < rows; i++) {
        const { id } = await manufacturerFactory.create();
        await widgetFactory.createList(2, { manufacturerId: id });
      }
      counts.push(
        await sqlQueriesOf(() => listManufacturers({ sort: 'name', q: '', cursor: null })),
        await sqlQueriesOf(() => listManufacturers({ sort: 'newest', q: 'Test', cursor: null })),
      );
    }

    expect(counts).toEqual([1, 1, 1, 1]);
  });

  it('the manufacturer page: three, whatever the number of its widgets', async () => {
    const counts = [];
    for (const rows of [ONE, MANY]) {
      const { id } = await manufacturerFactory.create();
      await widgetFactory.createList(rows, { manufacturerId: id });
      // After the first widget in the page's order, so the page has rows to show.
      const firstByName = await testDb.widget.findFirstOrThrow({
        where: { manufacturerId: id },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      const cursor = rows === ONE ? null : { after: firstByName.id };
      // The manufacturer, its address (one query each) and a page of its widgets.
      counts.push(
        await sqlQueriesOf(async () => {
          await findManufacturer(id);
          await listManufacturerWidgets(id, cursor);
        }),
      );
    }

    expect(counts).toEqual([3, 3]);
  });

  it('the user list: one, sorted and searched, on any page', async () => {
    const counts = [];
    for (const rows of [ONE, MANY]) {
      await deleteTestData();
      // The list reads users only: rows without a password (hashing one is slow) will do.
      await testDb.user.createMany({
        data: userFactory
          .buildList(rows + 1)
          .map(({ id, password, role, ...user }) => ({ ...user, role: role ?? 'catalog' })),
      });
      // After the first user in the page's order, so the page has rows to show.
      const firstByEmail = await testDb.user.findFirstOrThrow({
        orderBy: [{ email: 'asc' }, { id: 'asc' }],
      });
      counts.push(
        await sqlQueriesOf(() => listUsers({ sort: 'name', q: '', cursor: null })),
        await sqlQueriesOf(() =>
          listUsers({ sort: 'email', q: 'test', cursor: { after: firstByEmail.id } }),
        ),
      );
    }

    expect(counts).toEqual([1, 1, 1, 1]);
  });

  it('the user edit page: one', async () => {
    const user = await userFactory.create();

    expect(await sqlQueriesOf(() => findUserForEditing(user.id))).toBe(1);
  });

  it('the API key list: one, on any page', async () => {
    const counts = [];
    for (const rows of [ONE, MANY]) {
      await deleteTestData();
      // The list shows the newest first, so the oldest key has every other one before it.
      // (By creation time: createList inserts in parallel, so ids come in any order.)
      const oldest = await apiKeyFactory.create({ createdAt: new Date(Date.UTC(2024, 0, 1)) });
      await apiKeyFactory.createList(rows);
      counts.push(
        await sqlQueriesOf(() => listApiKeys({ cursor: null })),
        await sqlQueriesOf(() => listApiKeys({ cursor: { before: oldest.id } })),
      );
    }

    expect(counts).toEqual([1, 1, 1, 1]);
  });

  it('the job list: one, on any page, of any state and queue', async () => {
    const boss = await jobQueue();
    const counts = [];
    for (const rows of [ONE, MANY]) {
      await deleteTestData();
      const ids: string[] = [];
      for (let i = 0; i <= rows; i++) {
        const id = await boss.send('high-priced-widget-check', { widgetId: i + 1, priceCents: 1 });
        if (id) ids.push(id);
      }
      counts.push(
        await sqlQueriesOf(() => listJobs({ state: 'queued', cursor: null })),
        await sqlQueriesOf(() => listJobs({ state: 'queued', cursor: { after: ids.at(-1)! } })),
        await sqlQueriesOf(() =>
          listJobs({
            state: 'queued',
            queue: 'high-priced-widget-check',
            cursor: { before: ids[0]! },
          }),
        ),
        await sqlQueriesOf(() => listJobs({ state: 'failed', cursor: null })),
      );
    }

    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });
});
