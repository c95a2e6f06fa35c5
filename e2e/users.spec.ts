import type { Browser, Locator, Page } from '@playwright/test';
import type { Role } from '@/lib/policy';
import { editUserPath, newSessionPath, newUserPath, usersPath, widgetsPath } from '@/lib/routes';
import { TEST_PASSWORD, userFactory } from '@/test/factories';
import { testDb } from '@/test/support/database';
import { expectEveryCustomElementServerRendered } from './support/components';
import { uniqueWord } from './support/data';
import { signIn, signedInState } from './support/sessions';
import { flashMessage, javaScriptEnabled, nextPostStatus } from './support/pages';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// Signed in as an admin: only admins manage staff accounts (lib/policy.ts).
test.use({ signedInAs: 'admin' });

// The users pages (PRODUCT.md §1, §4): the list, creating a user with a role, changing a role,
// deactivating a user (who is signed out at once), and what no one but an admin may do.

/** A second browser, as another person would use: its own cookies, the project's JavaScript. */
async function anotherBrowser(browser: Browser, baseURL: string, role?: Role): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: javaScriptEnabled(),
    storageState: role ? await signedInState(browser, baseURL, role) : undefined,
  });
  return context.newPage();
}

/** The row of the users table that shows `text`. */
const rowWith = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

/** Deactivates the user whose edit page is open: "Deactivate", then "Yes, deactivate". */
async function confirmDeactivation(page: Page) {
  // Without JavaScript "Deactivate" opens a disclosure; with it, a dialog (ConfirmDeleteButton).
  if (javaScriptEnabled()) {
    await expect(page.locator('confirm-delete-button dialog')).toBeAttached();
    await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
  } else {
    await page.getByText('Deactivate', { exact: true }).click();
  }
  await page.getByRole('button', { name: 'Yes, deactivate' }).click();
}

/** The hidden fields of `form` as the server rendered them (Next's $ACTION_… fields among them). */
async function hiddenFieldsOf(form: Locator): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const input of await form.locator('input[type="hidden"]').all()) {
    const name = await input.getAttribute('name');
    if (name) fields[name] = (await input.getAttribute('value')) ?? '';
  }
  return fields;
}

/** The signed-in admin every test of this file starts as (e2e/support/sessions.ts). */
function signedInAdmin() {
  return testDb.user.findFirstOrThrow({
    where: { name: 'Test admin user', role: 'admin' },
    orderBy: { id: 'desc' },
  });
}

test('the list shows each user’s role and state, is searched by name or email, and passes the audit', async ({
  page,
}) => {
  const word = uniqueWord();
  await userFactory.create({ name: `Ada ${word}`, role: 'finance' });
  await userFactory.create({
    name: `Bob ${word}`,
    role: 'customer_service',
    deactivatedAt: new Date('2026-03-04T12:00:00Z'),
  });
  await userFactory.create({ name: 'Test Carla', email: `carla-${word}@example.com` });
  await page.goto(widgetsPath());

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await page.getByLabel('Search by name or email').fill(word);
  await page.getByRole('button', { name: 'Search' }).click();

  await expect(page).toHaveURL(usersPath({ sort: 'name', q: word }));
  await expect(page.getByRole('table')).toContainText(`Users matching “${word}”, sorted by name`);
  await expect(rowWith(page, `Ada ${word}`)).toContainText('Finance');
  await expect(rowWith(page, `Ada ${word}`)).toContainText('Active');
  await expect(rowWith(page, `Bob ${word}`)).toContainText('Customer service');
  await expect(rowWith(page, `Bob ${word}`)).toContainText('Deactivated on Mar 4, 2026');
  await expect(rowWith(page, `carla-${word}@example.com`)).toContainText('Test Carla');
  await expect(page.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('link', { name: 'New user' })).toHaveAttribute('href', newUserPath());
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);
});

test('an admin creates a user with a role, who can then sign in with it', async ({
  page,
  browser,
  baseURL,
}) => {
  const word = uniqueWord();
  const name = `Grace ${word}`;
  const email = `Grace-${word}@Example.com`;
  const password = `password ${word}`;
  await page.goto(newUserPath());

  await expect(page.getByRole('heading', { level: 1, name: 'New User' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Role' }).locator('option').first()).toHaveText(
    '-- Choose --',
  );
  await expect(page.getByLabel('Password')).toHaveAttribute('type', 'password');
  await expect(page.getByLabel('Password')).toHaveAttribute('autocomplete', 'new-password');
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role').selectOption({ label: 'Customer service' });
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page).toHaveURL(usersPath());
  await expect(flashMessage(page)).toHaveText('User created.');
  await expectNoAccessibilityViolations(page);
  expect(await testDb.user.findUniqueOrThrow({ where: { email } })).toMatchObject({
    name,
    role: 'customer_service',
    deactivatedAt: null,
  });

  // They sign in, in a browser of their own, with any capitals in their email.
  const theirPage = await anotherBrowser(browser, baseURL!);
  await signIn(theirPage, email.toLowerCase(), password);

  await expect(theirPage.getByRole('banner')).toContainText(`${name} (Customer service)`);
  await theirPage.context().close();
});

test('a refused new user shows every error, keeps what was typed but the password, and writes nothing', async ({
  page,
}) => {
  const word = uniqueWord();
  // Shorter than the minimum, and unlike anything else on the page.
  const password = uniqueWord().slice(0, 10);
  await page.goto(newUserPath());

  await page.getByLabel('Name').fill('   ');
  await page.getByLabel('Email').fill(`not-an-email-${word}`);
  await page.getByLabel('Password').fill(password);
  const answer = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Create' }).click();

  // A plain form post is refused with 422; Next's client router needs its 200 to apply the state.
  const response = await answer;
  expect(response.status()).toBe(javaScriptEnabled() ? 200 : 422);
  // The page the plain post gets back. (With JavaScript, Next's client router has consumed the
  // answer by now, and the page's HTML below is checked instead.)
  if (!javaScriptEnabled()) expect(await response.text()).not.toContain(password);
  const banner = page.getByRole('alert').filter({ hasText: 'The data you provided is not valid.' });
  await expect(banner).toContainText("Name can't be blank");
  await expect(banner).toContainText('Email is invalid');
  await expect(banner).toContainText("Role can't be blank");
  await expect(banner).toContainText('Password is too short (minimum is 12 characters)');
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
    'Email is invalid',
  );
  await expect(page.getByLabel('Email')).toHaveValue(`not-an-email-${word}`);
  await expect(page.getByLabel('Password')).toHaveValue('');
  expect(await page.content()).not.toContain(password);
  await expectNoAccessibilityViolations(page);
  expect(await testDb.user.count({ where: { email: { contains: word } } })).toBe(0);
});

test('an email already taken, in any capitals, is refused', async ({ page }) => {
  const existing = await userFactory.create();
  await page.goto(newUserPath());

  await page.getByLabel('Name').fill(`Test ${uniqueWord()}`);
  await page.getByLabel('Email').fill(existing.email.toUpperCase());
  await page.getByLabel('Role').selectOption({ label: 'Finance' });
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
    'Email has already been taken',
  );
  await expect(page.getByLabel('Role')).toHaveValue('finance');
  await expect(page.getByLabel('Password')).toHaveValue('');
  expect(await testDb.user.count({ where: { email: existing.email } })).toBe(1);
});

test('an admin changes a user’s role from the list', async ({ page }) => {
  const word = uniqueWord();
  const user = await userFactory.create({ name: `Carla ${word}`, role: 'catalog' });
  await page.goto(usersPath({ q: word }));

  await page.getByRole('link', { name: user.name }).click();

  await expect(page).toHaveURL(editUserPath(user.id));
  await expect(page.getByRole('heading', { level: 1, name: 'Edit User' })).toBeVisible();
  await expect(page).toHaveTitle(`Edit ${user.name} · Widgets`);
  await expect(page.getByLabel('Name')).toHaveValue(user.name);
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await expect(page.getByLabel('Email')).not.toBeEditable();
  await expect(page.getByLabel('Role')).toHaveValue('catalog');
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Role').selectOption({ label: 'Finance' });
  await page.getByRole('button', { name: 'Update' }).click();

  await expect(page).toHaveURL(usersPath());
  await expect(flashMessage(page)).toHaveText('User updated.');
  expect(await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
    name: user.name,
    role: 'finance',
    email: user.email,
  });
});

test('a refused edit keeps what was chosen and changes nothing', async ({ page }) => {
  const user = await userFactory.create({ role: 'catalog' });
  await page.goto(editUserPath(user.id));

  await page.getByLabel('Name').fill(' ');
  await page.getByLabel('Role').selectOption({ label: 'Admin' });
  const status = nextPostStatus(page);
  await page.getByRole('button', { name: 'Update' }).click();

  expect(await status).toBe(javaScriptEnabled() ? 200 : 422);
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    "Name can't be blank",
  );
  await expect(page.getByLabel('Role')).toHaveValue('admin');
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await expectNoAccessibilityViolations(page);
  expect(await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
    name: user.name,
    role: 'catalog',
  });
});

test('a deactivated user is signed out at once and can no longer sign in', async ({
  page,
  browser,
  baseURL,
}) => {
  const user = await userFactory.create({ name: `Dora ${uniqueWord()}`, role: 'catalog' });
  const theirPage = await anotherBrowser(browser, baseURL!);
  await signIn(theirPage, user.email);
  await page.goto(editUserPath(user.id));
  await expectNoAccessibilityViolations(page);

  await confirmDeactivation(page);

  await expect(page).toHaveURL(usersPath());
  await expect(flashMessage(page)).toHaveText('User deactivated.');
  expect(await testDb.session.count({ where: { userId: user.id } })).toBe(0);

  // Their next page load finds them signed out.
  await theirPage.reload();
  await expect(theirPage.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(theirPage.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await theirPage.goto(newSessionPath());
  await theirPage.getByLabel('Email').fill(user.email);
  await theirPage.getByLabel('Password').fill(TEST_PASSWORD);
  await theirPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(theirPage.getByText('Invalid email or password.')).toBeVisible();
  await theirPage.context().close();

  // Their page says so, and offers no second deactivation.
  await page.goto(editUserPath(user.id));
  await expect(page.getByText(/^Deactivated on .*: this user cannot sign in\.$/)).toBeVisible();
  await expect(page.getByText('Deactivate', { exact: true })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});

test('an admin’s own page changes their name only: no role field, no deactivation', async ({
  page,
}) => {
  const admin = await signedInAdmin();
  await page.goto(editUserPath(admin.id));

  await expect(
    page.getByText('This is you. Another admin can change your role or deactivate your account.'),
  ).toBeVisible();
  await expect(page.getByLabel('Role')).toHaveCount(0);
  await expect(page.getByText('Deactivate', { exact: true })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Update' }).click();

  await expect(flashMessage(page)).toHaveText('User updated.');
  expect(await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
    name: admin.name,
    role: 'admin',
    deactivatedAt: null,
  });
});

test('a form about a user who is not there leads to the list, which says so', async ({ page }) => {
  const user = await userFactory.create();
  await page.goto(editUserPath(user.id));
  // Written around the app, which never deletes users.
  await testDb.user.delete({ where: { id: user.id } });

  await page.getByRole('button', { name: 'Update' }).click();

  await expect(page).toHaveURL(usersPath());
  await expect(flashMessage(page)).toHaveText('That user no longer exists.');
  await expectNoAccessibilityViolations(page);
});

// How the server answers addresses and requests it refuses: the same with or without the page's
// JavaScript (not-found.spec.ts and sessions.spec.ts show those pages in both). So these run
// once, in the no-js project.
test.describe('addresses and refusals', { tag: '@no-js-only' }, () => {
  test('an unknown or malformed id is not found', async ({ page }) => {
    for (const path of [editUserPath(999_999_999), '/users/abc/edit']) {
      await test.step(path, async () => {
        const response = await page.goto(path);

        expect(response?.status(), path).toBe(404);
        await expect(
          page.getByRole('heading', { level: 1, name: 'Page not found' }),
          path,
        ).toBeVisible();
      });
    }
  });

  test('malformed list parameters show the first page, never an error', async ({ page }) => {
    for (const path of ['/users?after=-1&sort=role', '/users?before=abc&q=%25_%5C%00']) {
      const response = await page.goto(path);

      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    }
  });

  test.describe('signed out', () => {
    test.use({ signedInAs: null });

    test('a visitor asking for a users page is sent to sign in, to come back to it', async ({
      page,
    }) => {
      await page.goto(newUserPath());

      await expect(page).toHaveURL(newSessionPath({ returnTo: newUserPath() }));
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    });
  });

  test.describe('signed in as a catalog user', () => {
    test.use({ signedInAs: 'catalog' });

    test('the users pages are forbidden, and not linked', async ({ page }) => {
      const user = await userFactory.create();

      for (const path of [usersPath(), newUserPath(), editUserPath(user.id)]) {
        const response = await page.goto(path);

        expect(response?.status(), path).toBe(403);
        await expect(
          page.getByRole('heading', { level: 1, name: 'You are not allowed to do that.' }),
        ).toBeVisible();
        await expect(page.getByRole('navigation', { name: 'Main' })).not.toContainText('Users');
        await expectNoAccessibilityViolations(page);
      }
    });
  });
});

// Posts made by hand, as a forger would, with the fields of a form an admin was shown (Next's
// $ACTION_… fields say which server action runs). They need no page JavaScript: no-js only.
test.describe('forged posts @no-js-only', () => {
  /** The hidden fields of the form with `button` at `path`, as the admin's browser received them. */
  async function adminFormFields(adminPage: Page, path: string, button: string) {
    await adminPage.goto(path);
    // A closed confirmation's button is hidden, which getByRole would not find.
    const form = adminPage.locator('form').filter({
      has: adminPage.locator('button', { hasText: button }),
    });
    return hiddenFieldsOf(form);
  }

  test.describe('by a catalog user', () => {
    test.use({ signedInAs: 'catalog' });

    test('a users form posted with a role changes nothing: 403', async ({
      page,
      browser,
      baseURL,
    }) => {
      const target = await userFactory.create({ role: 'catalog' });
      const adminPage = await anotherBrowser(browser, baseURL!, 'admin');
      const fields = await adminFormFields(adminPage, editUserPath(target.id), 'Update');
      const forged = { ...fields, name: 'Forged', role: 'admin' };

      const refused = await page.request.post(editUserPath(target.id), {
        multipart: forged,
        headers: { Origin: baseURL! },
        maxRedirects: 0,
      });

      expect(refused.status()).toBe(403);
      expect(await refused.text()).toContain('You are not allowed to do that.');
      expect(await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
        name: target.name,
        role: 'catalog',
      });

      // The same post from the admin goes through: the fields were a real post of the form.
      const accepted = await adminPage.request.post(editUserPath(target.id), {
        multipart: forged,
        headers: { Origin: baseURL! },
        maxRedirects: 0,
      });
      expect(accepted.status()).toBe(303);
      expect(await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
        name: 'Forged',
        role: 'admin',
      });
      await adminPage.context().close();
    });
  });

  test('an admin cannot post a role for themselves, nor deactivate themselves: 403', async ({
    page,
    baseURL,
  }) => {
    const admin = await signedInAdmin();
    const other = await userFactory.create();
    const ownForm = await adminFormFields(page, editUserPath(admin.id), 'Update');
    const deactivationForm = await adminFormFields(page, editUserPath(other.id), 'Yes, deactivate');

    const roleChange = await page.request.post(editUserPath(admin.id), {
      multipart: { ...ownForm, name: admin.name, role: 'catalog' },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    const deactivation = await page.request.post(editUserPath(other.id), {
      multipart: { ...deactivationForm, user_id: String(admin.id) },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });

    expect(roleChange.status()).toBe(403);
    expect(deactivation.status()).toBe(403);
    expect(await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: 'admin',
      deactivatedAt: null,
    });
    expect(await testDb.session.count({ where: { userId: admin.id } })).toBeGreaterThan(0);
  });
});
