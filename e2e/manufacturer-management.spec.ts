import type { Page } from '@playwright/test';
import {
  editManufacturerPath,
  manufacturerPath,
  manufacturersPath,
  newManufacturerPath,
} from '@/lib/routes';
import { manufacturerFactory, widgetFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { expectEveryCustomElementServerRendered } from './support/components';
import { uniqueWord } from './support/data';
import { flashMessage, javaScriptEnabled, nextPostStatus } from './support/pages';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Signed in as a catalog user: merchandising keeps the catalogue (lib/policy.ts).
test.use({ signedInAs: 'catalog' });

// Creating, editing and deleting manufacturers (PRODUCT.md §4, §6), with and without JavaScript.

async function fillForm(page: Page, fields: { name?: string; street?: string; zip?: string }) {
  if (fields.name !== undefined) await page.getByLabel('Name').fill(fields.name);
  if (fields.street !== undefined) await page.getByLabel('Street').fill(fields.street);
  if (fields.zip !== undefined) await page.getByLabel('Zip').fill(fields.zip);
}

/** Deletes the manufacturer whose page is open: "Delete", then "Yes, delete". */
async function confirmDelete(page: Page) {
  // Without JavaScript "Delete" opens a disclosure; with it, a dialog (the component's own test).
  if (javaScriptEnabled()) {
    await expect(page.locator('confirm-delete-button dialog')).toBeAttached();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
  } else {
    await page.getByText('Delete', { exact: true }).click();
  }
  await page.getByRole('button', { name: 'Yes, delete' }).click();
}

test('the new and edit forms are labelled and pass the audit', async ({ page }) => {
  await page.goto(newManufacturerPath());

  await expect(page.getByRole('heading', { level: 1, name: 'New Manufacturer' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Street' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Zip' })).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Create' })).toBeVisible();
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  const manufacturer = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  const address = await testDb.address.findUniqueOrThrow({ where: { id: manufacturer.addressId } });
  await page.goto(editManufacturerPath(manufacturer.id));

  await expect(page.getByRole('heading', { level: 1, name: 'Edit Manufacturer' })).toBeVisible();
  await expect(page).toHaveTitle(`Edit ${manufacturer.name} · Widgets`);
  await expect(page.getByLabel('Name')).toHaveValue(manufacturer.name);
  await expect(page.getByLabel('Street')).toHaveValue(address.street);
  await expect(page.getByLabel('Zip')).toHaveValue(address.zip);
  await expect(page.getByRole('button', { name: 'Update' })).toBeVisible();
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);
});

test('a new manufacturer, from the list, lands on its page with "Manufacturer created."', async ({
  page,
}) => {
  const name = `Cyberdyne ${uniqueWord()}`;
  await page.goto(manufacturersPath());

  await page.getByRole('link', { name: 'New manufacturer' }).click();
  await expect(page).toHaveURL(newManufacturerPath());
  await fillForm(page, { name: `  ${name} `, street: '18144 El Camino Real', zip: '94086' });
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(flashMessage(page)).toHaveText('Manufacturer created.');
  await expect(page.locator('address')).toHaveText('18144 El Camino Real94086');
  const manufacturer = await testDb.manufacturer.findUniqueOrThrow({ where: { name } });
  await expect(page).toHaveURL(manufacturerPath(manufacturer.id));
  await expectNoAccessibilityViolations(page);
});

test('a refused new manufacturer shows every error, keeps what was typed, and writes nothing', async ({
  page,
}) => {
  const street = `<b>${uniqueWord()}</b> Street`;
  await page.goto(newManufacturerPath());

  await fillForm(page, { name: '   ', street, zip: '9'.repeat(21) });
  const status = nextPostStatus(page);
  await page.getByRole('button', { name: 'Create' }).click();

  // A plain form post is refused with 422; Next's client router needs its 200 to apply the state.
  expect(await status).toBe(javaScriptEnabled() ? 200 : 422);
  const banner = page.getByRole('alert').filter({ hasText: 'The data you provided is not valid.' });
  await expect(banner).toContainText("Name can't be blank");
  await expect(banner).toContainText('Zip is too long (maximum is 20 characters)');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    "Name can't be blank",
  );
  await expect(page.getByRole('textbox', { name: 'Zip' })).toHaveAccessibleDescription(
    'Zip is too long (maximum is 20 characters)',
  );
  await expect(page.getByLabel('Street')).toHaveValue(street);
  await expect(page.getByLabel('Zip')).toHaveValue('9'.repeat(21));
  await expectNoAccessibilityViolations(page);
  expect(await testDb.address.count({ where: { street } })).toBe(0);
});

test('a name that is taken is refused', async ({ page }) => {
  const existing = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  await page.goto(newManufacturerPath());

  await fillForm(page, { name: existing.name, street: '1 Foundry Lane', zip: '15201' });
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    'Name has already been taken',
  );
  await expect(page.getByLabel('Name')).toHaveValue(existing.name);
  expect(await testDb.manufacturer.count({ where: { name: existing.name } })).toBe(1);
});

test('editing a manufacturer saves it and shows "Manufacturer updated."', async ({ page }) => {
  const manufacturer = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  const newName = `Acme Renamed ${uniqueWord()}`;
  await page.goto(manufacturerPath(manufacturer.id));

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(editManufacturerPath(manufacturer.id));
  await fillForm(page, { name: newName, street: '2 Anvil Road', zip: '15202' });
  await page.getByRole('button', { name: 'Update' }).click();

  await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();
  await expect(flashMessage(page)).toHaveText('Manufacturer updated.');
  await expect(page).toHaveURL(manufacturerPath(manufacturer.id));
  await expect(page.locator('address')).toHaveText('2 Anvil Road15202');
  expect(
    await testDb.manufacturer.findUniqueOrThrow({
      where: { id: manufacturer.id },
      select: { name: true, address: { select: { street: true, zip: true } } },
    }),
  ).toEqual({ name: newName, address: { street: '2 Anvil Road', zip: '15202' } });
});

test('a refused edit keeps what was typed and changes nothing', async ({ page }) => {
  const manufacturer = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  const typedName = `Acme Typed ${uniqueWord()}`;
  await page.goto(editManufacturerPath(manufacturer.id));

  await fillForm(page, { name: typedName, street: ' ' });
  const status = nextPostStatus(page);
  await page.getByRole('button', { name: 'Update' }).click();

  expect(await status).toBe(javaScriptEnabled() ? 200 : 422);
  await expect(page.getByRole('textbox', { name: 'Street' })).toHaveAccessibleDescription(
    "Street can't be blank",
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Manufacturer' })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(typedName);
  await expectNoAccessibilityViolations(page);
  expect(
    (await testDb.manufacturer.findUniqueOrThrow({ where: { id: manufacturer.id } })).name,
  ).toBe(manufacturer.name);
});

test('deleting a manufacturer without widgets goes to the list with "Manufacturer deleted."', async ({
  page,
}) => {
  const manufacturer = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  await page.goto(manufacturerPath(manufacturer.id));

  await confirmDelete(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Manufacturers' })).toBeVisible();
  await expect(page).toHaveURL(manufacturersPath());
  await expect(flashMessage(page)).toHaveText('Manufacturer deleted.');
  expect(await testDb.manufacturer.findUnique({ where: { id: manufacturer.id } })).toBeNull();
  expect(await testDb.address.findUnique({ where: { id: manufacturer.addressId } })).toBeNull();
});

test('a manufacturer that still has widgets is not deleted, and the page says why', async ({
  page,
}) => {
  const manufacturer = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  const widget = await widgetFactory.create({ manufacturerId: manufacturer.id });
  await page.goto(manufacturerPath(manufacturer.id));

  const status = nextPostStatus(page);
  await confirmDelete(page);

  // Without JavaScript the post is answered with a redirect back to the manufacturer.
  if (!javaScriptEnabled()) expect(await status).toBe(303);
  await expect(flashMessage(page)).toHaveText('This manufacturer still has widgets.');
  await expect(flashMessage(page).getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(manufacturerPath(manufacturer.id));
  await expect(page.getByRole('heading', { level: 1, name: manufacturer.name })).toBeVisible();
  await expect(page.getByRole('link', { name: widget.name })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect(await testDb.manufacturer.findUnique({ where: { id: manufacturer.id } })).not.toBeNull();
  expect(await testDb.widget.findUnique({ where: { id: widget.id } })).not.toBeNull();
});

// How the server reads the id: the same with or without the page's JavaScript (not-found.spec.ts
// shows the page in both), so this runs once, in the no-js project.
test(
  'the edit page of an unknown or malformed id is not found',
  { tag: '@no-js-only' },
  async ({ page }) => {
    for (const path of [editManufacturerPath(999_999_999), '/manufacturers/abc/edit']) {
      await test.step(path, async () => {
        const response = await page.goto(path);

        expect(response?.status(), path).toBe(404);
        await expect(
          page.getByRole('heading', { level: 1, name: 'Page not found' }),
          path,
        ).toBeVisible();
      });
    }
  },
);

test('a form about a manufacturer deleted meanwhile leads to the list, which says so', async ({
  page,
}) => {
  const edited = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  const deleted = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });

  await page.goto(editManufacturerPath(edited.id));
  await testDb.manufacturer.delete({ where: { id: edited.id } });
  await page.getByRole('button', { name: 'Update' }).click();

  await expect(page).toHaveURL(manufacturersPath());
  await expect(flashMessage(page)).toHaveText('That manufacturer no longer exists.');

  await page.goto(manufacturerPath(deleted.id));
  await testDb.manufacturer.delete({ where: { id: deleted.id } });
  await confirmDelete(page);

  await expect(page).toHaveURL(manufacturersPath());
  await expect(flashMessage(page)).toHaveText('That manufacturer no longer exists.');
  await expectNoAccessibilityViolations(page);
});
