import { newWidgetPath, widgetsPath } from '@/lib/routes';
import { manufacturerFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { type CaughtEmail, mailCatcherInbox } from '@/test/support/mail-catcher';
import { expectEveryCustomElementServerRendered } from './support/components';
import { paddedIdentifier, uniqueWord } from './support/data';
import { completedJobs } from './support/jobs';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Signed in as a catalog user: merchandising keeps the catalogue (lib/policy.ts).
test.use({ signedInAs: 'catalog' });

// Creating a widget through the form (PRODUCT.md §5), with and without JavaScript, and the emails
// the worker sends afterwards (playwright.config.ts runs the worker and a mail catcher).

test('the widget list links to the form', async ({ page }) => {
  await page.goto(widgetsPath());
  await page.getByRole('link', { name: 'New widget' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'New Widget' })).toBeVisible();
  await expect(page).toHaveURL(newWidgetPath());
});

test('the form is labelled as PRODUCT.md says and passes the audit', async ({ page }) => {
  await page.goto(newWidgetPath());

  await expect(page.getByRole('heading', { level: 1, name: 'New Widget' })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveAttribute('placeholder', 'e.g. Stembolt');
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByLabel('Price')).toHaveAttribute('placeholder', 'e.g. 123.45');
  await expect(page.getByLabel('Manufacturer').locator('option').first()).toHaveText(
    '-- Choose --',
  );
  await expect(page.getByText(/cents/i)).toHaveCount(0);
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);
});

test('an empty form shows every error in place of the labels, and writes nothing', async ({
  page,
}) => {
  const widgetsBefore = await testDb.widget.count();
  await page.goto(newWidgetPath());

  const answer = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Create' }).click();

  // A plain form post is refused with 422; Next's client router needs its 200 to apply the state.
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  expect((await answer).status()).toBe(javaScriptEnabled ? 200 : 422);

  const banner = page.getByRole('alert').filter({ hasText: 'The data you provided is not valid.' });
  await expect(banner).toContainText('The data you provided is not valid.');
  for (const message of [
    "Name can't be blank",
    'Name is too short (minimum is 5 characters)',
    'Price is not a number',
    "Manufacturer can't be blank",
  ]) {
    await expect(banner).toContainText(message);
  }
  // The messages show in place of the labels; the controls keep their names and are described
  // by their messages.
  await expect(page.getByText("Name can't be blank", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    "Name can't be blank Name is too short (minimum is 5 characters)",
  );
  await expect(page.getByRole('textbox', { name: 'Price' })).toHaveAccessibleDescription(
    'Price is not a number',
  );
  await expect(page.getByRole('combobox', { name: 'Manufacturer' })).toHaveAccessibleDescription(
    "Manufacturer can't be blank",
  );
  await expectNoAccessibilityViolations(page);
  expect(await testDb.widget.count()).toBe(widgetsBefore);
});

test('a refused form keeps what was typed, the price in dollars', async ({ page }) => {
  const manufacturer = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  await page.goto(newWidgetPath());

  await page.getByLabel('Name').fill('Bolt');
  await page.getByLabel('Price').fill('12.50');
  await page.getByLabel('Manufacturer').selectOption({ label: manufacturer.name });
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    'Name is too short (minimum is 5 characters)',
  );
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Bolt');
  await expect(page.getByLabel('Price')).toHaveValue('12.50');
  await expect(page.getByLabel('Manufacturer')).toHaveValue(String(manufacturer.id));
});

test('a valid widget lands on its page with "Widget created."', async ({ page }) => {
  const manufacturer = await manufacturerFactory.create({ name: `Cyberdyne ${uniqueWord()}` });
  const name = `Stembolt ${uniqueWord()}`;
  await page.goto(newWidgetPath());

  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Price').fill('1234.56');
  await page.getByLabel('Manufacturer').selectOption({ label: manufacturer.name });
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Widget Information' })).toBeVisible();
  await expect(page.getByText('Widget created.')).toBeVisible();
  await expect(page.getByTestId('widget-name')).toHaveText(name);
  await expect(page.getByText('$1,234.56')).toBeVisible();
  const widget = await testDb.widget.findFirstOrThrow({ where: { name } });
  await expect(page.getByText(`ID #${paddedIdentifier(widget.id)}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/widgets/${widget.id}$`));
});

test('a high-priced widget sends finance exactly one email; an invalid one sends nothing', async ({
  page,
}) => {
  const inbox = mailCatcherInbox();
  const manufacturer = await manufacturerFactory.create({
    name: `Cyberdyne ${uniqueWord()}`,
    createdAt: new Date('2015-06-01'),
  });
  const name = `Stembolt ${uniqueWord()}`;
  const toFinance = (email: CaughtEmail) =>
    email.to.some(({ address }) => address === 'finance@example.com') && email.text.includes(name);

  // Refused first: no widget, so no job and no email.
  await page.goto(newWidgetPath());
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Price').fill('10000.01');
  await page.getByLabel('Manufacturer').selectOption({ label: manufacturer.name });
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page.getByText('Price must be less than or equal to $10,000.00').first(),
  ).toBeVisible();

  await page.getByLabel('Price').fill('7500.01');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Widget created.')).toBeVisible();

  const widget = await testDb.widget.findFirstOrThrow({ where: { name } });
  await expect.poll(() => completedJobs(widget.id), { timeout: 15_000 }).toBe(2);
  const emails = (await inbox.emails()).filter(toFinance);
  expect(emails).toHaveLength(1);
  expect(emails[0]!.subject).toContain('high-priced');
  expect(emails[0]!.text).toContain('$7,500.01');
  expect(emails[0]!.text).toContain(`#${paddedIdentifier(widget.id)}`);
  expect(emails[0]!.text).toContain(`by ${manufacturer.name}`);
});
