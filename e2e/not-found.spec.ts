import { manufacturerPath, widgetPath } from '@/lib/routes';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Ids that name nothing, malformed ids and paths no route matches: the "page not found" page
// with status 404, never an error.

test('an unknown widget is the "page not found" page', async ({ page }) => {
  const response = await page.goto(widgetPath(999_999_999));

  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Widgets');
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Browse all widgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();
});

test('a path no route matches is the "page not found" page', async ({ page }) => {
  const response = await page.goto('/no-such-page');

  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

const alsoNotFound = [
  '/widgets/abc',
  '/widgets/1.5',
  '/widgets/-1',
  '/widgets/0012',
  '/widgets/99999999999',
  manufacturerPath(999_999_999),
  '/manufacturers/abc',
];

// Malformed query parameters fall back to their defaults.
const listsWithBadParameters = [
  ['/widgets?after=-1&sort=bogus', 'Our Widgets'],
  ['/widgets?after=abc&sort=price&sort=name', 'Our Widgets'],
  ['/widgets?before=100000000000000000000&q=%00', 'Our Widgets'],
  ['/widgets?after=1&after=2&before=3', 'Our Widgets'],
  ['/manufacturers?after=-1&sort=price', 'Manufacturers'],
  ['/manufacturers?before=abc&q=%25_%5C', 'Manufacturers'],
] as const;

// How the server reads ids and query strings: the same answer with or without the page's
// JavaScript (the tests above show the page in both). So these run once, in the no-js project;
// each list is one test, with a step per path.
test.describe('malformed addresses', { tag: '@no-js-only' }, () => {
  test('ids that name nothing or are malformed are not found', async ({ page }) => {
    for (const path of alsoNotFound) {
      await test.step(path, async () => {
        const response = await page.goto(path);

        expect(response?.status(), path).toBe(404);
        await expect(
          page.getByRole('heading', { level: 1, name: 'Page not found' }),
          path,
        ).toBeVisible();
      });
    }
  });

  test('lists with malformed parameters are shown', async ({ page }) => {
    for (const [path, heading] of listsWithBadParameters) {
      await test.step(path, async () => {
        const response = await page.goto(path);

        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
      });
    }
  });
});
