import 'server-only';
import { parseJobPayload } from '@/jobs/queues';
import { WidgetCreator, type WidgetCheckResult } from '@/services/widget-creator';

/**
 * Job: the high-priced check WidgetCreator.createWidget queues (PRODUCT.md §5). A payload that
 * does not parse throws, as does a send that fails: pg-boss records the error and retries.
 */
export async function highPricedWidgetCheck(data: unknown): Promise<WidgetCheckResult> {
  const { widgetId, priceCents } = parseJobPayload('high-priced-widget-check', data);
  return new WidgetCreator().highPricedWidgetCheck({ widgetId, priceCents });
}
