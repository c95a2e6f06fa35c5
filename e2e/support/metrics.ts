// Reading the app's Prometheus metrics in browser tests: the web server's /metrics and the
// worker's (WORKER_METRICS_URL), both behind the token playwright.config.ts sets.
import type { APIRequestContext } from '@playwright/test';
import { metricsPath } from '@/lib/routes';

/** The bearer token the suite's web server and worker require for their metrics. */
export const E2E_METRICS_TOKEN = 'widgets-e2e-metrics-token-for-test-data-only';

/** One process's metrics, in Prometheus' text format. */
export async function readMetrics(request: APIRequestContext, baseUrl?: string): Promise<string> {
  const response = await request.get(`${baseUrl ?? ''}${metricsPath()}`, {
    headers: { Authorization: `Bearer ${E2E_METRICS_TOKEN}` },
  });
  if (response.status() !== 200) throw new Error(`/metrics answered ${response.status()}`);
  return response.text();
}

/** A series' value in metrics text (`name{labels} value`), 0 when it is not there yet. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}) {
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const seriesLabels = match[2]?.split(',') ?? [];
    if (wanted.every((label) => seriesLabels.includes(label))) return Number(match[3]);
  }
  return 0;
}
