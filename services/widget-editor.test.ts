import { beforeEach, describe, expect, it } from 'vitest';
import type { Widget } from '@/generated/prisma/client';
import { parseDollarsToCents } from '@/lib/money';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { deleteTestData, queuedJobs, testDb, withRawClient } from '@/test/support/database';
import { WidgetCreator } from '@/services/widget-creator';
import { WidgetEditor, type WidgetChanges } from '@/services/widget-editor';
import type { WidgetFields } from '@/services/widget-rules';

const editor = new WidgetEditor();

async function statusId(name: 'Fresh' | 'Approved' | 'Archived'): Promise<number> {
  return (await testDb.widgetStatus.findUniqueOrThrow({ where: { name } })).id;
}

/** The widget's current values as changes at its current version: what an untouched form sends. */
async function changesFor(widget: Widget, overrides: Partial<WidgetChanges> = {}) {
  return {
    name: widget.name,
    priceCents: widget.priceCents,
    manufacturerId: widget.manufacturerId,
    widgetStatusId: widget.widgetStatusId,
    lockVersion: widget.lockVersion,
    ...overrides,
  };
}

async function errorsFor(widget: Widget, overrides: Partial<WidgetChanges>) {
  const result = await editor.updateWidget(widget.id, await changesFor(widget, overrides));
  if (result.updated || result.reason !== 'invalid') {
    throw new Error(`expected the changes to be refused as invalid, got ${JSON.stringify(result)}`);
  }
  return result.errors.toFullMessages();
}

beforeEach(deleteTestData);

describe('WidgetEditor.updateWidget', () => {
  it('stores the changes, adds one to the version, and queues no job', async () => {
    const widget = await widgetFactory.create({ name: 'Test Stembolt', priceCents: 100_00 });
    const other = await manufacturerFactory.create();
    const approved = await statusId('Approved');

    const result = await editor.updateWidget(
      widget.id,
      await changesFor(widget, {
        name: '  Test Stembolt Mk II  ',
        priceCents: 9_000_00,
        manufacturerId: other.id,
        widgetStatusId: approved,
      }),
    );

    expect(result.updated).toBe(true);
    const stored = await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } });
    expect(stored).toMatchObject({
      name: 'Test Stembolt Mk II',
      priceCents: 9_000_00,
      manufacturerId: other.id,
      widgetStatusId: approved,
      lockVersion: 1,
    });
    expect(stored.updatedAt.getTime()).toBeGreaterThan(widget.updatedAt.getTime());
    if (result.updated) expect(result.widget).toEqual(stored);
    // The follow-up checks are about new widgets: editing one to a high price emails no one.
    expect(await queuedJobs()).toEqual([]);
  });

  it('keeps its own name: a widget is not taken by itself', async () => {
    const widget = await widgetFactory.create();

    const result = await editor.updateWidget(widget.id, await changesFor(widget));

    expect(result.updated).toBe(true);
  });

  it('stores HTML and SQL as the text that was typed', async () => {
    const widget = await widgetFactory.create();
    const names = [
      '<script>alert("boom")</script>',
      "Robert'); DROP TABLE widgets;--",
      '<b>Bold</b> & "quoted"',
    ];

    for (const name of names) {
      const current = await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } });
      expect(
        (await editor.updateWidget(widget.id, await changesFor(current, { name }))).updated,
      ).toBe(true);
      expect((await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).name).toBe(name);
    }
    expect(await testDb.widget.count()).toBe(1);
  });

  describe('the creation rules', () => {
    // Each case breaks rules; creating and editing must answer with the same messages, in the
    // same order, because they share one set of rules (services/widget-rules.ts).
    const cases: [string, Partial<WidgetFields>][] = [
      ['a blank name', { name: '   ' }],
      ['a short name', { name: 'Bolt' }],
      ['a price that is not a number ("1e9")', { priceCents: parseDollarsToCents('1e9') }],
      ['a price of 0', { priceCents: 0 }],
      ['a price above $10,000.00', { priceCents: 1_000_001 }],
      ['no manufacturer', { manufacturerId: null }],
      ['everything wrong at once', { name: '', priceCents: null, manufacturerId: null }],
    ];

    it.each(cases)('say the same as creation about %s', async (_, fields) => {
      const widget = await widgetFactory.create({ name: 'Test Original' });
      const created = await new WidgetCreator().createWidget({
        name: 'Test Stembolt',
        priceCents: 123_45,
        manufacturerId: widget.manufacturerId,
        ...fields,
      });
      if (created.created) throw new Error('expected creation to refuse it');

      const editErrors = await errorsFor(widget, { name: 'Test Stembolt', ...fields });

      expect(Object.values(editErrors).flat()).toEqual(
        Object.values(created.errors.toFullMessages()).flat(),
      );
      expect(Object.values(editErrors).flat().length).toBeGreaterThan(0);
    });

    it('refuses a price that is not a number as PRODUCT.md says', async () => {
      const widget = await widgetFactory.create();

      expect((await errorsFor(widget, { priceCents: parseDollarsToCents('1e9') })).price).toEqual([
        'Price is not a number',
      ]);
    });

    it('refuses the name of another widget of the same manufacturer', async () => {
      const taken = await widgetFactory.create({ name: 'Test Taken' });
      const widget = await widgetFactory.create({ manufacturerId: taken.manufacturerId });

      expect((await errorsFor(widget, { name: 'Test Taken' })).name).toEqual([
        'Name has already been taken',
      ]);
    });

    it('refuses a legacy manufacturer’s price under $100.00', async () => {
      const legacy = await manufacturerFactory.create({ createdAt: new Date('2009-06-01') });
      const widget = await widgetFactory.create({ manufacturerId: legacy.id, priceCents: 500_00 });

      expect((await errorsFor(widget, { priceCents: 99_99 })).price).toEqual([
        'Price must be < $100 for legacy manufacturers',
      ]);
    });
  });

  describe('a very long name', () => {
    const tooLong = ['Name is too long (maximum is 255 characters)'];

    it('is refused with a field error when creating and when editing, never a database error', async () => {
      const widget = await widgetFactory.create();
      const name = 'x'.repeat(10_000);

      const created = await new WidgetCreator().createWidget({
        name,
        priceCents: 100_00,
        manufacturerId: widget.manufacturerId,
      });
      expect(created.created ? null : created.errors.toFullMessages().name).toEqual(tooLong);
      expect((await errorsFor(widget, { name })).name).toEqual(tooLong);
      expect(await testDb.widget.count()).toBe(1);
    });

    it('counts characters, not UTF-16 code units: 255 of them are accepted, 256 are not', async () => {
      const widget = await widgetFactory.create();

      const accepted = await editor.updateWidget(
        widget.id,
        await changesFor(widget, { name: '🔩'.repeat(255) }),
      );
      expect(accepted.updated).toBe(true);
      expect((await errorsFor(widget, { name: 'x'.repeat(256), lockVersion: 1 })).name).toEqual(
        tooLong,
      );
    });
  });

  describe('status', () => {
    it('may be any of the statuses', async () => {
      const widget = await widgetFactory.create();
      const archived = await statusId('Archived');

      const result = await editor.updateWidget(
        widget.id,
        await changesFor(widget, { widgetStatusId: archived }),
      );

      expect(result.updated ? result.widget.widgetStatusId : null).toBe(archived);
    });

    it('stays as it is when the changes leave it out (a form without the field)', async () => {
      const widget = await widgetFactory.create({ statusName: 'Approved' });

      const result = await editor.updateWidget(
        widget.id,
        await changesFor(widget, { name: 'Renamed Widget', widgetStatusId: undefined }),
      );

      expect(result.updated && result.widget).toMatchObject({
        name: 'Renamed Widget',
        widgetStatusId: await statusId('Approved'),
      });
    });

    it.each([
      ['none chosen', null],
      ['a status that does not exist (a tampered form)', 2_000_000_000],
    ])('is refused when %s, after the creation rules', async (_, widgetStatusId) => {
      const widget = await widgetFactory.create();

      const errors = await errorsFor(widget, { name: 'Bolt', widgetStatusId });

      expect(Object.values(errors).flat()).toEqual([
        'Name is too short (minimum is 5 characters)',
        "Status can't be blank",
      ]);
      expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(widget);
    });
  });

  describe('optimistic locking', () => {
    it('refuses a save based on an older version and returns the widget as it is now', async () => {
      const widget = await widgetFactory.create({ name: 'Test Original' });
      const openedAt = await changesFor(widget);
      // Someone else saves first.
      await editor.updateWidget(widget.id, { ...openedAt, name: 'Test Saved First' });

      const result = await editor.updateWidget(widget.id, { ...openedAt, name: 'Test Saved Late' });

      expect(result).toMatchObject({
        updated: false,
        reason: 'stale',
        current: { name: 'Test Saved First', lockVersion: 1 },
      });
      expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toMatchObject({
        name: 'Test Saved First',
        lockVersion: 1,
      });
    });

    it('saves again from the current version', async () => {
      const widget = await widgetFactory.create();
      await testDb.widget.update({ where: { id: widget.id }, data: { lockVersion: 5 } });

      const stale = await editor.updateWidget(widget.id, await changesFor(widget));
      if (stale.updated || stale.reason !== 'stale') throw new Error('expected a stale save');
      const again = await editor.updateWidget(
        widget.id,
        await changesFor(stale.current, { name: 'Test Saved Again' }),
      );

      expect(again).toMatchObject({
        updated: true,
        widget: { name: 'Test Saved Again', lockVersion: 6 },
      });
    });

    it('answers a missing version as stale, never as an update', async () => {
      const widget = await widgetFactory.create();

      const result = await editor.updateWidget(
        widget.id,
        await changesFor(widget, { name: 'Test Unversioned', lockVersion: null }),
      );

      expect(result).toMatchObject({ updated: false, reason: 'stale', current: widget });
      expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(widget);
    });

    it('loses no update under concurrent saves of the same version: one wins, the rest are stale', async () => {
      const widget = await widgetFactory.create();
      const openedAt = await changesFor(widget);

      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          editor.updateWidget(widget.id, {
            ...openedAt,
            name: `Test Concurrent ${index}`,
            priceCents: 1_00 + index,
          }),
        ),
      );

      const winners = results.filter((result) => result.updated);
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => !result.updated && result.reason === 'stale')).toHaveLength(
        19,
      );
      // The row is exactly the winner's save, once: its name with its own price, version 1.
      const stored = await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } });
      expect(winners[0]!.updated && winners[0]!.widget).toEqual(stored);
      expect(stored.lockVersion).toBe(1);
      expect(stored.priceCents).toBe(1_00 + Number(stored.name.replace('Test Concurrent ', '')));
    });

    it('lets the unique index decide a race for a name: one widget gets it, no error', async () => {
      const manufacturer = await manufacturerFactory.create();
      const widgets = await widgetFactory.createList(10, { manufacturerId: manufacturer.id });

      const results = await Promise.all(
        widgets.map(async (widget) =>
          editor.updateWidget(widget.id, await changesFor(widget, { name: 'Test Contested' })),
        ),
      );

      expect(results.filter((result) => result.updated)).toHaveLength(1);
      for (const result of results) {
        if (!result.updated) {
          expect(result.reason === 'invalid' && result.errors.toFullMessages().name).toEqual([
            'Name has already been taken',
          ]);
        }
      }
      expect(await testDb.widget.count({ where: { name: 'Test Contested' } })).toBe(1);
    });
  });

  it('answers a widget that does not exist (or no longer does) as not found', async () => {
    const widget = await widgetFactory.create();
    const changes = await changesFor(widget);
    await withRawClient((sql) => sql.query('DELETE FROM widgets WHERE id = $1', [widget.id]));

    expect(await editor.updateWidget(widget.id, changes)).toEqual({
      updated: false,
      reason: 'not-found',
    });
    expect(await editor.updateWidget(2_147_483_647, changes)).toEqual({
      updated: false,
      reason: 'not-found',
    });
  });
});
