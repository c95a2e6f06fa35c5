import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ConsoleMessage, Page } from '@playwright/test';
import {
  styleguideComponentPath,
  styleguidePath,
  styleguideTokensPath,
  widgetsPath,
} from '@/lib/routes';
import { expectEveryCustomElementServerRendered } from './support/components';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Every page of the living style guide, in both projects: it renders, every component on it is
// server-rendered (nothing is an empty custom element without JavaScript), it logs no errors when
// JavaScript runs, and it passes the accessibility audit.

// One page per folder in components/, which is one per entry in styleguide/index.ts
// (styleguide/entries.test.ts): a new component's page is tested as soon as it exists. The
// folders, not styleguide/, because its entries import the components, which only Next's
// bundler can load.
const COMPONENTS_DIR = path.resolve(import.meta.dirname, '../components');
const componentSlugs = readdirSync(COMPONENTS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
function javaScriptEnabled(): boolean {
  return test.info().project.use.javaScriptEnabled !== false;
}

/** Opens a style-guide page, failing on anything the browser reports as an error. */
async function visit(page: Page, path: string) {
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    // The app has no favicon yet, and the browser asks for one on every page.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  };
  const onPageError = (error: Error) => errors.push(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    if (javaScriptEnabled()) {
      // Give every script its chance to run (and hydration its chance to complain) first.
      await page.waitForLoadState('networkidle');
    }
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  expect(errors, `errors in the browser console on ${path}`).toEqual([]);

  await expectEveryCustomElementServerRendered(page);
  await expect(currentNavLink(page)).toHaveAttribute('href', path);
}

/** The style guide's navigation link marked as the page being shown. */
function currentNavLink(page: Page) {
  return page.locator('nav[aria-label="Style guide"] a[aria-current="page"]');
}

test('the overview introduces the style guide and links to every page of it', async ({ page }) => {
  await visit(page, styleguidePath());

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Style guide');
  await expect(page).toHaveTitle('Style guide · Widgets');
  // The page's own links, then the navigation's.
  await expect(page.getByRole('term').getByRole('link', { name: 'Design tokens' })).toHaveAttribute(
    'href',
    styleguideTokensPath(),
  );
  for (const slug of componentSlugs) {
    await expect(
      page.getByRole('term').locator(`a[href="${styleguideComponentPath(slug)}"]`),
    ).toHaveCount(1);
  }
  const nav = page.getByRole('navigation', { name: 'Style guide' });
  await expect(nav.getByRole('link', { name: 'Design tokens' })).toHaveAttribute(
    'href',
    styleguideTokensPath(),
  );
  for (const slug of componentSlugs) {
    await expect(nav.locator(`a[href="${styleguideComponentPath(slug)}"]`)).toHaveCount(1);
  }
  await expectNoAccessibilityViolations(page);
});

test('the tokens page shows the type scale, spacing, colours and radii', async ({ page }) => {
  await visit(page, styleguideTokensPath());

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Design tokens');
  await expect(page).toHaveTitle('Design tokens · Style guide · Widgets');
  for (const name of ['Type scale', 'Spacing', 'Colours', 'Radii']) {
    await expect(page.getByRole('table', { name })).toBeVisible();
  }
  const largestType = page.getByRole('table', { name: 'Type scale' }).getByRole('row', {
    name: /--text-6xl/,
  });
  await expect(largestType).toContainText('4.8rem');
  await expect(largestType).toContainText('<p className="text-6xl">');
  await expect(page.getByRole('table', { name: 'Colours' })).toContainText('--color-brand');
  await expectNoAccessibilityViolations(page);
});

// One test for all the component pages: each step is one page, named by its slug. Loading them
// one after another in one browser context costs a fraction of a fresh context per page (the
// scripts they share are cached), and a failure still names the page.
test('every component page shows each example with its code, and the options', async ({ page }) => {
  // A page's budget each, not the one default budget for them all.
  test.setTimeout(componentSlugs.length * 10_000);
  for (const slug of componentSlugs) {
    await test.step(`the ${slug} page`, async () => {
      const path = styleguideComponentPath(slug);
      await visit(page, path);

      // The h1 is the entry's name, as the navigation lists it. Examples may contain headings of
      // their own (a page header has an h1): the page's comes first.
      const name = (await currentNavLink(page).textContent()) ?? '';
      await expect(page.locator('h1').first(), path).toHaveText(name);
      await expect(page, path).toHaveTitle(`${name} · Style guide · Widgets`);

      const examples = page.getByTestId('example');
      expect(await examples.count(), path).toBeGreaterThan(0);
      for (const example of await examples.all()) {
        await expect(example.getByRole('heading', { level: 3 }), path).toBeVisible();
        await expect(
          example.getByTestId('example-preview').locator(':scope > *').first(),
          path,
        ).toBeVisible();
        await expect(example.locator(':scope > pre > code'), path).toHaveText(/\S/);
      }
      const options = page.getByRole('table', { name: 'Options' });
      expect(await options.getByRole('rowheader').count(), path).toBeGreaterThan(0);
      await expectNoAccessibilityViolations(page);
    });
  }
});

test('an unknown component is the "page not found" page', async ({ page }) => {
  const response = await page.goto(styleguideComponentPath('no-such-component'));

  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('the footer links to the style guide where it is served', async ({ page }) => {
  await page.goto(widgetsPath());
  await page.getByRole('contentinfo').getByRole('link', { name: 'Style guide' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Style guide' })).toBeVisible();
});
