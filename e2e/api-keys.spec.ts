import type { Locator, Page } from '@playwright/test';
import { apiKeyTokenDigest, apiKeyTokenPrefix } from '@/lib/api-key-tokens';
import { apiKeysPath, newApiKeyPath } from '@/lib/routes';
import { apiKeyFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { expectEveryCustomElementServerRendered } from './support/components';
import { uniqueWord } from './support/data';
import { flashMessage, javaScriptEnabled, nextPostStatus } from './support/pages';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Signed in as an admin: only admins manage API keys (lib/policy.ts).
test.use({ signedInAs: 'admin' });

// The API keys pages (PRODUCT.md §1, §2, §8): creating a key, which is shown once and then only by
// its prefix; one active key per client; deactivating a key. What no one but an admin may do is
// e2e/access-matrix.spec.ts's.

/** The row of the keys table that shows `text`. */
const rowWith = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

/** Fills in and submits the new-key form, which is open. */
async function submitNewKey(page: Page, clientName: string, role: string) {
  await page.getByLabel('Client name').fill(clientName);
  await page.getByLabel('Role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Create' }).click();
}

/** Deactivates the key of `row`: "Deactivate", then "Yes, deactivate". */
async function confirmDeactivation(row: Locator) {
  // Without JavaScript "Deactivate" opens a disclosure; with it, a dialog (ConfirmDeleteButton).
  if (javaScriptEnabled()) {
    await expect(row.locator('confirm-delete-button dialog')).toBeAttached();
    await row.getByRole('button', { name: 'Deactivate', exact: true }).click();
  } else {
    await row.getByText('Deactivate', { exact: true }).click();
  }
  await row.getByRole('button', { name: 'Yes, deactivate' }).click();
}

test('an admin creates a key and sees it once; the list shows only its prefix', async ({
  page,
}) => {
  const clientName = `Client ${uniqueWord()}`;
  await page.goto(apiKeysPath());

  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }),
  ).toHaveAttribute('href', apiKeysPath());
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await expect(page.getByRole('link', { name: 'New API key' })).toHaveAttribute(
    'href',
    newApiKeyPath(),
  );
  await page.goto(newApiKeyPath());

  await expect(page.getByRole('heading', { level: 1, name: 'New API key' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Client name' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Role' }).locator('option')).toHaveText([
    '-- Choose --',
    'Catalog',
    'Customer service',
    'Finance',
    'Admin',
  ]);
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  const answer = page.waitForResponse((response) => response.request().method() === 'POST');
  await submitNewKey(page, clientName, 'Finance');

  // Without JavaScript the post's answer is the page with the key: 201, and never stored.
  const response = await answer;
  expect(response.status()).toBe(javaScriptEnabled() ? 200 : 201);
  expect(response.headers()['cache-control']).toContain('no-store');
  const created = page.getByRole('region', { name: 'API key created.' });
  await expect(created).toContainText('Copy this key now. It will not be shown again.');
  await expect(created).toContainText(clientName);
  await expect(created).toContainText('Finance');
  const keyField = created.getByRole('textbox', { name: 'API key', exact: true });
  await expect(keyField).toHaveValue(/^widgets_[\w-]{43}$/);
  await expect(keyField).not.toBeEditable();
  await expect(keyField).toBeFocused();
  const token = await keyField.inputValue();
  expect(await testDb.apiKey.findFirstOrThrow({ where: { clientName } })).toMatchObject({
    role: 'finance',
    tokenPrefix: apiKeyTokenPrefix(token),
    tokenDigest: apiKeyTokenDigest(token),
    deactivatedAt: null,
  });
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await created.getByRole('link', { name: 'Back to API keys' }).click();

  await expect(page).toHaveURL(apiKeysPath());
  const row = rowWith(page, clientName);
  await expect(row).toContainText(`${apiKeyTokenPrefix(token)}…`);
  await expect(row).toContainText('Finance');
  await expect(row).toContainText('Active');
  // Neither the key nor its secret part is anywhere on the page any more.
  const secret = token.slice(apiKeyTokenPrefix(token).length);
  for (const html of [await page.content(), await (await page.request.get(apiKeysPath())).text()]) {
    expect(html).not.toContain(secret);
  }
});

test('a key without a client name or role is refused, every error shown', async ({ page }) => {
  await page.goto(newApiKeyPath());

  await page.getByLabel('Client name').fill('   ');
  const status = nextPostStatus(page);
  await page.getByRole('button', { name: 'Create' }).click();

  // A plain form post is refused with 422; Next's client router needs its 200 to apply the state.
  expect(await status).toBe(javaScriptEnabled() ? 200 : 422);
  const banner = page.getByRole('alert').filter({ hasText: 'The data you provided is not valid.' });
  await expect(banner).toContainText("Client name can't be blank");
  await expect(banner).toContainText("Role can't be blank");
  await expect(page.getByRole('textbox', { name: 'Client name' })).toHaveAccessibleDescription(
    "Client name can't be blank",
  );
  await expect(page.getByRole('region', { name: 'API key created.' })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});

test('a client with an active key gets another only once that one is deactivated', async ({
  page,
}) => {
  const existing = await apiKeyFactory.create({ clientName: `Client ${uniqueWord()}` });
  await page.goto(newApiKeyPath());

  const status = nextPostStatus(page);
  await submitNewKey(page, existing.clientName, 'Catalog');

  expect(await status).toBe(javaScriptEnabled() ? 200 : 422);
  await expect(page.getByRole('textbox', { name: 'Client name' })).toHaveAccessibleDescription(
    'Client name already has an active key',
  );
  await expect(page.getByLabel('Client name')).toHaveValue(existing.clientName);
  await expect(page.getByLabel('Role')).toHaveValue('catalog');
  await expectNoAccessibilityViolations(page);
  expect(await testDb.apiKey.count({ where: { clientName: existing.clientName } })).toBe(1);

  await page.goto(apiKeysPath());
  await confirmDeactivation(rowWith(page, existing.clientName));

  await expect(page).toHaveURL(apiKeysPath());
  await expect(flashMessage(page)).toHaveText('API key deactivated.');
  const row = rowWith(page, existing.clientName);
  await expect(row).toContainText(/Deactivated on \w{3} \d{1,2}, \d{4}/);
  await expect(row.getByText('Deactivate', { exact: true })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.goto(newApiKeyPath());
  await submitNewKey(page, existing.clientName, 'Catalog');

  await expect(page.getByRole('region', { name: 'API key created.' })).toBeVisible();
  expect(
    await testDb.apiKey.findMany({
      where: { clientName: existing.clientName },
      orderBy: { id: 'asc' },
      select: { id: true, deactivatedAt: true },
    }),
  ).toEqual([
    { id: existing.id, deactivatedAt: expect.any(Date) },
    { id: expect.any(Number), deactivatedAt: null },
  ]);
});

test.describe('signed in as a catalog user', () => {
  test.use({ signedInAs: 'catalog' });

  test('the API keys are forbidden, and not linked', async ({ page }) => {
    const response = await page.goto(apiKeysPath());

    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole('heading', { level: 1, name: 'You are not allowed to do that.' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).not.toContainText('API keys');
    await expectNoAccessibilityViolations(page);
  });
});
