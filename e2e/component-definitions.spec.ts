import type { Page, Response } from '@playwright/test';
import {
  manufacturerPath,
  manufacturersPath,
  newWidgetPath,
  styleguidePath,
  styleguideTokensPath,
  widgetPath,
  widgetsPath,
} from '@/lib/routes';
import { widgetFactory } from '@/test/factories';
import {
  definitionsIn,
  definitionsNotRendered,
  renderedCustomElements,
} from '@/test/support/component-definitions';
import { uniqueWord } from './support/data';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// A page loads the definitions of the components it renders and no others (issue 3;
// docs/benchmarks.md, "JavaScript per page", measures it with `npm run bench:js`). Turbopack
// loads, with each layout and page, every component its modules import, so one import in the
// wrong place (a layout, the registry of the style guide) ships a definition to every page.

// Known miss: a list page loads the pagination's definition even when its list fits on one page
// and nothing is paginated (docs/benchmarks.md says why, and what will fix it).
const LIST_PAGE_ALLOWANCE = ['widget-pagination'];

/** Opens `path` with an empty cache; returns the HTML the server sent and every script loaded. */
async function visit(page: Page, path: string): Promise<{ html: string; scripts: string[] }> {
  const scripts: Promise<string>[] = [];
  const collect = (response: Response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  };
  page.on('response', collect);
  try {
    const document = await page.goto(path, { waitUntil: 'networkidle' });
    expect(document?.status()).toBe(200);
    return { html: await document!.text(), scripts: await Promise.all(scripts) };
  } finally {
    page.off('response', collect);
  }
}

test.describe('with JavaScript', { tag: '@js-only' }, () => {
  test('the main pages load no definition of an element they do not render', async ({ page }) => {
    const widget = await widgetFactory.create();
    const pages: [path: string, allowance: string[]][] = [
      [widgetsPath(), LIST_PAGE_ALLOWANCE],
      [widgetPath(widget.id), []],
      [manufacturersPath(), LIST_PAGE_ALLOWANCE],
      [manufacturerPath(widget.manufacturerId), []],
      [newWidgetPath(), []],
      [styleguidePath(), []],
      [styleguideTokensPath(), []],
    ];
    for (const [path, allowance] of pages) {
      const { html, scripts } = await visit(page, path);
      expect(
        definitionsNotRendered(scripts, html).filter((tag) => !allowance.includes(tag)),
        `definitions ${path} loads for elements it does not render`,
      ).toEqual([]);
      await expectNoAccessibilityViolations(page);
    }
  });

  test('a flash message brings its definition along to the page it shows on', async ({
    page,
    baseURL,
  }) => {
    // What a redirect with a flash leaves in the browser (lib/flash.ts).
    const flash = { kind: 'notice', message: `Widget created. ${uniqueWord()}` };
    await page
      .context()
      .addCookies([
        { name: 'flash', value: encodeURIComponent(JSON.stringify(flash)), url: baseURL! },
      ]);

    const { html, scripts } = await visit(page, newWidgetPath());

    expect(renderedCustomElements(html)).toContain('flash-message');
    expect(scripts.flatMap(definitionsIn)).toContain('flash-message');
    await expect(page.locator('flash-message')).toHaveText(flash.message);
    // Upgraded: the element on the page is the component's class, not just its server HTML.
    expect(await page.evaluate(() => customElements.get('flash-message') !== undefined)).toBe(true);
    await expectNoAccessibilityViolations(page);
  });
});
