import 'server-only';
import type { WidgetRating } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { constraintViolationOf } from '@/lib/db/errors';
import { metrics } from '@/lib/metrics';

export type RecordRatingResult =
  { recorded: true; rating: WidgetRating } | { recorded: false; reason: 'widget-not-found' };

/** Records the ratings visitors give widgets (PRODUCT.md §7). */
export class WidgetRatingRecorder {
  /**
   * Stores a rating (1–5, parsed at the boundary; the database's check constraint backs it up)
   * for a widget. A widget that does not exist is a result, not an error.
   */
  async recordRating({
    widgetId,
    rating,
  }: {
    widgetId: number;
    rating: number;
  }): Promise<RecordRatingResult> {
    // No "does the widget exist?" query first: the widget could be deleted between that check
    // and the insert. The foreign key decides, in the insert itself.
    try {
      const recorded = await db.widgetRating.create({ data: { widgetId, rating } });
      metrics.widgetRatings.inc();
      return { recorded: true, rating: recorded };
    } catch (error) {
      if (constraintViolationOf(error)?.constraint === 'widget_ratings_widget_id_fkey') {
        return { recorded: false, reason: 'widget-not-found' };
      }
      throw error;
    }
  }
}
