import { beforeEach, describe, expect, it } from 'vitest';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { deleteTestData, queuedJobs, testDb, withRawClient } from '@/test/support/database';
import { metrics } from '@/lib/metrics';
import { WidgetCreator, type NewWidget } from '@/services/widget-creator';

// The business counters createWidget moves (lib/metrics.ts).
async function widgetCounters() {
  const valueOf = async (counter: typeof metrics.widgetsCreated) =>
    (await counter.get()).values[0]?.value ?? 0;
  return {
    created: await valueOf(metrics.widgetsCreated),
    highPriced: await valueOf(metrics.highPricedWidgets),
  };
}

const creator = new WidgetCreator();

async function newWidget(overrides: Partial<NewWidget> = {}): Promise<NewWidget> {
  const manufacturerId = overrides.manufacturerId ?? (await manufacturerFactory.create()).id;
  return { name: 'Stembolt', priceCents: 123_45, manufacturerId, ...overrides };
}

async function errorsFor(overrides: Partial<NewWidget>) {
  const result = await creator.createWidget(await newWidget(overrides));
  if (result.created) throw new Error('expected the widget to be refused');
  return result.errors.toFullMessages();
}

beforeEach(deleteTestData);

describe('WidgetCreator.createWidget', () => {
  it('stores a valid widget as Fresh and queues both checks with it', async () => {
    const manufacturer = await manufacturerFactory.create({ createdAt: new Date('2024-05-01') });

    const result = await creator.createWidget({
      name: '  Stembolt  ',
      priceCents: 750_001,
      manufacturerId: manufacturer.id,
    });

    expect(result.created).toBe(true);
    if (!result.created) return;
    const stored = await testDb.widget.findUniqueOrThrow({
      where: { id: result.widget.id },
      include: { widgetStatus: true },
    });
    expect(stored).toMatchObject({ name: 'Stembolt', priceCents: 750_001 });
    expect(stored.widgetStatus.name).toBe('Fresh');
    expect(await queuedJobs()).toEqual([
      {
        name: 'high-priced-widget-check',
        data: { widgetId: stored.id, priceCents: 750_001 },
      },
      {
        name: 'widget-from-new-manufacturer-check',
        data: { widgetId: stored.id, manufacturerCreatedAt: '2024-05-01T00:00:00.000Z' },
      },
    ]);
  });

  describe('name', () => {
    const blank = ["Name can't be blank", 'Name is too short (minimum is 5 characters)'];
    const tooShort = ['Name is too short (minimum is 5 characters)'];
    it.each([
      ['', blank],
      ['    ', blank],
      ['Bolt', tooShort],
      ['  Bolt  ', tooShort],
    ])('refuses %j: %j', async (name, messages) => {
      expect((await errorsFor({ name })).name).toEqual(messages);
    });

    it('accepts five characters', async () => {
      expect((await creator.createWidget(await newWidget({ name: 'Bolts' }))).created).toBe(true);
    });

    it('must be unique for the manufacturer, not across manufacturers', async () => {
      const existing = await widgetFactory.create({ name: 'Stembolt' });

      expect((await errorsFor({ manufacturerId: existing.manufacturerId })).name).toEqual([
        'Name has already been taken',
      ]);
      expect((await creator.createWidget(await newWidget())).created).toBe(true);
    });
  });

  describe('price', () => {
    it.each([
      [null, 'Price is not a number'],
      [0, 'Price must be greater than 0'],
      [-1, 'Price must be greater than 0'],
      [1_000_001, 'Price must be less than or equal to $10,000.00'],
    ])('refuses %j cents: %s', async (priceCents, message) => {
      expect((await errorsFor({ priceCents })).price).toEqual([message]);
    });

    it.each([1, 1_000_000])('accepts %i cents', async (priceCents) => {
      expect((await creator.createWidget(await newWidget({ priceCents }))).created).toBe(true);
    });

    it('must be at least $100.00 for manufacturers created before 2010', async () => {
      const legacy = await manufacturerFactory.create({
        createdAt: new Date('2009-12-31T23:59:59Z'),
      });

      expect((await errorsFor({ manufacturerId: legacy.id, priceCents: 99_99 })).price).toEqual([
        'Price must be < $100 for legacy manufacturers',
      ]);
      const atMinimum = await newWidget({ manufacturerId: legacy.id, priceCents: 100_00 });
      expect((await creator.createWidget(atMinimum)).created).toBe(true);
    });

    it('has no legacy minimum for manufacturers created on 2010-01-01 or later', async () => {
      const recent = await manufacturerFactory.create({
        createdAt: new Date('2010-01-01T00:00:00Z'),
      });

      const cheap = await newWidget({ manufacturerId: recent.id, priceCents: 1_00 });
      expect((await creator.createWidget(cheap)).created).toBe(true);
    });
  });

  describe('manufacturer', () => {
    it.each([
      ['none chosen', null],
      ['unknown', 2_000_000_000],
    ])('refuses %s', async (_, manufacturerId) => {
      const result = await creator.createWidget({
        name: 'Stembolt',
        priceCents: 100,
        manufacturerId,
      });
      expect(result.created).toBe(false);
      if (result.created) return;
      expect(result.errors.toFullMessages().manufacturer).toEqual(["Manufacturer can't be blank"]);
    });
  });

  it('counts the widgets it creates, and those priced above $7,500.00, once committed', async () => {
    const before = await widgetCounters();

    await creator.createWidget(await newWidget({ name: 'At the threshold', priceCents: 7_500_00 }));
    await creator.createWidget(
      await newWidget({ name: 'Above the threshold', priceCents: 7_500_01 }),
    );
    await errorsFor({ name: 'Refused', priceCents: 9_000_00, manufacturerId: null });

    expect(await widgetCounters()).toEqual({
      created: before.created + 2,
      highPriced: before.highPriced + 1,
    });
  });

  it('reports every broken rule at once, in the order of the rules, and writes nothing', async () => {
    const result = await creator.createWidget({
      name: ' ',
      priceCents: null,
      manufacturerId: null,
    });

    expect(result.created).toBe(false);
    if (result.created) return;
    expect(Object.values(result.errors.toFullMessages()).flat()).toEqual([
      "Name can't be blank",
      'Name is too short (minimum is 5 characters)',
      'Price is not a number',
      "Manufacturer can't be blank",
    ]);
    expect(await testDb.widget.count()).toBe(0);
    expect(await queuedJobs()).toEqual([]);
  });

  it('lets the unique index decide a race: one widget, the others refused, no error', async () => {
    const manufacturer = await manufacturerFactory.create();
    const input = await newWidget({ manufacturerId: manufacturer.id });

    const before = await widgetCounters();

    const results = await Promise.all(
      Array.from({ length: 20 }, () => creator.createWidget({ ...input })),
    );

    expect(results.filter((result) => result.created)).toHaveLength(1);
    for (const result of results.filter((result) => !result.created)) {
      if (!result.created) {
        expect(result.errors.toFullMessages().name).toEqual(['Name has already been taken']);
      }
    }
    expect(await testDb.widget.count()).toBe(1);
    expect(await queuedJobs()).toHaveLength(2);
    expect((await widgetCounters()).created).toBe(before.created + 1);
  });

  it('rolls everything back when a step after the insert fails: no widget, no job', async () => {
    // Written around the app: the second job's insert fails inside the service's transaction.
    await withRawClient(async (client) => {
      await client.query(`
        CREATE FUNCTION pg_temp_refuse_job() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused by test'; END $$;
      `);
      await client.query(`
        CREATE TRIGGER refuse_new_manufacturer_check BEFORE INSERT ON pgboss.job_common
        FOR EACH ROW WHEN (NEW.name = 'widget-from-new-manufacturer-check')
        EXECUTE FUNCTION pg_temp_refuse_job();
      `);
    });
    try {
      const input = await newWidget({ priceCents: 9_000_00 });
      const before = await widgetCounters();
      await expect(creator.createWidget(input)).rejects.toThrow(/refused by test/);
      expect(await testDb.widget.count()).toBe(0);
      expect(await queuedJobs()).toEqual([]);
      expect(await widgetCounters()).toEqual(before);
    } finally {
      await withRawClient(async (client) => {
        await client.query('DROP TRIGGER refuse_new_manufacturer_check ON pgboss.job_common');
        await client.query('DROP FUNCTION pg_temp_refuse_job()');
      });
    }
  });

  it('fails loudly, writing nothing, when the "Fresh" status is missing', async () => {
    const fresh = await testDb.widgetStatus.delete({ where: { name: 'Fresh' } });
    try {
      await expect(creator.createWidget(await newWidget())).rejects.toThrow(/"Fresh" is missing/);
      expect(await testDb.widget.count()).toBe(0);
      expect(await queuedJobs()).toEqual([]);
    } finally {
      // Put the reference row back as it was, id included: other tests rely on it.
      await testDb.widgetStatus.create({ data: fresh });
    }
  });
});
