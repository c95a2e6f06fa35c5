import { beforeEach, describe, expect, it } from 'vitest';
import { widgetFactory } from '@/test/factories';
import { deleteTestData } from '@/test/support/database';
import { mailCatcherInbox } from '@/test/support/mail-catcher';
import { highPricedWidgetCheck } from './high-priced-widget-check';

const inbox = mailCatcherInbox();

beforeEach(async () => {
  await deleteTestData();
  await inbox.deleteAll();
});

describe('the high-priced-widget-check job', () => {
  it('runs the check with the widget and the price from its payload', async () => {
    const widget = await widgetFactory.create({ priceCents: 100_00 });

    const output = await highPricedWidgetCheck({
      widgetId: widget.id,
      priceCents: 9_999_99,
      requestId: 'request-1',
    });

    expect(output).toMatchObject({ emailed: true });
    const emails = await inbox.waitForEmails(1);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.text).toContain('$9,999.99');
  });

  it.each([
    ['a missing price', { widgetId: 1 }],
    ['a widget id that is not a number', { widgetId: '1', priceCents: 9_999_99 }],
    ['no payload at all', null],
  ])('throws on %s, sending nothing (pg-boss records the failure)', async (_, payload) => {
    await expect(highPricedWidgetCheck(payload)).rejects.toThrow(
      /^Invalid high-priced-widget-check payload:/,
    );
    expect(await inbox.waitForEmails(0)).toEqual([]);
  });
});
