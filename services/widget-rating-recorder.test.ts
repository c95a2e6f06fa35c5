import { beforeEach, describe, expect, it } from 'vitest';
import { widgetFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { metricValue } from '@/test/support/metrics';
import { WidgetRatingRecorder } from './widget-rating-recorder';

beforeEach(deleteTestData);

const recorder = new WidgetRatingRecorder();

describe('WidgetRatingRecorder.recordRating', () => {
  it('stores a rating for a widget', async () => {
    const widget = await widgetFactory.create();

    const result = await recorder.recordRating({ widgetId: widget.id, rating: 4 });

    expect(result).toMatchObject({ recorded: true, rating: { widgetId: widget.id, rating: 4 } });
    const stored = await testDb.widgetRating.findMany({ where: { widgetId: widget.id } });
    expect(stored.map(({ rating }) => rating)).toEqual([4]);
  });

  it('keeps and counts every rating: a visitor may rate a widget again', async () => {
    const widget = await widgetFactory.create();

    const before = await metricValue('widget_ratings_total');

    await recorder.recordRating({ widgetId: widget.id, rating: 2 });
    await recorder.recordRating({ widgetId: widget.id, rating: 5 });

    expect(await testDb.widgetRating.count({ where: { widgetId: widget.id } })).toBe(2);
    expect(await metricValue('widget_ratings_total')).toBe(before + 2);
  });

  it('reports a widget that does not exist, and stores nothing', async () => {
    const before = await metricValue('widget_ratings_total');

    const result = await recorder.recordRating({ widgetId: 2_147_483_647, rating: 4 });

    expect(result).toEqual({ recorded: false, reason: 'widget-not-found' });
    expect(await testDb.widgetRating.count()).toBe(0);
    expect(await metricValue('widget_ratings_total')).toBe(before);
  });

  it('reports a widget deleted before its rating arrived (the foreign key decides)', async () => {
    const widget = await widgetFactory.create();
    await testDb.widget.delete({ where: { id: widget.id } });

    const result = await recorder.recordRating({ widgetId: widget.id, rating: 3 });

    expect(result).toEqual({ recorded: false, reason: 'widget-not-found' });
    expect(await testDb.widgetRating.count()).toBe(0);
  });

  it('lets a rating outside 1–5 fail loudly: the boundary should have refused it', async () => {
    const widget = await widgetFactory.create();

    await expect(recorder.recordRating({ widgetId: widget.id, rating: 6 })).rejects.toThrow(
      /rating_must_be_between_1_and_5/,
    );
    expect(await testDb.widgetRating.count()).toBe(0);
  });
});
