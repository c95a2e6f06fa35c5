// Signed-in browser tests. A test file that needs a role says so, and each of its tests starts
// signed in as a user with that role:
//
//   test.use({ signedInAs: 'catalog' });
//
// For each role, one user is created (with test/factories) and signed in once per run through
// the real sign-in form; its cookies are then given to every test that asks for the role.
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import type { Role } from '@/lib/policy';
import { newSessionPath } from '@/lib/routes';
import { TEST_PASSWORD, userFactory } from '@/test/factories';

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

const signedInStates = new Map<Role, Promise<StorageState>>();

/** Signs in through the form on the sign-in page, and waits until the page it leads to. */
export async function signIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto(newSessionPath());
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** The cookies of a browser signed in as a user with `role` (created on first use). */
export function signedInState(
  browser: Browser,
  baseURL: string,
  role: Role,
): Promise<StorageState> {
  if (!signedInStates.has(role)) {
    signedInStates.set(
      role,
      (async () => {
        const user = await userFactory.create({ role, name: `Test ${role} user` });
        // Signed out: inside a test, a new context would otherwise get that test's cookies.
        const context = await browser.newContext({
          baseURL,
          storageState: { cookies: [], origins: [] },
        });
        try {
          await signIn(await context.newPage(), user.email);
          return await context.storageState();
        } finally {
          await context.close();
        }
      })(),
    );
  }
  return signedInStates.get(role)!;
}
