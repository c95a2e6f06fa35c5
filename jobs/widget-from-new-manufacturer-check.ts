import 'server-only';
import { parseJobPayload } from '@/jobs/queues';
import { WidgetCreator, type WidgetCheckResult } from '@/services/widget-creator';

/**
 * Job: the new-manufacturer check WidgetCreator.createWidget queues (PRODUCT.md §5). A payload
 * that does not parse throws, as does a send that fails: pg-boss records the error and retries.
 */
export async function widgetFromNewManufacturerCheck(data: unknown): Promise<WidgetCheckResult> {
  const payload = parseJobPayload('widget-from-new-manufacturer-check', data);
  return new WidgetCreator().widgetFromNewManufacturerCheck({
    widgetId: payload.widgetId,
    manufacturerCreatedAt: new Date(payload.manufacturerCreatedAt),
  });
}
