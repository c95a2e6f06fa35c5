import type { Page, Request } from '@playwright/test';
import { styleguideComponentPath } from '@/lib/routes';
import { expect, expectNoAccessibilityViolations, test } from '../support/test';

// Signed in as a customer service user: support edits widgets, status included, and deletes them (lib/policy.ts).
test.use({ signedInAs: 'customer_service' });

// The confirm-delete button, on its style-guide page: without JavaScript it asks in place (a
// disclosure), with JavaScript in a modal dialog; either way only "Yes, delete" posts the form.
// The page's first example posts `example=default` to the page itself, which ignores it.

const examplePath = styleguideComponentPath('confirm-delete-button');

/** The first example's preview: the component with its default texts. */
const example = (page: Page) => page.getByTestId('example-preview').first();

/** Every POST the page makes from now on. */
function recordPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request);
  });
  return posts;
}

const deletePost = (page: Page) =>
  page.waitForRequest(
    (request) => request.method() === 'POST' && new URL(request.url()).pathname === examplePath,
  );

test.describe('without JavaScript', { tag: '@no-js-only' }, () => {
  test('Delete asks in place, and "Yes, delete" posts the form', async ({ page }) => {
    await page.goto(examplePath);
    const question = example(page).getByText('Are you sure?');
    await expect(question).toBeHidden();

    await example(page).getByText('Delete', { exact: true }).click();

    await expect(question).toBeVisible();
    await expect(example(page).getByRole('link', { name: 'Cancel' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const post = deletePost(page);
    await example(page).getByRole('button', { name: 'Yes, delete' }).click();

    expect((await post).postData()).toBe('example=default');
    await expect(page).toHaveURL(examplePath);
  });

  test('Cancel closes the question and deletes nothing', async ({ page }) => {
    const posts = recordPosts(page);
    await page.goto(examplePath);
    await example(page).getByText('Delete', { exact: true }).click();

    await example(page).getByRole('link', { name: 'Cancel' }).click();

    await expect(page).toHaveURL(examplePath);
    await expect(example(page).getByText('Are you sure?')).toBeHidden();
    expect(posts).toEqual([]);
  });
});

test.describe('with JavaScript', { tag: '@js-only' }, () => {
  /** Opens the page and waits until the component asks in a dialog. */
  async function openExample(page: Page) {
    await page.goto(examplePath);
    await expect(example(page).locator('dialog')).toBeAttached();
  }

  const dialog = (page: Page) => page.getByRole('alertdialog', { name: 'Are you sure?' });
  // The form's submit button is light DOM, slotted into the dialog in the element's shadow root:
  // on screen it is inside the dialog, but in the DOM it is not the dialog's descendant.
  const confirmButton = (page: Page) => example(page).getByRole('button', { name: 'Yes, delete' });

  test('Delete asks in a modal dialog; Cancel closes it, deletes nothing and gives the focus back', async ({
    page,
  }) => {
    const posts = recordPosts(page);
    await openExample(page);
    const trigger = example(page).getByRole('button', { name: 'Delete', exact: true });
    await expect(confirmButton(page)).toBeHidden();

    await trigger.click();

    await expect(dialog(page)).toBeVisible();
    expect(await dialog(page).evaluate((element) => element.matches(':modal'))).toBe(true);
    await expect(dialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expect(confirmButton(page)).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await dialog(page).getByRole('button', { name: 'Cancel' }).click();

    await expect(dialog(page)).toBeHidden();
    await expect(trigger).toBeFocused();
    expect(posts).toEqual([]);
  });

  test('Escape closes the dialog and deletes nothing', async ({ page }) => {
    const posts = recordPosts(page);
    await openExample(page);
    await example(page).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog(page)).toBeVisible();

    await page.keyboard.press('Escape');

    await expect(dialog(page)).toBeHidden();
    expect(posts).toEqual([]);
  });

  test('"Yes, delete" in the dialog posts the form', async ({ page }) => {
    await openExample(page);
    await example(page).getByRole('button', { name: 'Delete', exact: true }).click();

    const post = deletePost(page);
    await confirmButton(page).click();

    expect((await post).postData()).toBe('example=default');
    await expect(page).toHaveURL(examplePath);
  });
});
