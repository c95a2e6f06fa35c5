import 'server-only';
import { db } from '@/lib/db';
import { logger } from '@/lib/logger';

// Deleting a widget (PRODUCT.md §6). Its ratings and its records of emails sent go with it (ON
// DELETE CASCADE in the migrations). A follow-up check still queued for it finds no widget and
// sends nothing (WidgetCreator#emailOnce).

export type DestroyWidgetResult = { destroyed: true } | { destroyed: false; reason: 'not-found' };

export class WidgetDestroyer {
  /**
   * Deletes the widget, whatever its version: a delete is a decision about the widget, not about
   * the values someone saw (ADR 9). A widget that is already gone is a result, not an error.
   */
  async destroyWidget(id: number): Promise<DestroyWidgetResult> {
    // One statement decides, so a widget deleted by someone else a moment ago is not an error.
    const { count } = await db.widget.deleteMany({ where: { id } });
    if (count === 0) return { destroyed: false, reason: 'not-found' };
    logger.info({ widgetId: id }, `Widget ${id} deleted`);
    return { destroyed: true };
  }
}
