import type { Page } from '@playwright/test';
import { expect } from './test';

/**
 * Without JavaScript a custom element shows only what the server rendered into its declarative
 * shadow root; one without a shadow root is an empty box. Checks every custom element (a tag
 * name with a dash), including those inside other components' shadow roots. In the `no-js`
 * project this proves server rendering: no script ran that could have attached a shadow root.
 */
export async function expectEveryCustomElementServerRendered(page: Page): Promise<void> {
  const empty = await page.evaluate(() => {
    const emptyTags: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (!element.localName.includes('-')) continue;
        if (!element.shadowRoot?.hasChildNodes()) emptyTags.push(element.localName);
        else visit(element.shadowRoot);
      }
    };
    visit(document);
    return emptyTags;
  });
  expect(empty, 'custom elements without server-rendered content').toEqual([]);
}
