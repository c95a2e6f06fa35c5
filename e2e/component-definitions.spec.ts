import type { Page, Response } from '@playwright/test';
import {
  editManufacturerPath,
  editWidgetPath,
  jobsPath,
  manufacturerPath,
  manufacturersPath,
  newManufacturerPath,
  newWidgetPath,
  styleguideComponentPath,
  styleguidePath,
  styleguideTokensPath,
  widgetPath,
  widgetsPath,
} from '@/lib/routes';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import {
  definitionsIn,
  definitionsNotRendered,
  renderedCustomElements,
} from '@/test/support/component-definitions';
import { uniqueWord } from './support/data';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Signed in as a admin user: every form is on a page only staff see.
test.use({ signedInAs: 'admin' });

// A page loads the definitions of the components it renders and no others (issue 3;
// docs/benchmarks.md, "JavaScript per page", measures it with `npm run bench:js`). Turbopack
// loads, with each layout and page, every component its modules import, so one import in the
// wrong place (a layout, the registry of the style guide) ships a definition to every page.

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
    const pages = [
      widgetsPath(),
      widgetPath(widget.id),
      manufacturersPath(),
      manufacturerPath(widget.manufacturerId),
      newWidgetPath(),
      editWidgetPath(widget.id),
      newManufacturerPath(),
      editManufacturerPath(widget.manufacturerId),
      jobsPath(),
      styleguidePath(),
      styleguideTokensPath(),
      styleguideComponentPath('price'),
    ];
    // Each page is waited on until the network is idle: a page's budget each, not the one
    // default budget for them all (a busy machine ran out of it).
    test.setTimeout(pages.length * 10_000);
    for (const path of pages) {
      const { html, scripts } = await visit(page, path);
      expect(
        definitionsNotRendered(scripts, html),
        `definitions ${path} loads for elements it does not render`,
      ).toEqual([]);
      await expectNoAccessibilityViolations(page);
    }
  });

  test('a list loads the pagination definition only when it has more than one page', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const word = uniqueWord();
    const { id: manufacturerId } = await manufacturerFactory.create();
    await Promise.all(
      Array.from({ length: 26 }, (_, i) =>
        widgetFactory.create({ name: `${word} ${String(i + 1).padStart(2, '0')}`, manufacturerId }),
      ),
    );

    const onePage = await visit(page, widgetsPath({ q: `${word} 01` }));
    expect(renderedCustomElements(onePage.html)).not.toContain('widget-pagination');
    expect(onePage.scripts.flatMap(definitionsIn)).not.toContain('widget-pagination');

    const twoPages = await visit(page, widgetsPath({ q: word }));
    expect(renderedCustomElements(twoPages.html)).toContain('widget-pagination');
    expect(twoPages.scripts.flatMap(definitionsIn)).toContain('widget-pagination');
    // Upgraded: the element on the page is the component's class, not just its server HTML.
    expect(
      await page.evaluate(() => {
        const PaginationElement = customElements.get('widget-pagination');
        return (
          PaginationElement !== undefined &&
          document.querySelector('widget-pagination') instanceof PaginationElement
        );
      }),
    ).toBe(true);
    // Hydrating the lazily loaded element finds the server's HTML as it would have rendered it.
    expect(errors, 'errors in the browser console').toEqual([]);
    await expectNoAccessibilityViolations(page);
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
