// Small helpers the browser tests share for reading pages and their answers.
import type { Page } from '@playwright/test';
import { test } from './test';

/** The flash message on the page (lib/flash.ts), if there is one. */
export const flashMessage = (page: Page) => page.locator('flash-message');

/** Whether this test runs in the `js` project (the `no-js` project turns JavaScript off). */
export const javaScriptEnabled = () => test.info().project.use.javaScriptEnabled !== false;

/** The status of the answer to the next form post. */
export function nextPostStatus(page: Page): Promise<number> {
  return page
    .waitForResponse((response) => response.request().method() === 'POST')
    .then((response) => response.status());
}
