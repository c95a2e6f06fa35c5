import type { APIResponse, Page } from '@playwright/test';
import {
  editManufacturerPath,
  editWidgetPath,
  manufacturerPath,
  manufacturersPath,
  newManufacturerPath,
  newWidgetPath,
  styleguidePath,
  widgetPath,
  widgetRatingsPath,
  widgetsPath,
} from '@/lib/routes';
import { widgetFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { uniqueWord } from './support/data';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// The security headers every page is served with, the Content-Security-Policy's nonce on every
// script, and the refusal of cross-origin posts (proxy.ts, lib/content-security-policy.ts,
// lib/cross-origin.ts). That the policy breaks nothing is shown by every test with JavaScript:
// e2e/support/test.ts fails any test during which the browser refused something under it.
// Headers and posts over HTTP are the same with or without the page's JavaScript: those tests
// run once, in the no-js project.

const EVIL_ORIGIN = 'https://evil.example';
const REFUSED = 'Cross-origin request refused.\n';

/** The nonce in a response's Content-Security-Policy (and the policy's script-src). */
function policyOf(response: APIResponse) {
  const policy = response.headers()['content-security-policy'] ?? '';
  const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '));
  const nonce = scriptSrc?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  return { policy, scriptSrc, nonce };
}

test.describe('security headers', { tag: '@no-js-only' }, () => {
  test('every page is served with the policy and headers, and every script carries the nonce', async ({
    request,
  }) => {
    const widget = await widgetFactory.create({ name: `Headers ${uniqueWord()}` });
    const pages = [
      widgetsPath(),
      widgetPath(widget.id),
      newWidgetPath(),
      editWidgetPath(widget.id),
      manufacturersPath(),
      manufacturerPath(widget.manufacturerId),
      newManufacturerPath(),
      editManufacturerPath(widget.manufacturerId),
      styleguidePath(),
      widgetPath(2_147_483_647), // the not-found page
    ];

    for (const path of pages) {
      const response = await request.get(path);
      const headers = response.headers();
      const { policy, scriptSrc, nonce } = policyOf(response);
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];

      expect(nonce, `${path}: a nonce in script-src (${policy})`).toBeTruthy();
      expect(scriptSrc, path).toContain("'strict-dynamic'");
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("object-src 'none'");
      expect(policy, path).toContain("base-uri 'self'");
      expect(policy, path).toContain("form-action 'self'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(scripts.length, `${path}: scripts`).toBeGreaterThan(0);
      for (const script of scripts) expect(script, path).toContain(` nonce="${nonce}"`);
    }
  });

  test('the nonce is new for every response', async ({ request }) => {
    const first = policyOf(await request.get(widgetsPath()));
    const second = policyOf(await request.get(widgetsPath()));

    expect(first.nonce).toBeTruthy();
    expect(second.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
  });
});

test.describe('under the policy', { tag: '@js-only' }, () => {
  test("the page's scripts run: the components take over from the server's HTML", async ({
    page,
  }) => {
    const widget = await widgetFactory.create({ name: `Scripted ${uniqueWord()}` });

    await page.goto(widgetPath(widget.id));

    await page.waitForFunction(() => customElements.get('widget-rating') !== undefined);
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('a cross-origin post', { tag: '@no-js-only' }, () => {
  const ratingsOf = (widgetId: number) => testDb.widgetRating.count({ where: { widgetId } });

  test('to /widget_ratings is refused with 403 and stores no rating', async ({ request }) => {
    const widget = await widgetFactory.create({ name: `Forged ${uniqueWord()}` });
    const form = { widget_id: String(widget.id), rating: '1' };

    const forgeries: Record<string, string>[] = [
      { Origin: EVIL_ORIGIN },
      { 'Sec-Fetch-Site': 'cross-site' },
      { Origin: EVIL_ORIGIN, 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of forgeries) {
      const response = await request.post(widgetRatingsPath(), { form, headers, maxRedirects: 0 });

      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toBe(REFUSED);
    }
    expect(await ratingsOf(widget.id)).toBe(0);
  });

  test('from our own origin is recorded', async ({ request, baseURL }) => {
    const widget = await widgetFactory.create({ name: `Genuine ${uniqueWord()}` });
    const form = { widget_id: String(widget.id), rating: '5' };

    const response = await request.post(widgetRatingsPath(), {
      form,
      headers: { Origin: new URL(baseURL!).origin, 'Sec-Fetch-Site': 'same-origin' },
      maxRedirects: 0,
    });

    expect(response.status()).toBe(303);
    expect(await ratingsOf(widget.id)).toBe(1);
  });
});

// A server action's form, posted from another origin: the fields the /manufacturers/new form
// really posts (with the hidden $ACTION_… fields Next writes for posts without JavaScript).
test.describe('a replayed server-action form post', { tag: '@no-js-only' }, () => {
  // The form is a catalog user's: the forgery carries their session cookie, as a browser would.
  test.use({ signedInAs: 'catalog' });

  /** The new-manufacturer form, filled in, as the browser would post it. */
  async function filledInForm(page: Page, name: string): Promise<Record<string, string>> {
    await page.goto(newManufacturerPath());
    await expectNoAccessibilityViolations(page);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Street').fill('1 Forgery Lane');
    await page.getByLabel('Zip').fill('12345');
    const fields: [string, string][] = await page
      .locator('main form')
      .evaluate((form: HTMLFormElement) =>
        [...new FormData(form)].map(([field, value]) => [field, String(value)]),
      );
    expect(fields.some(([field]) => field.startsWith('$ACTION_'))).toBe(true);
    return Object.fromEntries(fields);
  }

  const manufacturersNamed = (name: string) => testDb.manufacturer.count({ where: { name } });

  test('from another origin is refused with 403 and creates nothing', async ({ page }) => {
    const name = `Forged ${uniqueWord()}`;
    const multipart = await filledInForm(page, name);

    const forgeries: Record<string, string>[] = [
      { Origin: EVIL_ORIGIN },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of forgeries) {
      const response = await page.request.post(newManufacturerPath(), {
        multipart,
        headers,
        maxRedirects: 0,
      });

      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toBe(REFUSED);
    }
    expect(await manufacturersNamed(name)).toBe(0);
  });

  test('from our own origin creates the manufacturer', async ({ page, baseURL }) => {
    const name = `Genuine ${uniqueWord()}`;
    const multipart = await filledInForm(page, name);

    const response = await page.request.post(newManufacturerPath(), {
      multipart,
      headers: { Origin: new URL(baseURL!).origin, 'Sec-Fetch-Site': 'same-origin' },
      maxRedirects: 0,
    });

    expect(response.status()).toBe(303);
    expect(await manufacturersNamed(name)).toBe(1);
  });
});
