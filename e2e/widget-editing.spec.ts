import type { Page, Response } from '@playwright/test';
import { editWidgetPath, widgetPath } from '@/lib/routes';
import { manufacturerFactory, widgetFactory, widgetRatingFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { expectEveryCustomElementServerRendered } from './support/components';
import { uniqueWord } from './support/data';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Signed in as a customer service user: support edits widgets, status included, and deletes them (lib/policy.ts).
test.use({ signedInAs: 'customer_service' });

// Editing and deleting a widget (PRODUCT.md §6), with and without JavaScript: the shared widget
// form, optimistic locking (ADR 9) and the confirm-delete button.

const STALE_MESSAGE =
  'This widget was changed by someone else. Review the current values and save again.';

/** The status a refused plain form post gets; Next's client router needs its 200 instead. */
function refusedStatus(status: 409 | 422): number {
  return test.info().project.use.javaScriptEnabled === false ? status : 200;
}

/** Clicks Update and returns the answer to the form's post. */
async function update(page: Page): Promise<Response> {
  const answer = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Update' }).click();
  return answer;
}

test('the widget page links to a form showing the widget, labelled as the new form is', async ({
  page,
}) => {
  const manufacturer = await manufacturerFactory.create({ name: `Cyberdyne ${uniqueWord()}` });
  const widget = await widgetFactory.create({
    name: `Stembolt ${uniqueWord()}`,
    priceCents: 1_234_50,
    manufacturerId: manufacturer.id,
    statusName: 'Approved',
  });
  await page.goto(widgetPath(widget.id));
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Edit' }).click();

  await expect(page).toHaveURL(new RegExp(`${editWidgetPath(widget.id)}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Widget' })).toBeVisible();
  await expect(page).toHaveTitle(`Edit ${widget.name} · Widgets`);
  await expect(page.getByLabel('Name')).toHaveValue(widget.name);
  await expect(page.getByLabel('Price')).toHaveValue('1234.50');
  await expect(page.getByLabel('Manufacturer')).toHaveValue(String(manufacturer.id));
  await expect(page.getByLabel('Manufacturer').locator('option').first()).toHaveText(
    '-- Choose --',
  );
  await expect(page.getByLabel('Status').locator('option')).toHaveText([
    'Fresh',
    'Approved',
    'Archived',
  ]);
  await expect(page.getByLabel('Status').locator('option:checked')).toHaveText('Approved');
  await expect(page.getByRole('button', { name: 'Update' })).toBeVisible();
  await expect(page.getByText(/cents/i)).toHaveCount(0);
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Back to the widget' }).click();
  await expect(page.getByTestId('widget-name')).toHaveText(widget.name);
});

test('an edit is saved and the widget page says "Widget updated."', async ({ page }) => {
  const widget = await widgetFactory.create({ name: `Sprocket ${uniqueWord()}` });
  const other = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });
  const name = `Sprocket ${uniqueWord()}`;
  await page.goto(editWidgetPath(widget.id));

  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Price').fill('7600');
  await page.getByLabel('Manufacturer').selectOption({ label: other.name });
  await page.getByLabel('Status').selectOption({ label: 'Archived' });
  await page.getByRole('button', { name: 'Update' }).click();

  await expect(page.getByText('Widget updated.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${widgetPath(widget.id)}$`));
  await expect(page.getByTestId('widget-name')).toHaveText(name);
  await expect(page.getByText('$7,600.00')).toBeVisible();
  await expect(page.getByRole('link', { name: other.name })).toBeVisible();
  await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toMatchObject({
    name,
    priceCents: 7_600_00,
    manufacturerId: other.id,
    lockVersion: 1,
  });
});

test('a refused edit shows every error, keeps what was typed, and changes nothing', async ({
  page,
}) => {
  const widget = await widgetFactory.create({ name: `Flange ${uniqueWord()}` });
  await page.goto(editWidgetPath(widget.id));

  await page.getByLabel('Name').fill('Bolt');
  await page.getByLabel('Price').fill('1e9');
  await page.getByLabel('Status').selectOption({ label: 'Archived' });
  const answer = await update(page);

  expect(answer.status()).toBe(refusedStatus(422));
  const banner = page.getByRole('alert').filter({ hasText: 'The data you provided is not valid.' });
  await expect(banner).toContainText('Name is too short (minimum is 5 characters)');
  await expect(banner).toContainText('Price is not a number');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    'Name is too short (minimum is 5 characters)',
  );
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Bolt');
  await expect(page.getByLabel('Price')).toHaveValue('1e9');
  await expect(page.getByLabel('Status').locator('option:checked')).toHaveText('Archived');
  await expectNoAccessibilityViolations(page);
  expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(widget);

  // The version the form was opened at is kept too: correcting the errors saves.
  await page.getByLabel('Name').fill(`${widget.name} fixed`);
  await page.getByLabel('Price').fill('12.50');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText('Widget updated.')).toBeVisible();
  await expect(page.getByTestId('widget-name')).toHaveText(`${widget.name} fixed`);
});

test('a save based on an old version is refused with the current values; saving again works', async ({
  page,
  context,
}) => {
  const widget = await widgetFactory.create({ name: `Gizmo ${uniqueWord()}`, priceCents: 10_00 });
  await page.goto(editWidgetPath(widget.id));

  // Someone else opens the same form and saves first.
  const colleague = await context.newPage();
  await colleague.goto(editWidgetPath(widget.id));
  await colleague.getByLabel('Name').fill(`${widget.name} by a colleague`);
  await colleague.getByLabel('Price').fill('20.00');
  await colleague.getByRole('button', { name: 'Update' }).click();
  await expect(colleague.getByText('Widget updated.')).toBeVisible();
  await colleague.close();

  await page.getByLabel('Name').fill(`${widget.name} by me`);
  const answer = await update(page);

  expect(answer.status()).toBe(refusedStatus(409));
  await expect(page.getByRole('alert').filter({ hasText: STALE_MESSAGE })).toHaveText(
    STALE_MESSAGE,
  );
  await expect(page.getByLabel('Name')).toHaveValue(`${widget.name} by a colleague`);
  await expect(page.getByLabel('Price')).toHaveValue('20.00');
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);
  expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toMatchObject({
    name: `${widget.name} by a colleague`,
    lockVersion: 1,
  });

  // The form now carries the current version: a reviewed save goes through.
  await page.getByLabel('Name').fill(`${widget.name} by me`);
  await page.getByRole('button', { name: 'Update' }).click();

  await expect(page.getByText('Widget updated.')).toBeVisible();
  await expect(page.getByTestId('widget-name')).toHaveText(`${widget.name} by me`);
  await expect(page.getByText('$20.00')).toBeVisible();
  expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toMatchObject({
    name: `${widget.name} by me`,
    lockVersion: 2,
  });
});

test('names that look like HTML are shown as text, on the widget page and in the form', async ({
  page,
}) => {
  const word = uniqueWord();
  const widget = await widgetFactory.create({ name: `Plain ${word}` });
  const name = `<b>Bold</b> <img src=x onerror=alert(1)> ${word}`;
  await page.goto(editWidgetPath(widget.id));

  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Update' }).click();

  await expect(page.getByTestId('widget-name')).toHaveText(name);
  await expect(page.getByTestId('widget-name').locator('b, img')).toHaveCount(0);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Name')).toHaveValue(name);
  expect((await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).name).toBe(name);
});

// How the server reads the id: the same with or without the page's JavaScript (not-found.spec.ts
// shows the page in both), so this runs once, in the no-js project.
test(
  'the edit page of an unknown or malformed id is the "page not found" page',
  { tag: '@no-js-only' },
  async ({ page }) => {
    for (const path of [editWidgetPath(999_999_999), '/widgets/abc/edit', '/widgets/0012/edit']) {
      const response = await page.goto(path);

      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    }
    await expectNoAccessibilityViolations(page);
  },
);

test('saving a widget that was deleted meanwhile goes to the list, saying so', async ({ page }) => {
  const widget = await widgetFactory.create({ name: `Doomed ${uniqueWord()}` });
  await page.goto(editWidgetPath(widget.id));
  await testDb.widget.delete({ where: { id: widget.id } });

  await page.getByRole('button', { name: 'Update' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();
  await expect(page.getByText('That widget no longer exists.')).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

/** Opens the delete question on the widget page and answers "Yes, delete". */
async function confirmDelete(page: Page): Promise<void> {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  if (javaScriptEnabled) {
    // The element asks in a dialog once it runs in the browser.
    await expect(page.locator('confirm-delete-button dialog')).toBeAttached();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(
      page.getByRole('alertdialog', { name: 'Delete this widget and its ratings?' }),
    ).toBeVisible();
  } else {
    await page.getByText('Delete', { exact: true }).click();
    await expect(page.getByText('Delete this widget and its ratings?')).toBeVisible();
  }
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Yes, delete' }).click();
}

test('deleting a widget asks first, then removes it and its ratings', async ({ page }) => {
  const widget = await widgetFactory.create({ name: `Doohickey ${uniqueWord()}` });
  await widgetRatingFactory.createList(2, { widgetId: widget.id });
  await page.goto(widgetPath(widget.id));

  await confirmDelete(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();
  await expect(page.getByText('Widget deleted.')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect(await testDb.widget.findUnique({ where: { id: widget.id } })).toBeNull();
  expect(await testDb.widgetRating.count({ where: { widgetId: widget.id } })).toBe(0);
});

test('deleting a widget someone else deleted first goes to the list, saying so', async ({
  page,
}) => {
  const widget = await widgetFactory.create({ name: `Thingamajig ${uniqueWord()}` });
  await page.goto(widgetPath(widget.id));
  await testDb.widget.delete({ where: { id: widget.id } });

  await confirmDelete(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();
  await expect(page.getByText('That widget no longer exists.')).toBeVisible();
});

// Everything in a plain form post is the user's to change, the widget's id in its hidden field
// included. These posts are made as a browser without JavaScript would make them, from the fields
// of the real form, changed.
test.describe('a tampered edit form', { tag: '@no-js-only' }, () => {
  /** The edit form's fields, as the browser would post them, with `changes` applied. */
  async function tamperedPost(page: Page, changes: Record<string, string | null>) {
    const fields: [string, string][] = await page
      .locator('form:has(input[name="lock_version"])')
      .evaluate((form: HTMLFormElement) =>
        [...new FormData(form)].map(([name, value]) => [name, String(value)]),
      );
    const multipart = Object.fromEntries(fields);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) delete multipart[name];
      else multipart[name] = value;
    }
    return page.request.post(page.url(), { multipart, maxRedirects: 0 });
  }

  test("another widget's id cannot overwrite that widget: its version is not the form's", async ({
    page,
  }) => {
    const mine = await widgetFactory.create({ name: `Mine ${uniqueWord()}` });
    const theirs = await widgetFactory.create({ name: `Theirs ${uniqueWord()}`, lockVersion: 4 });
    await page.goto(editWidgetPath(mine.id));

    const answer = await tamperedPost(page, {
      id: String(theirs.id),
      name: `Overwritten ${uniqueWord()}`,
    });

    expect(answer.status()).toBe(409);
    expect(await testDb.widget.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
    expect(await testDb.widget.findUniqueOrThrow({ where: { id: mine.id } })).toEqual(mine);
  });

  test('an id that is not one goes to the list, changing nothing', async ({ page }) => {
    const widget = await widgetFactory.create({ name: `Gadget ${uniqueWord()}` });
    await page.goto(editWidgetPath(widget.id));

    for (const id of [null, '', 'abc', '-1', '1.5', '0042', '99999999999']) {
      const answer = await tamperedPost(page, { id });

      expect(answer.status(), String(id)).toBe(303);
      expect(answer.headers().location, String(id)).toMatch(/\/widgets$/);
    }
    expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(widget);
  });

  test('a missing or garbled version is answered as stale, never saved', async ({ page }) => {
    const widget = await widgetFactory.create({ name: `Gadget ${uniqueWord()}` });
    await page.goto(editWidgetPath(widget.id));

    for (const lockVersion of [null, '', 'abc', '-1', '99999999999']) {
      const answer = await tamperedPost(page, {
        lock_version: lockVersion,
        name: `Unversioned ${uniqueWord()}`,
      });

      expect(answer.status(), String(lockVersion)).toBe(409);
      expect(await answer.text()).toContain(STALE_MESSAGE);
    }
    expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(widget);
  });

  test('a status that is not one of the statuses is a field error', async ({ page }) => {
    const widget = await widgetFactory.create({ name: `Gadget ${uniqueWord()}` });
    await page.goto(editWidgetPath(widget.id));

    const answer = await tamperedPost(page, { widget_status_id: '2000000000' });

    expect(answer.status()).toBe(422);
    expect(await answer.text()).toMatch(/Status can(&#x27;|&#39;|')t be blank/);
    expect(await testDb.widget.findUniqueOrThrow({ where: { id: widget.id } })).toEqual(widget);
  });
});
