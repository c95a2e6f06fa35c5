import { beforeEach, describe, expect, it } from 'vitest';
import { widgetFactory, widgetRatingFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { WidgetDestroyer } from '@/services/widget-destroyer';

const destroyer = new WidgetDestroyer();

beforeEach(deleteTestData);

describe('WidgetDestroyer.destroyWidget', () => {
  it('deletes the widget with its ratings and email records, and nothing else', async () => {
    const widget = await widgetFactory.create();
    const other = await widgetFactory.create();
    await widgetRatingFactory.createList(2, { widgetId: widget.id });
    await widgetRatingFactory.create({ widgetId: other.id });
    await testDb.emailDelivery.create({
      data: {
        widgetId: widget.id,
        kind: 'high_priced_widget',
        recipient: 'finance@example.com',
        messageId: '<test@widgets.example.com>',
      },
    });

    expect(await destroyer.destroyWidget(widget.id)).toEqual({ destroyed: true });

    expect(await testDb.widget.findUnique({ where: { id: widget.id } })).toBeNull();
    expect(await testDb.widgetRating.count({ where: { widgetId: widget.id } })).toBe(0);
    expect(await testDb.emailDelivery.count()).toBe(0);
    expect(await testDb.widget.count()).toBe(1);
    expect(await testDb.widgetRating.count({ where: { widgetId: other.id } })).toBe(1);
  });

  it('answers a widget that is already gone as not found', async () => {
    const widget = await widgetFactory.create();
    await destroyer.destroyWidget(widget.id);

    expect(await destroyer.destroyWidget(widget.id)).toEqual({
      destroyed: false,
      reason: 'not-found',
    });
  });

  it('deletes a widget once when two requests delete it at the same time', async () => {
    const widget = await widgetFactory.create();

    const results = await Promise.all([
      destroyer.destroyWidget(widget.id),
      destroyer.destroyWidget(widget.id),
    ]);

    expect(results).toEqual(
      expect.arrayContaining([{ destroyed: true }, { destroyed: false, reason: 'not-found' }]),
    );
    expect(await testDb.widget.count()).toBe(0);
  });
});
