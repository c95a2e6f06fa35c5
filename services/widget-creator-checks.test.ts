// WidgetCreator's follow-up checks (PRODUCT.md §5), which the jobs queued by createWidget run:
// against the real test database and a real SMTP server (test/support/mail-catcher.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { deleteTestData, testDb, withRawClient } from '@/test/support/database';
import { mailCatcherInbox } from '@/test/support/mail-catcher';
import { WidgetCreator } from '@/services/widget-creator';
import { paddedUserFacingIdentifier } from '@/services/widget-identifier';

const creator = new WidgetCreator();
const inbox = mailCatcherInbox();

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

beforeEach(async () => {
  await deleteTestData();
  await inbox.deleteAll();
});

async function widgetBy(manufacturer: { name: string; createdAt?: Date }) {
  const { id: manufacturerId } = await manufacturerFactory.create(manufacturer);
  return widgetFactory.create({ name: 'Stembolt', manufacturerId });
}

describe('WidgetCreator.highPricedWidgetCheck', () => {
  it('emails finance once about a widget created at more than $7,500.00', async () => {
    const widget = await widgetBy({ name: 'Cyberdyne Systems' });

    const result = await creator.highPricedWidgetCheck({
      widgetId: widget.id,
      priceCents: 7_500_01,
    });

    const emails = await inbox.waitForEmails(1);
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email?.to).toEqual([{ address: 'finance@example.com', name: '' }]);
    expect(email?.subject).toBe('A new high-priced widget has been created!');
    const identifier = `#${paddedUserFacingIdentifier(widget.id)}`;
    for (const part of [email?.text, email?.html]) {
      expect(part).toContain('A new high-priced widget has been created!');
      expect(part).toContain('Stembolt');
      expect(part).toContain(identifier);
      expect(part).toContain('by Cyberdyne Systems');
      expect(part).toContain('$7,500.01');
    }
    expect(result).toEqual({ emailed: true, messageId: `<${email?.messageId}>` });
    expect(await testDb.emailDelivery.findMany()).toEqual([
      expect.objectContaining({
        widgetId: widget.id,
        kind: 'high_priced_widget',
        recipient: 'finance@example.com',
        messageId: `<${email?.messageId}>`,
      }),
    ]);
  });

  it('sends nothing for a widget created at exactly $7,500.00', async () => {
    const widget = await widgetBy({ name: 'Cyberdyne Systems' });

    const result = await creator.highPricedWidgetCheck({
      widgetId: widget.id,
      priceCents: 7_500_00,
    });

    expect(result).toEqual({ emailed: false, reason: 'rule-not-met' });
    expect(await inbox.waitForEmails(0)).toEqual([]);
    expect(await testDb.emailDelivery.count()).toBe(0);
  });

  it('does not email again when the job is retried after the email was sent', async () => {
    const widget = await widgetBy({ name: 'Cyberdyne Systems' });
    const check = { widgetId: widget.id, priceCents: 9_000_00 };

    await creator.highPricedWidgetCheck(check);
    const retry = await creator.highPricedWidgetCheck(check);

    expect(retry).toEqual({ emailed: false, reason: 'already-emailed' });
    expect(await inbox.waitForEmails(1)).toHaveLength(1);
    expect(await testDb.emailDelivery.count()).toBe(1);
  });

  it('sends nothing about a widget deleted before the check ran', async () => {
    const widget = await widgetBy({ name: 'Cyberdyne Systems' });
    await testDb.widget.delete({ where: { id: widget.id } });

    const result = await creator.highPricedWidgetCheck({
      widgetId: widget.id,
      priceCents: 9_000_00,
    });

    expect(result).toEqual({ emailed: false, reason: 'widget-deleted' });
    expect(await inbox.waitForEmails(0)).toEqual([]);
  });
  it('sends once, without failing, when the widget is deleted while its email is sent', async () => {
    const widget = await widgetBy({ name: 'Cyberdyne Systems' });
    // Written around the app: the widget goes just before its email's delivery is recorded.
    await withRawClient(async (client) => {
      await client.query(`
        CREATE FUNCTION pg_temp_delete_widget() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN DELETE FROM widgets WHERE id = NEW.widget_id; RETURN NEW; END $$;
      `);
      await client.query(`
        CREATE TRIGGER delete_widget_before_delivery BEFORE INSERT ON email_deliveries
        FOR EACH ROW EXECUTE FUNCTION pg_temp_delete_widget();
      `);
    });
    try {
      const result = await creator.highPricedWidgetCheck({
        widgetId: widget.id,
        priceCents: 9_000_00,
      });

      expect(result).toEqual({ emailed: true, messageId: expect.any(String) });
      expect(await inbox.waitForEmails(1)).toHaveLength(1);
      expect(await testDb.emailDelivery.count()).toBe(0);
    } finally {
      await withRawClient(async (client) => {
        await client.query('DROP TRIGGER delete_widget_before_delivery ON email_deliveries');
        await client.query('DROP FUNCTION pg_temp_delete_widget()');
      });
    }
  });
});

describe('WidgetCreator.widgetFromNewManufacturerCheck', () => {
  it('emails admin once about a widget from a manufacturer registered 59 days ago', async () => {
    const createdAt = daysAgo(59);
    const widget = await widgetBy({ name: 'Cyberdyne Systems', createdAt });

    const result = await creator.widgetFromNewManufacturerCheck({
      widgetId: widget.id,
      manufacturerCreatedAt: createdAt,
    });

    expect(result.emailed).toBe(true);
    const emails = await inbox.waitForEmails(1);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.to).toEqual([{ address: 'admin@example.com', name: '' }]);
    for (const part of [emails[0]?.text, emails[0]?.html]) {
      expect(part).toContain('Stembolt');
      expect(part).toContain('by Cyberdyne Systems');
    }
    expect(await testDb.emailDelivery.findMany()).toEqual([
      expect.objectContaining({ widgetId: widget.id, kind: 'new_manufacturer_widget' }),
    ]);
  });

  it('sends nothing about a widget from a manufacturer registered 61 days ago', async () => {
    const createdAt = daysAgo(61);
    const widget = await widgetBy({ name: 'Cyberdyne Systems', createdAt });

    const result = await creator.widgetFromNewManufacturerCheck({
      widgetId: widget.id,
      manufacturerCreatedAt: createdAt,
    });

    expect(result).toEqual({ emailed: false, reason: 'rule-not-met' });
    expect(await inbox.waitForEmails(0)).toEqual([]);
  });

  it('does not email again when the job is retried after the email was sent', async () => {
    const createdAt = daysAgo(1);
    const widget = await widgetBy({ name: 'Cyberdyne Systems', createdAt });
    const check = { widgetId: widget.id, manufacturerCreatedAt: createdAt };

    await creator.widgetFromNewManufacturerCheck(check);
    const retry = await creator.widgetFromNewManufacturerCheck(check);

    expect(retry).toEqual({ emailed: false, reason: 'already-emailed' });
    expect(await inbox.waitForEmails(1)).toHaveLength(1);
  });

  it('sends each kind of email once: a new manufacturer’s high-priced widget gets both', async () => {
    const createdAt = daysAgo(3);
    const widget = await widgetBy({ name: 'Cyberdyne Systems', createdAt });

    await creator.highPricedWidgetCheck({ widgetId: widget.id, priceCents: 8_000_00 });
    await creator.widgetFromNewManufacturerCheck({
      widgetId: widget.id,
      manufacturerCreatedAt: createdAt,
    });

    const emails = await inbox.waitForEmails(2);
    expect(emails.map((email) => email.to[0]?.address).sort()).toEqual([
      'admin@example.com',
      'finance@example.com',
    ]);
  });
});
