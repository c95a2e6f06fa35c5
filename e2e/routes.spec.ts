import { rootPath, widgetsPath } from '@/lib/routes';
import { expect, test } from './support/test';

test('the home page is the widget list', async ({ page }) => {
  await page.goto(rootPath());

  await expect(page).toHaveURL(widgetsPath());
  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();
});

// Answers over HTTP, the same with or without the page's JavaScript: they run once, in the
// no-js project.
test.describe('over HTTP', { tag: '@no-js-only' }, () => {
  test('/amazing is a permanent redirect to the widget list', async ({ request }) => {
    const response = await request.get('/amazing', { maxRedirects: 0 });

    expect(response.status()).toBe(301);
    expect(new URL(response.headers().location ?? '', response.url()).pathname).toBe(widgetsPath());
  });

  test('/up reports that the app answers', async ({ request }) => {
    const response = await request.get('/up');

    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  // Its 503s (draining, database down) are tested with real processes: e2e/operations/.
  test('/ready reports that the app and its database answer', async ({ request }) => {
    const response = await request.get('/ready');

    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('every response carries a request id', async ({ page, request }) => {
    const pageResponse = await page.goto(widgetsPath());
    const healthResponse = await request.get('/up');

    expect(pageResponse?.headers()['x-request-id']).toMatch(/^[\w.:-]+$/);
    expect(healthResponse.headers()['x-request-id']).toMatch(/^[\w.:-]+$/);
  });

  test('a malformed address or a NUL in a search is a client error, never a 500', async ({
    request,
  }) => {
    expect((await request.get('/widgets/%E0%A4%A')).status()).toBe(400);
    const search = await request.get('/widgets?q=%00');
    expect(search.status()).toBe(200);
    expect(await search.text()).toContain('Our Widgets');
  });
});
