import { beforeEach, describe, expect, it } from 'vitest';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { deleteTestData } from '@/test/support/database';
import { mailCatcherInbox } from '@/test/support/mail-catcher';
import { widgetFromNewManufacturerCheck } from './widget-from-new-manufacturer-check';

const inbox = mailCatcherInbox();

beforeEach(async () => {
  await deleteTestData();
  await inbox.deleteAll();
});

describe('the widget-from-new-manufacturer-check job', () => {
  it('runs the check with the registration time from its payload', async () => {
    const manufacturer = await manufacturerFactory.create({ createdAt: new Date('2001-01-01') });
    const widget = await widgetFactory.create({ manufacturerId: manufacturer.id });

    // The payload's time counts, not the manufacturer's row: it is the time at the widget's creation.
    const output = await widgetFromNewManufacturerCheck({
      widgetId: widget.id,
      manufacturerCreatedAt: new Date(Date.now() - 60_000).toISOString(),
    });

    expect(output).toMatchObject({ emailed: true });
    expect(await inbox.waitForEmails(1)).toHaveLength(1);
  });

  it.each([
    ['a time that is not ISO 8601', { widgetId: 1, manufacturerCreatedAt: 'yesterday' }],
    ['a missing widget id', { manufacturerCreatedAt: '2026-11-01T00:00:00.000Z' }],
  ])('throws on %s, sending nothing (pg-boss records the failure)', async (_, payload) => {
    await expect(widgetFromNewManufacturerCheck(payload)).rejects.toThrow(
      /^Invalid widget-from-new-manufacturer-check payload:/,
    );
    expect(await inbox.waitForEmails(0)).toEqual([]);
  });
});
