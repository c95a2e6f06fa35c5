import type { Page, Response } from '@playwright/test';
import {
  editWidgetPath,
  manufacturerPath,
  manufacturersPath,
  newManufacturerPath,
  newSessionPath,
  newWidgetPath,
  widgetPath,
  widgetsPath,
} from '@/lib/routes';
import { manufacturerFactory, TEST_PASSWORD, userFactory, widgetFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { uniqueWord } from './support/data';
import { signedInState, signIn } from './support/sessions';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Signing in and out (PRODUCT.md §1, §4: /session/new), and what each role may and may not do
// (lib/policy.ts, enforced by lib/authorization.ts), with and without JavaScript. Tests that
// change a user make their own (userFactory), so the shared role sessions (support/sessions.ts)
// stay valid.

const FORBIDDEN = 'You are not allowed to do that.';
const INVALID = 'Invalid email or password.';
const THROTTLED = 'Too many failed sign-ins. Try again in 15 minutes.';

const javaScriptEnabled = () => test.info().project.use.javaScriptEnabled !== false;

/** The status a refused plain form post gets; Next's client router needs its 200 instead. */
function refusedStatus(status: 422 | 429): number {
  return javaScriptEnabled() ? 200 : status;
}

/** Fills in the sign-in form on the page and submits it; returns the answer to the post. */
async function submitSignIn(page: Page, email: string, password: string): Promise<Response> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const answer = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Sign in' }).click();
  return answer;
}

const header = (page: Page) => page.getByRole('banner');
const forbiddenHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: FORBIDDEN, exact: true });

/** Opens the delete question on a record's page and answers "Yes, delete". */
async function confirmDelete(page: Page): Promise<void> {
  // Without JavaScript "Delete" opens a disclosure; with it, a dialog (the component's own test).
  if (javaScriptEnabled()) {
    await expect(page.locator('confirm-delete-button dialog')).toBeAttached();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
  } else {
    await page.getByText('Delete', { exact: true }).click();
  }
  await page.getByRole('button', { name: 'Yes, delete' }).click();
}

test.describe('signing in and out', () => {
  test('a visitor asking for a staff page signs in, comes back to it, and signs out', async ({
    page,
  }) => {
    const user = await userFactory.create({ role: 'catalog', name: `Ada ${uniqueWord()}` });

    await page.goto(newWidgetPath());

    await expect(page).toHaveURL(newSessionPath({ returnTo: newWidgetPath() }));
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveTitle('Sign in · Widgets');
    await expect(page.getByLabel('Email')).toBeFocused();
    await expectNoAccessibilityViolations(page);

    await submitSignIn(page, user.email, TEST_PASSWORD);

    await expect(page).toHaveURL(newWidgetPath());
    await expect(page.getByRole('heading', { level: 1, name: 'New Widget' })).toBeVisible();
    await expect(page.getByText(`Signed in as ${user.name}.`)).toBeVisible();
    await expect(header(page)).toContainText(`${user.name} (Catalog)`);
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await header(page).getByRole('button', { name: 'Sign out' }).click();

    await expect(page).toHaveURL(widgetsPath());
    await expect(page.getByText('Signed out.')).toBeVisible();
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(header(page).getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(header(page)).not.toContainText(user.name);
    await expectNoAccessibilityViolations(page);
    expect(await testDb.session.count({ where: { userId: user.id } })).toBe(0);

    await page.goto(newWidgetPath());
    await expect(page).toHaveURL(newSessionPath({ returnTo: newWidgetPath() }));
  });

  test("the header's Sign in link comes back to the page the visitor was on", async ({ page }) => {
    const user = await userFactory.create({ role: 'finance' });
    const widget = await widgetFactory.create({ name: `Sprocket ${uniqueWord()}` });
    await page.goto(widgetPath(widget.id));

    await header(page).getByRole('link', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(newSessionPath({ returnTo: widgetPath(widget.id) }));
    await submitSignIn(page, user.email, TEST_PASSWORD);
    await expect(page).toHaveURL(widgetPath(widget.id));
    await expect(header(page)).toContainText(`${user.name} (Finance)`);
    await expectNoAccessibilityViolations(page);
  });

  test.describe('signed in already', () => {
    test.use({ signedInAs: 'catalog' });

    test('someone already signed in skips the sign-in page', async ({ page }) => {
      await page.goto(newSessionPath({ returnTo: newManufacturerPath() }));

      await expect(page).toHaveURL(newManufacturerPath());
      await expectNoAccessibilityViolations(page);
    });
  });

  test('a wrong password or an unknown email is refused, keeping the email only', async ({
    page,
  }) => {
    const user = await userFactory.create();
    const attempts: [email: string, password: string][] = [
      [user.email, 'wrong password 12345'],
      [`nobody-${uniqueWord()}@example.com`, TEST_PASSWORD],
    ];
    for (const [email, password] of attempts) {
      await page.goto(newSessionPath());

      const answer = await submitSignIn(page, email, password);

      expect(answer.status(), email).toBe(refusedStatus(422));
      await expect(page.getByRole('alert').filter({ hasText: INVALID })).toHaveText(INVALID);
      await expect(page.getByLabel('Email')).toHaveValue(email);
      await expect(page.getByLabel('Password')).toHaveValue('');
      await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
    expect(await testDb.session.count({ where: { userId: user.id } })).toBe(0);
  });

  test('after 5 failures for an email, even the right password is refused for a while', async ({
    page,
  }) => {
    const user = await userFactory.create();
    await page.goto(newSessionPath());
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const answer = await submitSignIn(page, user.email, `wrong password ${attempt}`);

      expect(answer.status(), `attempt ${attempt}`).toBe(refusedStatus(422));
      await expect(page.getByRole('alert').filter({ hasText: INVALID })).toHaveText(INVALID);
    }

    const answer = await submitSignIn(page, user.email, TEST_PASSWORD);

    expect(answer.status()).toBe(refusedStatus(429));
    await expect(page.getByRole('alert').filter({ hasText: THROTTLED })).toHaveText(THROTTLED);
    await expect(page.getByLabel('Email')).toHaveValue(user.email);
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    expect(await testDb.session.count({ where: { userId: user.id } })).toBe(0);
  });

  test('a return_to off this site lands on the widget list instead', async ({ page, context }) => {
    const user = await userFactory.create();
    const offSite = [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '/.//evil.example',
    ];

    for (const returnTo of offSite) {
      // As a link to the sign-in page would carry it…
      await page.goto(newSessionPath({ returnTo }));
      await expectNoAccessibilityViolations(page);
      await submitSignIn(page, user.email, TEST_PASSWORD);
      await expect(page, returnTo).toHaveURL(widgetsPath());
      // Signed out again for the next sign-in (the Sign out button has its own tests above).
      await context.clearCookies();

      // …and as the form's hidden field, changed before it is posted.
      await page.goto(newSessionPath());
      await page
        .locator('input[name="return_to"]')
        .evaluate((input: HTMLInputElement, value) => (input.value = value), returnTo);
      await submitSignIn(page, user.email, TEST_PASSWORD);
      await expect(page, returnTo).toHaveURL(widgetsPath());
      await context.clearCookies();
    }
  });

  test('the session cookie is HttpOnly, SameSite=Lax and Secure, and gone after signing out', async ({
    page,
    context,
  }) => {
    const user = await userFactory.create();
    await signIn(page, user.email);
    await expectNoAccessibilityViolations(page);

    const sessionCookies = async () =>
      (await context.cookies()).filter((cookie) => cookie.name.endsWith('.session_token'));

    expect(await sessionCookies()).toEqual([
      expect.objectContaining({ httpOnly: true, sameSite: 'Lax', secure: true }),
    ]);

    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('Signed out.')).toBeVisible();
    expect(await sessionCookies()).toEqual([]);
  });
});

test.describe('catalog', () => {
  test.use({ signedInAs: 'catalog' });

  test('creates a manufacturer and a widget, and edits the widget but not its status', async ({
    page,
  }) => {
    const manufacturerName = `Cyberdyne ${uniqueWord()}`;
    const widgetName = `Stembolt ${uniqueWord()}`;

    await page.goto(manufacturersPath());
    await page.getByRole('link', { name: 'New manufacturer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New Manufacturer' })).toBeVisible();
    await page.getByLabel('Name').fill(manufacturerName);
    await page.getByLabel('Street').fill('1 Skynet Way');
    await page.getByLabel('Zip').fill('90210');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText('Manufacturer created.')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto(widgetsPath());
    await page.getByRole('link', { name: 'New widget' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New Widget' })).toBeVisible();
    await page.getByLabel('Name').fill(widgetName);
    await page.getByLabel('Price').fill('12.34');
    await page.getByLabel('Manufacturer').selectOption({ label: manufacturerName });
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText('Widget created.')).toBeVisible();
    await expect(page.getByTestId('widget-name')).toHaveText(widgetName);
    // Catalog keeps the catalogue but does not delete widgets.
    await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
    await expect(page.locator('confirm-delete-button')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit Widget' })).toBeVisible();
    await expect(page.getByLabel('Status')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await page.getByLabel('Name').fill(`${widgetName} Mk II`);
    await page.getByRole('button', { name: 'Update' }).click();

    await expect(page.getByText('Widget updated.')).toBeVisible();
    await expect(page.getByTestId('widget-name')).toHaveText(`${widgetName} Mk II`);
    await expect(page.getByText('Fresh', { exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test(
    "a forged post of a widget's delete form is refused with 403 and deletes nothing",
    {
      tag: '@no-js-only',
    },
    async ({ page, browser, baseURL }) => {
      const widget = await widgetFactory.create({ name: `Keeper ${uniqueWord()}` });
      await page.goto(widgetPath(widget.id));
      await expect(page.locator('confirm-delete-button')).toHaveCount(0);
      await expectNoAccessibilityViolations(page);

      // The delete form's fields (Next's hidden $ACTION_… ones too), as an admin's page has them.
      const admin = await browser.newContext({
        baseURL,
        javaScriptEnabled: false,
        storageState: await signedInState(browser, baseURL!, 'admin'),
      });
      let fields: [string, string][];
      try {
        const adminPage = await admin.newPage();
        await adminPage.goto(widgetPath(widget.id));
        await expectNoAccessibilityViolations(adminPage);
        fields = await adminPage
          .locator('confirm-delete-button > form')
          .evaluate((form: HTMLFormElement) =>
            [...new FormData(form)].map(([name, value]) => [name, String(value)]),
          );
      } finally {
        await admin.close();
      }
      expect(fields.some(([name]) => name.startsWith('$ACTION_'))).toBe(true);

      const response = await page.request.post(widgetPath(widget.id), {
        multipart: Object.fromEntries(fields),
        headers: { Origin: new URL(baseURL!).origin },
        maxRedirects: 0,
      });

      expect(response.status()).toBe(403);
      const html = await response.text();
      expect(html).toContain(`>${FORBIDDEN}</h1>`);
      expect(html).toContain('<title>Not allowed · Widgets</title>');
      expect(await testDb.widget.findUnique({ where: { id: widget.id } })).toEqual(widget);
    },
  );
});

test.describe('customer service', () => {
  test.use({ signedInAs: 'customer_service' });

  test("changes a widget's status and deletes a widget, but creates nothing", async ({ page }) => {
    const widget = await widgetFactory.create({ name: `Flange ${uniqueWord()}` });

    await page.goto(widgetsPath({ q: widget.name }));
    await expect(page.getByRole('link', { name: 'New widget' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: widget.name }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Status').selectOption({ label: 'Approved' });
    await page.getByRole('button', { name: 'Update' }).click();

    await expect(page.getByText('Widget updated.')).toBeVisible();
    await expect(page.getByText('Approved', { exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await confirmDelete(page);

    await expect(page.getByText('Widget deleted.')).toBeVisible();
    await expectNoAccessibilityViolations(page);
    expect(await testDb.widget.findUnique({ where: { id: widget.id } })).toBeNull();

    await page.goto(manufacturersPath());
    await expect(page.getByRole('link', { name: 'New manufacturer' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test('is refused the new manufacturer page with 403', async ({ page }) => {
    const response = await page.goto(newManufacturerPath());

    expect(response?.status()).toBe(403);
    await expect(forbiddenHeading(page)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('finance', () => {
  test.use({ signedInAs: 'finance' });

  test('browses widgets and manufacturers, offered no way to change them', async ({ page }) => {
    const widget = await widgetFactory.create({ name: `Gizmo ${uniqueWord()}` });

    await page.goto(widgetsPath({ q: widget.name }));
    await expect(page.getByRole('link', { name: widget.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'New widget' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: widget.name }).click();
    await expect(page.getByTestId('widget-name')).toHaveText(widget.name);
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(page.locator('confirm-delete-button')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await page.goto(manufacturerPath(widget.manufacturerId));
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(page.locator('confirm-delete-button')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test('is refused the new widget and edit widget pages with 403', async ({ page }) => {
    const widget = await widgetFactory.create({ name: `Gizmo ${uniqueWord()}` });

    for (const path of [newWidgetPath(), editWidgetPath(widget.id)]) {
      const response = await page.goto(path);

      expect(response?.status(), path).toBe(403);
      await expect(forbiddenHeading(page)).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }

    await page.getByRole('link', { name: 'Browse all widgets' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();
  });
});

test.describe('admin', () => {
  test.use({ signedInAs: 'admin' });

  test('is offered everything: new, edit with status, and delete', async ({ page }) => {
    const widget = await widgetFactory.create({ name: `Doohickey ${uniqueWord()}` });
    const manufacturer = await manufacturerFactory.create({ name: `Acme ${uniqueWord()}` });

    await page.goto(widgetsPath({ q: widget.name }));
    await expect(page.getByRole('link', { name: 'New widget' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto(widgetPath(widget.id));
    await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
    await expect(page.locator('confirm-delete-button')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);

    await page.goto(editWidgetPath(widget.id));
    await expect(page.getByLabel('Status')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto(manufacturersPath({ q: manufacturer.name }));
    await expect(page.getByRole('link', { name: 'New manufacturer' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto(manufacturerPath(manufacturer.id));
    await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
    await expect(page.locator('confirm-delete-button')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);

    for (const path of [newWidgetPath(), newManufacturerPath()]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expectNoAccessibilityViolations(page);
    }
  });
});

test('a user whose role no longer permits a form they opened is refused, and nothing is saved', async ({
  page,
}) => {
  const user = await userFactory.create({ role: 'catalog' });
  const name = `Revoked ${uniqueWord()}`;
  await signIn(page, user.email);
  await page.goto(newManufacturerPath());
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Street').fill('1 Demotion Road');
  await page.getByLabel('Zip').fill('12345');

  // An admin moves them to finance meanwhile.
  await testDb.user.update({ where: { id: user.id }, data: { role: 'finance' } });
  const answer = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Create' }).click();

  // Without JavaScript the post's answer is the forbidden page, through app/not-found.tsx; with
  // it, Next's client router shows app/forbidden.tsx in place of the form.
  expect((await answer).status()).toBe(403);
  await expect(forbiddenHeading(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveCount(0);
  // A page of its own has its own title and a header with the new role; Next's client router
  // keeps the form page's title and header.
  if (!javaScriptEnabled()) {
    await expect(page).toHaveTitle('Not allowed · Widgets');
    await expect(header(page)).toContainText(`${user.name} (Finance)`);
  }
  await expectNoAccessibilityViolations(page);
  expect(await testDb.manufacturer.count({ where: { name } })).toBe(0);
});
