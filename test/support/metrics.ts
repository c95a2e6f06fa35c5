// Reading the app's metrics (lib/metrics.ts) in tests: a counter's, gauge's or histogram count's
// current value, so a test can say how much an action moved it.
import { metrics } from '@/lib/metrics';

/**
 * The value of the series named `name` (a histogram's `…_count` or `…_sum` included) whose
 * labels include `labels`; 0 when there is none yet.
 */
export async function metricValue(
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  for (const metric of await metrics.registry.getMetricsAsJSON()) {
    for (const series of metric.values) {
      const seriesName = (series as { metricName?: string }).metricName ?? metric.name;
      const seriesLabels = series.labels as Record<string, string | number | undefined>;
      if (
        seriesName === name &&
        Object.entries(labels).every(([label, value]) => String(seriesLabels[label]) === value)
      ) {
        return series.value;
      }
    }
  }
  return 0;
}
