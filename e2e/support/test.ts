// What every browser test imports instead of @playwright/test: the same `test` and `expect`,
// plus clues on failure, a guard against Content-Security-Policy violations, and an accessibility
// audit.
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import type { Role } from '@/lib/policy';
import { signedInState } from './sessions';

export { expect };

// The HTML the server sent for each page's current document, as it came over the wire: with the
// components' declarative shadow roots, which page.content() leaves out.
const documentHtml = new WeakMap<Page, Promise<string>>();

export const test = base.extend<{ signedInAs: Role | null }>({
  /** The role of the user each test starts signed in as (e2e/support/sessions.ts); null: none. */
  signedInAs: [null, { option: true }],
  storageState: async ({ signedInAs, storageState, browser, baseURL }, provide) => {
    await provide(signedInAs ? await signedInState(browser, baseURL!, signedInAs) : storageState);
  },

  // The page a test is given is watched from start to end: its documents are kept for the
  // accessibility audit, its console for the clues, and the Content-Security-Policy guard reads
  // it. A test that only sends requests asks for no page, and so opens no browser context.
  page: async ({ page }, provide, testInfo) => {
    keepDocuments(page);
    const consoleMessages = recordConsole(page);
    const policyRefusals = recordPolicyRefusals(page);

    await provide(page);

    if (testInfo.status !== testInfo.expectedStatus || policyRefusals.length > 0) {
      await showClues(page, consoleMessages);
    }
    expectNoPolicyRefusals(policyRefusals);
  },
});

function keepDocuments(page: Page): void {
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && response.frame() === page.mainFrame()) {
      documentHtml.set(
        page,
        response.text().catch(() => ''),
      );
    }
  });
}

function recordConsole(page: Page): string[] {
  const consoleMessages: string[] = [];
  page.on('console', (message) => consoleMessages.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleMessages.push(`[page error] ${error.message}`));
  return consoleMessages;
}

// When a test fails, attaches the page's HTML and the browser console to the report and prints
// them, so the failure can be understood without running it again.
async function showClues(page: Page, consoleMessages: string[]): Promise<void> {
  const testInfo = test.info();
  const html = await page.content().catch((error: Error) => `(no page: ${error.message})`);
  const consoleText = consoleMessages.join('\n') || '(nothing logged)';
  await testInfo.attach('page.html', { body: html, contentType: 'text/html' });
  await testInfo.attach('browser-console.txt', { body: consoleText, contentType: 'text/plain' });
  console.log(
    [
      `\n--- Clues for "${testInfo.title}" (${testInfo.project.name}) at ${page.url()}`,
      '--- Browser console:',
      consoleText,
      '--- Page HTML (scripts left out; the attachment has them):',
      html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''),
      '--- End of clues\n',
    ].join('\n'),
  );
}

// Fails a test during which the browser refused anything under the app's Content-Security-Policy
// (proxy.ts): a script without the nonce, an eval(), a style, image or frame the policy does not
// allow. As every test with JavaScript runs it, the suite proves that the policy breaks nothing
// the app does. The clues are shown first, so that the failure comes with what the browser said.
function recordPolicyRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

function expectNoPolicyRefusals(refusals: string[]): void {
  expect(refusals, 'The browser refused something under the Content-Security-Policy').toEqual([]);
}

/** Fails, listing every problem, when axe finds WCAG 2 A or AA violations on the page. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const javaScriptDisabled = test.info().project.use.javaScriptEnabled === false;
  const audited = javaScriptDisabled ? await showCopyWithJavaScript(page) : page;
  try {
    // After a client-side navigation Next writes the new page's <title> as its metadata arrives,
    // which can be a moment after the content: audit the page once it has its title.
    await expect(audited).toHaveTitle(/\S/);
    const { violations } = await new AxeBuilder({ page: audited })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      // axe's default runs each frame on its own and merges the results in a new blank page: it
      // loads axe twice and opens a page per audit, twice the time of this mode, which runs once
      // in the page and audits same-origin frames too. Only other sites' frames would be missed,
      // and the Content-Security-Policy (default-src 'self') lets none in.
      .setLegacyMode()
      .analyze();
    const report = violations
      .map((violation) =>
        [
          `${violation.id} (${violation.impact}): ${violation.help}`,
          `  ${violation.helpUrl}`,
          ...violation.nodes.map(
            (node) => `  - ${node.target.join(' ')}\n    ${node.failureSummary}`,
          ),
        ].join('\n'),
      )
      .join('\n\n');
    expect(violations.length, `Accessibility violations on ${page.url()}:\n\n${report}`).toBe(0);
  } finally {
    if (audited !== page) putCopyPageBack(audited);
  }
}

// axe runs inside the page, which a page without JavaScript cannot do. So the HTML the server
// sent is shown, with its styles but without running its scripts, in a page that can run axe:
// the browser attaches the components' declarative shadow roots, so axe audits them too. Those
// pages share one context per browser, which closes with the browser, and are used again from
// one audit to the next (opening a page costs about as much as the audit).
const copyContexts = new WeakMap<Browser, Promise<BrowserContext>>();
const idleCopyPages = new WeakMap<Browser, Page[]>();
// What each copy page is to show: the HTML for the URL it is sent to next.
const copiedDocuments = new WeakMap<Page, { url: string; html: string }>();

async function showCopyWithJavaScript(page: Page): Promise<Page> {
  const html = (await documentHtml.get(page)) || (await page.content());
  // Without its fragment: a new document is loaded even when the copy shows the same URL.
  const url = new URL(page.url());
  url.hash = '';
  const browser = page.context().browser()!;
  const copy = idleCopyPages.get(browser)?.pop() ?? (await newCopyPage(browser));
  copiedDocuments.set(copy, { url: url.href, html });
  try {
    await copy.goto(url.href);
  } catch (error) {
    await copy.close();
    throw error;
  }
  return copy;
}

async function newCopyPage(browser: Browser): Promise<Page> {
  if (!copyContexts.has(browser)) {
    copyContexts.set(browser, browser.newContext({ javaScriptEnabled: true }));
  }
  const copy = await (await copyContexts.get(browser)!).newPage();
  await copy.route('**/*', (route) => {
    const request = route.request();
    const copied = copiedDocuments.get(copy);
    if (request.url() === copied?.url) {
      return route.fulfill({ body: copied.html, contentType: 'text/html; charset=utf-8' });
    }
    return request.resourceType() === 'script' ? route.abort() : route.fallback();
  });
  return copy;
}

/** Leaves a copy page for the next audit (which loads its own document into it). */
function putCopyPageBack(copy: Page): void {
  const browser = copy.context().browser()!;
  if (!idleCopyPages.has(browser)) idleCopyPages.set(browser, []);
  idleCopyPages.get(browser)!.push(copy);
}
