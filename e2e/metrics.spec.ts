import { metricsPath, newWidgetPath, widgetPath } from '@/lib/routes';
import { manufacturerFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { uniqueWord } from './support/data';
import { metricValue, readMetrics } from './support/metrics';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// The metrics Prometheus scrapes (docs/operations.md, "Metrics"), from the production build: the
// business counters move as widgets are created and rated, the worker counts the jobs it runs on
// its own port, and neither process shows its metrics without the token.

test.use({ signedInAs: 'catalog' });

const workerMetricsUrl = () => process.env.WORKER_METRICS_URL!;

test('creating and rating a widget moves the business counters, and the worker counts its jobs', async ({
  page,
  request,
}) => {
  const manufacturer = await manufacturerFactory.create({ name: `Cyberdyne ${uniqueWord()}` });
  const name = `Stembolt ${uniqueWord()}`;
  const highPricedCheck = { queue: 'high-priced-widget-check' };
  const before = await readMetrics(request);
  const workerBefore = await readMetrics(request, workerMetricsUrl());

  await page.goto(newWidgetPath());
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Price').fill('7500.01');
  await page.getByLabel('Manufacturer').selectOption({ label: manufacturer.name });
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Widget created.')).toBeVisible();
  const widget = await testDb.widget.findFirstOrThrow({ where: { name } });
  await expect(page).toHaveURL(widgetPath(widget.id));
  await expectNoAccessibilityViolations(page);
  await page
    .getByRole('group', { name: 'Rate This Widget:' })
    .getByRole('button', { name: '4', exact: true })
    .click();
  await expect.poll(() => testDb.widgetRating.count({ where: { widgetId: widget.id } })).toBe(1);

  const after = await readMetrics(request);
  for (const counter of [
    'widgets_created_total',
    'high_priced_widgets_total',
    'widget_ratings_total',
  ]) {
    expect(metricValue(after, counter), counter).toBe(metricValue(before, counter) + 1);
  }
  const pageViews = { method: 'GET', route: '/widgets/[id]', status: '200' };
  expect(metricValue(after, 'http_request_duration_seconds_count', pageViews)).toBeGreaterThan(
    metricValue(before, 'http_request_duration_seconds_count', pageViews),
  );
  await expect
    .poll(async () =>
      metricValue(
        await readMetrics(request, workerMetricsUrl()),
        'jobs_completed_total',
        highPricedCheck,
      ),
    )
    .toBe(metricValue(workerBefore, 'jobs_completed_total', highPricedCheck) + 1);
});

test('the metrics are refused (401) without the token, on the web server and the worker', async ({
  request,
}) => {
  for (const url of [metricsPath(), `${workerMetricsUrl()}${metricsPath()}`]) {
    for (const headers of [{}, { Authorization: 'Bearer not-the-token' }] as Record<
      string,
      string
    >[]) {
      const response = await request.get(url, { headers });
      expect(response.status(), url).toBe(401);
      expect(await response.json()).toEqual({ error: 'A valid metrics token is required.' });
    }
  }
});
