import type { Page } from '@playwright/test';
import { ENHANCED_REQUEST_HEADER } from '@/lib/enhanced-request';
import { widgetPath, widgetRatingsPath, widgetsPath } from '@/lib/routes';
import { widgetFactory, widgetRatingFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { uniqueWord } from './support/data';
import { flashMessage } from './support/pages';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Rating a widget (PRODUCT.md §7): a plain form post without JavaScript, a background post with
// it, and the flash message that thanks the visitor after the plain post's redirect.

const ratingButton = (page: Page, rating: number) =>
  page
    .getByRole('group', { name: 'Rate This Widget:' })
    .getByRole('button', { name: String(rating), exact: true });

const ratingsOf = (widgetId: number) =>
  testDb.widgetRating.findMany({ where: { widgetId }, select: { rating: true } });

test.describe('without JavaScript', { tag: '@no-js-only' }, () => {
  test('rating a widget posts its form and comes back to the widget with thanks, once', async ({
    page,
  }) => {
    const widget = await widgetFactory.create({ name: `Sprocket ${uniqueWord()}` });
    await widgetRatingFactory.create({ widgetId: widget.id, rating: 2 });

    await page.goto(widgetPath(widget.id));
    await expect(page.getByText('2.0 (1 rating)')).toBeVisible();
    await expect(page.getByText('Your ratings help us be amazing!')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await ratingButton(page, 4).click();

    await expect(page).toHaveURL(widgetPath(widget.id));
    await expect(flashMessage(page)).toHaveText('Thanks for rating!');
    await expect(flashMessage(page).getByRole('status')).toBeVisible();
    await expect(page.getByText('3.0 (2 ratings)')).toBeVisible();
    expect(await ratingsOf(widget.id)).toEqual([{ rating: 2 }, { rating: 4 }]);
    await expectNoAccessibilityViolations(page);

    await page.reload();

    await expect(page.getByText('3.0 (2 ratings)')).toBeVisible();
    await expect(flashMessage(page)).toHaveCount(0);
  });
});

test.describe('with JavaScript', { tag: '@js-only' }, () => {
  /** Opens the widget's page and waits until the rating component has taken over its forms. */
  async function openWidget(page: Page, widgetId: number) {
    await page.goto(widgetPath(widgetId));
    await page.waitForFunction(() => customElements.get('widget-rating') !== undefined);
    // A navigation would forget this; the tests check it is still there.
    await page.evaluate(() => Object.assign(window, { stayedOnPage: true }));
  }

  const stayedOnPage = (page: Page) =>
    page.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage === true);

  test('rating a widget thanks the visitor in place, without leaving the page', async ({
    page,
  }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      // The browser's own request for /favicon.ico, which this app does not have, is no error of ours.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
        consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const widget = await widgetFactory.create({ name: `Flange ${uniqueWord()}` });

    await openWidget(page, widget.id);
    await expect(page.getByText('No ratings yet')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await ratingButton(page, 5).click();

    await expect(page.locator('[data-rating-present]')).toHaveText('Thanks for rating this a 5');
    await expect(page.locator('[data-rating-present]')).toBeFocused();
    await expect(ratingButton(page, 5)).toBeHidden();
    expect(await stayedOnPage(page)).toBe(true);
    await expect(flashMessage(page)).toHaveCount(0);
    expect(await ratingsOf(widget.id)).toEqual([{ rating: 5 }]);
    await expectNoAccessibilityViolations(page);

    await page.reload();

    await expect(page.getByText('5.0 (1 rating)')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a rating that fails to post says so, and the buttons work again', async ({ page }) => {
    const widget = await widgetFactory.create({ name: `Gasket ${uniqueWord()}` });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route(`**${widgetRatingsPath()}`, async (route) => {
      await answered;
      await route.fulfill({ status: 503, body: 'Service Unavailable' });
    });
    await openWidget(page, widget.id);

    await ratingButton(page, 3).click();

    for (const rating of [1, 2, 3, 4, 5]) await expect(ratingButton(page, rating)).toBeDisabled();
    answer();
    await expect(
      page.getByRole('group', { name: 'Rate This Widget:' }).getByRole('alert'),
    ).toHaveText('Sorry, your rating was not saved. Please try again.');
    for (const rating of [1, 2, 3, 4, 5]) await expect(ratingButton(page, rating)).toBeEnabled();
    await expect(page.locator('[data-rating-present]')).toHaveCount(0);
    expect(await stayedOnPage(page)).toBe(true);
    await expectNoAccessibilityViolations(page);
  });
});

test('a flash message shows on the next page only', async ({ page, baseURL }) => {
  // What a redirect with a flash leaves in the browser (lib/flash.ts).
  const flash = { kind: 'notice', message: `Widget created. ${uniqueWord()}` };
  await page
    .context()
    .addCookies([
      { name: 'flash', value: encodeURIComponent(JSON.stringify(flash)), url: baseURL! },
    ]);

  await page.goto(widgetsPath());

  await expect(flashMessage(page)).toHaveText(flash.message);
  await expect(flashMessage(page).getByRole('status')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Manufacturers' })
    .click();

  await expect(page.getByRole('heading', { level: 1, name: 'Manufacturers' })).toBeVisible();
  await expect(flashMessage(page)).toHaveCount(0);

  await page.goto(widgetsPath());

  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();
  await expect(flashMessage(page)).toHaveCount(0);
});

// The route handler over HTTP, as a browser or the rating component posts to it. These requests
// do not involve the page's JavaScript, so they run once, in the no-js project.
test.describe('POST /widget_ratings @no-js-only', () => {
  test('a plain form post stores the rating and redirects to the widget with thanks', async ({
    request,
  }) => {
    const widget = await widgetFactory.create();

    const response = await request.post(widgetRatingsPath(), {
      form: { widget_id: String(widget.id), rating: '4' },
      maxRedirects: 0,
    });

    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(widgetPath(widget.id));
    // The thanks travel in the flash cookie to the widget's page (lib/flash.ts).
    const flashCookie = response.headers()['set-cookie']?.match(/flash=([^;]*)/);
    expect(decodeURIComponent(flashCookie?.[1] ?? '')).toContain('Thanks for rating!');
    expect(await ratingsOf(widget.id)).toEqual([{ rating: 4 }]);
  });

  test("the component's background post gets 204 and no flash", async ({ request }) => {
    const widget = await widgetFactory.create();

    const response = await request.post(widgetRatingsPath(), {
      form: { widget_id: String(widget.id), rating: '5' },
      headers: { [ENHANCED_REQUEST_HEADER]: 'true' },
      maxRedirects: 0,
    });

    expect(response.status()).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(await ratingsOf(widget.id)).toEqual([{ rating: 5 }]);
  });

  test('multipart form data is read too', async ({ request }) => {
    const widget = await widgetFactory.create();

    const response = await request.post(widgetRatingsPath(), {
      multipart: { widget_id: String(widget.id), rating: '2' },
      maxRedirects: 0,
    });

    expect(response.status()).toBe(303);
    expect(await ratingsOf(widget.id)).toEqual([{ rating: 2 }]);
  });

  test('bad input says what is wrong, to a plain and a background post alike', async ({
    request,
  }) => {
    const widget = await widgetFactory.create();
    const widgetId = String(widget.id);
    const cases: [Record<string, string>, number, RegExp][] = [
      [{}, 400, /^widget_id .* rating /],
      [{ widget_id: widgetId }, 400, /^rating must be a whole number from 1 to 5\.$/],
      [{ rating: '3' }, 400, /^widget_id must be the id of a widget\.$/],
      [{ widget_id: widgetId, rating: '4.5' }, 400, /^rating /],
      [{ widget_id: '2147483647', rating: '3' }, 404, /^There is no widget with that id\.$/],
    ];
    const plainAndBackground: Record<string, string>[] = [
      {},
      { [ENHANCED_REQUEST_HEADER]: 'true' },
    ];
    for (const headers of plainAndBackground) {
      for (const [form, status, message] of cases) {
        const response = await request.post(widgetRatingsPath(), { form, headers });
        expect(response.status(), `POST ${JSON.stringify(form)}`).toBe(status);
        expect(await response.text()).toMatch(message);
      }
    }
    const json = await request.post(widgetRatingsPath(), { data: { widget_id: widget.id } });
    expect(json.status()).toBe(400);
    expect(await ratingsOf(widget.id)).toEqual([]);
  });

  test('bad input to /widget_ratings is a 400 or 404, never a 500, and stores nothing', async ({
    request,
  }) => {
    const widget = await widgetFactory.create();
    const widgetId = String(widget.id);
    const cases: [Record<string, string>, number][] = [
      [{}, 400],
      [{ widget_id: widgetId }, 400],
      [{ rating: '3' }, 400],
      [{ widget_id: widgetId, rating: 'abc' }, 400],
      [{ widget_id: widgetId, rating: '0' }, 400],
      [{ widget_id: widgetId, rating: '6' }, 400],
      [{ widget_id: widgetId, rating: '100000000000000000000' }, 400],
      [{ widget_id: 'abc', rating: '3' }, 400],
      [{ widget_id: '100000000000000000000', rating: '3' }, 400],
      [{ widget_id: '2147483647', rating: '3' }, 404],
    ];

    for (const [fields, status] of cases) {
      const response = await request.post(widgetRatingsPath(), { form: fields, maxRedirects: 0 });
      expect(response.status(), `POST ${JSON.stringify(fields)}`).toBe(status);
    }
    const get = await request.get(widgetRatingsPath(), { maxRedirects: 0 });
    expect(get.status()).toBe(405);
    expect(await ratingsOf(widget.id)).toEqual([]);
    expect(await testDb.widgetRating.count({ where: { widgetId: 2_147_483_647 } })).toBe(0);
  });
});
