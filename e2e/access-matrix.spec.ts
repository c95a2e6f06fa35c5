// The access matrix (issue 6): for every page, server action and route handler of the app, and
// for every role and a signed-out visitor, whether the request is allowed, sent to sign in, or
// refused with 403 — and, for a write, that a refused one changes nothing and an allowed one
// does what it says. PRODUCT.md §1 and §4 are the source of the expectations, written out here
// as a table; lib/policy.ts is what is tested.
//
// The routes are read from the file system (app/**/page.tsx, route.ts, and the exports of each
// 'use server' actions.ts): a route or action that is not in the table fails the first test. The
// JSON API (app/api/) has its own, by API key: e2e/api/authentication.spec.ts.
//
// Writes are posted as a browser without JavaScript posts them: the form's own fields (with the
// hidden $ACTION_… fields Next writes) are read from the page an admin sees, then posted with
// each actor's session cookie from this site's origin — a forged post for those not shown the
// form. Every actor gets its own users and records, so each post's effect is its own.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Browser, BrowserContext } from '@playwright/test';
import type { Role } from '@/lib/policy';
import {
  apiKeysPath,
  editManufacturerPath,
  editUserPath,
  editWidgetPath,
  jobsPath,
  mailPreviewPath,
  mailPreviewsPath,
  manufacturerPath,
  manufacturersPath,
  newApiKeyPath,
  newManufacturerPath,
  newSessionPath,
  newUserPath,
  newWidgetPath,
  styleguideComponentPath,
  styleguidePath,
  styleguideTokensPath,
  usersPath,
  widgetPath,
  widgetRatingsPath,
  widgetsPath,
} from '@/lib/routes';
import {
  apiKeyFactory,
  manufacturerFactory,
  TEST_PASSWORD,
  userFactory,
  widgetFactory,
} from '@/test/factories';
import { testDb } from '@/test/support/database';
import { jobState, stopTestJobQueue } from '@/test/support/job-queue';
import { failedJob } from './support/jobs';
import { signIn } from './support/sessions';
import { expect, test } from './support/test';

type Actor = 'visitor' | Role;
const ACTORS: Actor[] = ['visitor', 'catalog', 'customer_service', 'finance', 'admin'];

/** Who may: everyone, or the listed actors (the others: visitors sign in, staff get 403). */
type Allowed = 'everyone' | Actor[];

// --- Pages -------------------------------------------------------------------------------------

type PageRow = {
  /** The page's path for this run's records. */
  path: () => string;
  allowed: Allowed;
  /** What an allowed request gets, when it is not 200. */
  allowedStatus?: (actor: Actor) => number;
};

// The records the pages are about, created before the tests.
let widgetId = 0;
let manufacturerId = 0;
let userId = 0;

const STYLEGUIDE_COMPONENTS = globSync('app/styleguide/*/page.tsx')
  .map((file) => path.basename(path.dirname(file)))
  .filter((slug) => slug !== 'tokens');

const PAGES: Record<string, PageRow> = {
  '/widgets': { path: () => widgetsPath(), allowed: 'everyone' },
  '/widgets/new': { path: () => newWidgetPath(), allowed: ['catalog', 'admin'] },
  '/widgets/[id]': { path: () => widgetPath(widgetId), allowed: 'everyone' },
  '/widgets/[id]/edit': {
    path: () => editWidgetPath(widgetId),
    allowed: ['catalog', 'customer_service', 'admin'],
  },
  '/manufacturers': { path: () => manufacturersPath(), allowed: 'everyone' },
  '/manufacturers/new': { path: () => newManufacturerPath(), allowed: ['catalog', 'admin'] },
  '/manufacturers/[id]': { path: () => manufacturerPath(manufacturerId), allowed: 'everyone' },
  '/manufacturers/[id]/edit': {
    path: () => editManufacturerPath(manufacturerId),
    allowed: ['catalog', 'admin'],
  },
  '/users': { path: () => usersPath(), allowed: ['admin'] },
  '/users/new': { path: () => newUserPath(), allowed: ['admin'] },
  '/users/[id]/edit': { path: () => editUserPath(userId), allowed: ['admin'] },
  '/api_keys': { path: () => apiKeysPath(), allowed: ['admin'] },
  '/api_keys/new': { path: () => newApiKeyPath(), allowed: ['admin'] },
  '/jobs': { path: () => jobsPath(), allowed: ['admin'] },
  // Signed in already: the sign-in page sends the user on (to the widgets).
  '/session/new': {
    path: () => newSessionPath(),
    allowed: 'everyone',
    allowedStatus: (actor) => (actor === 'visitor' ? 200 : 307),
  },
  // The style guide is for everyone where it is served (the suite serves it: playwright.config).
  '/styleguide': { path: () => styleguidePath(), allowed: 'everyone' },
  '/styleguide/tokens': { path: () => styleguideTokensPath(), allowed: 'everyone' },
  ...Object.fromEntries(
    STYLEGUIDE_COMPONENTS.map((slug) => [
      `/styleguide/${slug}`,
      { path: () => styleguideComponentPath(slug), allowed: 'everyone' as const },
    ]),
  ),
  // Development only: the production build answers 404 to everyone.
  '/mail_previews': {
    path: () => mailPreviewsPath(),
    allowed: 'everyone',
    allowedStatus: () => 404,
  },
  '/mail_previews/[slug]': {
    path: () => mailPreviewPath('high-priced-widget'),
    allowed: 'everyone',
    allowedStatus: () => 404,
  },
};

// --- Route handlers ----------------------------------------------------------------------------

type Effect = {
  /** Form fields to post (route handlers) or to put over the form's own (server actions). */
  fields: Record<string, string>;
  /** Whether the write happened. */
  happened: () => Promise<boolean>;
};

type WriteRow = {
  allowed: Allowed;
  /** Records of this actor's own, and how to tell whether its post changed them. */
  prepare: (actor: Actor) => Promise<Effect>;
  /** What an allowed post gets. */
  allowedStatus: number;
};

type RouteHandlerRow =
  | { method: 'GET'; path: () => string; allowed: Allowed }
  | ({ method: 'POST'; path: () => string } & WriteRow);

const ROUTE_HANDLERS: Record<string, RouteHandlerRow> = {
  'GET /up': { method: 'GET', path: () => '/up', allowed: 'everyone' },
  'GET /ready': { method: 'GET', path: () => '/ready', allowed: 'everyone' },
  'POST /widget_ratings': {
    method: 'POST',
    path: () => widgetRatingsPath(),
    allowed: 'everyone',
    allowedStatus: 303,
    prepare: async () => {
      const widget = await widgetFactory.create();
      return {
        fields: { widget_id: String(widget.id), rating: '4' },
        happened: async () =>
          (await testDb.widgetRating.count({ where: { widgetId: widget.id } })) > 0,
      };
    },
  },
};

// --- Server actions ----------------------------------------------------------------------------

type ActionRow = WriteRow & {
  /** The page the form is on, and which of its forms (by a field it has, or a CSS selector). */
  form: () => Promise<{ page: string; containing: string }>;
  /** Whose page the form is read from: an admin's, unless only someone else is shown it. */
  readAs?: Actor;
  /** Fields of the form to leave out (e.g. a field the actor's own form does not have). */
  omit?: string[];
};

const uniqueName = (label: string) => `Matrix ${label} ${Math.random().toString(36).slice(2, 10)}`;

const ACTIONS: Record<string, ActionRow> = {
  'app/widgets/actions.ts#createWidget': {
    allowed: ['catalog', 'admin'],
    allowedStatus: 303,
    form: async () => ({ page: newWidgetPath(), containing: 'input[name="price"]' }),
    prepare: async () => {
      const name = uniqueName('widget');
      return {
        fields: { name, price: '12.34', manufacturer_id: String(manufacturerId) },
        happened: async () => (await testDb.widget.count({ where: { name } })) > 0,
      };
    },
  },
  // Without the status field, as a catalog user's edit form posts it.
  'app/widgets/actions.ts#updateWidget': {
    allowed: ['catalog', 'customer_service', 'admin'],
    allowedStatus: 303,
    form: async () => ({
      page: editWidgetPath(widgetId),
      containing: 'input[name="lock_version"]',
    }),
    omit: ['widget_status_id'],
    prepare: async () => {
      const widget = await widgetFactory.create({ manufacturerId });
      const name = uniqueName('renamed');
      return {
        fields: { id: String(widget.id), name, lock_version: '0' },
        happened: async () => (await testDb.widget.count({ where: { id: widget.id, name } })) > 0,
      };
    },
  },
  // With it: changing a widget's status is for customer service and admins only.
  'app/widgets/actions.ts#updateWidget (status)': {
    allowed: ['customer_service', 'admin'],
    allowedStatus: 303,
    form: async () => ({
      page: editWidgetPath(widgetId),
      containing: 'input[name="lock_version"]',
    }),
    prepare: async () => {
      const widget = await widgetFactory.create({ manufacturerId, statusName: 'Fresh' });
      const archived = await testDb.widgetStatus.findUniqueOrThrow({ where: { name: 'Archived' } });
      const archivedWidget = { id: widget.id, widgetStatusId: archived.id };
      return {
        fields: {
          id: String(widget.id),
          name: widget.name,
          lock_version: '0',
          widget_status_id: String(archived.id),
        },
        happened: async () => (await testDb.widget.count({ where: archivedWidget })) > 0,
      };
    },
  },
  'app/widgets/actions.ts#destroyWidget': {
    allowed: ['customer_service', 'admin'],
    allowedStatus: 303,
    form: async () => ({ page: widgetPath(widgetId), containing: 'input[name="id"]' }),
    prepare: async () => {
      const widget = await widgetFactory.create({ manufacturerId });
      return {
        fields: { id: String(widget.id) },
        happened: async () => (await testDb.widget.count({ where: { id: widget.id } })) === 0,
      };
    },
  },
  'app/manufacturers/actions.ts#createManufacturer': {
    allowed: ['catalog', 'admin'],
    allowedStatus: 303,
    form: async () => ({ page: newManufacturerPath(), containing: 'input[name="street"]' }),
    prepare: async () => {
      const name = uniqueName('manufacturer');
      return {
        fields: { name, street: '1 Matrix Way', zip: '12345' },
        happened: async () => (await testDb.manufacturer.count({ where: { name } })) > 0,
      };
    },
  },
  'app/manufacturers/actions.ts#updateManufacturer': {
    allowed: ['catalog', 'admin'],
    allowedStatus: 303,
    form: async () => ({
      page: editManufacturerPath(manufacturerId),
      containing: 'input[name="street"]',
    }),
    prepare: async () => {
      const manufacturer = await manufacturerFactory.create();
      const name = uniqueName('renamed manufacturer');
      return {
        fields: { id: String(manufacturer.id), name, street: '2 Matrix Way', zip: '54321' },
        happened: async () =>
          (await testDb.manufacturer.count({ where: { id: manufacturer.id, name } })) > 0,
      };
    },
  },
  'app/manufacturers/actions.ts#destroyManufacturer': {
    allowed: ['catalog', 'admin'],
    allowedStatus: 303,
    form: async () => ({
      page: manufacturerPath(manufacturerId),
      containing: 'input[name="id"]',
    }),
    prepare: async () => {
      const manufacturer = await manufacturerFactory.create();
      return {
        fields: { id: String(manufacturer.id) },
        happened: async () =>
          (await testDb.manufacturer.count({ where: { id: manufacturer.id } })) === 0,
      };
    },
  },
  'app/users/actions.ts#createUser': {
    allowed: ['admin'],
    allowedStatus: 303,
    form: async () => ({ page: newUserPath(), containing: 'input[name="password"]' }),
    prepare: async () => {
      const email = `${uniqueName('user').replaceAll(' ', '-').toLowerCase()}@example.com`;
      return {
        fields: { name: 'Matrix User', email, role: 'finance', password: TEST_PASSWORD },
        happened: async () => (await testDb.user.count({ where: { email } })) > 0,
      };
    },
  },
  // A role change is the users form's write that matters: the tampered-role case.
  'app/users/actions.ts#updateUser': {
    allowed: ['admin'],
    allowedStatus: 303,
    form: async () => ({ page: editUserPath(userId), containing: 'select[name="role"]' }),
    prepare: async () => {
      const user = await userFactory.create({ role: 'finance' });
      return {
        fields: { id: String(user.id), name: user.name, role: 'admin' },
        happened: async () =>
          (await testDb.user.count({ where: { id: user.id, role: 'admin' } })) > 0,
      };
    },
  },
  'app/user_deactivations/actions.ts#createUserDeactivation': {
    allowed: ['admin'],
    allowedStatus: 303,
    form: async () => ({ page: editUserPath(userId), containing: 'input[name="user_id"]' }),
    prepare: async () => {
      const user = await userFactory.create({ role: 'finance' });
      return {
        fields: { user_id: String(user.id) },
        happened: async () =>
          (await testDb.user.count({ where: { id: user.id, deactivatedAt: { not: null } } })) > 0,
      };
    },
  },
  // The answer is the page showing the new key, once (no redirect could carry it): 201.
  'app/api_keys/actions.ts#createApiKey': {
    allowed: ['admin'],
    allowedStatus: 201,
    form: async () => ({ page: newApiKeyPath(), containing: 'input[name="client_name"]' }),
    prepare: async () => {
      const clientName = uniqueName('client');
      return {
        fields: { client_name: clientName, role: 'catalog' },
        happened: async () => (await testDb.apiKey.count({ where: { clientName } })) > 0,
      };
    },
  },
  // The form an admin sees is one active key's row; each actor posts its own key's id.
  'app/api_key_deactivations/actions.ts#createApiKeyDeactivation': {
    allowed: ['admin'],
    allowedStatus: 303,
    form: async () => {
      const { id } = await apiKeyFactory.create();
      return { page: apiKeysPath(), containing: `input[name="api_key_id"][value="${id}"]` };
    },
    prepare: async () => {
      const { id } = await apiKeyFactory.create();
      return {
        fields: { api_key_id: String(id) },
        happened: async () =>
          (await testDb.apiKey.count({ where: { id, deactivatedAt: { not: null } } })) > 0,
      };
    },
  },
  // The form an admin sees is one failed job's; each actor posts its own job's queue and id.
  'app/job_retries/actions.ts#createJobRetry': {
    allowed: ['admin'],
    allowedStatus: 303,
    form: async () => {
      const id = await failedJob();
      return { page: jobsPath(), containing: `input[name="id"][value="${id}"]` };
    },
    prepare: async () => {
      const id = await failedJob();
      return {
        fields: { queue: 'high-priced-widget-check', id },
        happened: async () => (await jobState(id)) === 'retry',
      };
    },
  },
  // Signing in is for everyone (a signed-in user may sign in as someone else).
  'app/session/actions.ts#createSession': {
    allowed: 'everyone',
    readAs: 'visitor',
    allowedStatus: 303,
    form: async () => ({ page: newSessionPath(), containing: 'input[name="return_to"]' }),
    prepare: async () => {
      const user = await userFactory.create({ role: 'finance' });
      return {
        fields: { email: user.email, password: TEST_PASSWORD },
        happened: async () => (await testDb.session.count({ where: { userId: user.id } })) > 0,
      };
    },
  },
  // Signing out is for everyone; a visitor's post just moves on. The effect: whoever the actor's
  // browser was signed in as, it is not any more. (Runs last: the actors' sessions end here.)
  'app/session/actions.ts#destroySession': {
    allowed: 'everyone',
    allowedStatus: 303,
    form: async () => ({ page: widgetsPath(), containing: 'header form' }),
    prepare: async (actor) => ({
      fields: {},
      happened: async () => {
        const response = await actorContexts
          .get(actor)!
          .request.get(newWidgetPath(), { maxRedirects: 0 });
        return response.status() === 307;
      },
    }),
  },
};

// --- The run ---------------------------------------------------------------------------------

const actorContexts = new Map<Actor, BrowserContext>();

/** A browser context signed in as a new user with the actor's role (none for a visitor). */
async function actorSession(browser: Browser, baseURL: string, actor: Actor) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  if (actor !== 'visitor') {
    const user = await userFactory.create({ role: actor });
    await signIn(await context.newPage(), user.email);
  }
  return context;
}

function allows(allowed: Allowed, actor: Actor): boolean {
  return allowed === 'everyone' || allowed.includes(actor);
}

/** The fields of the form an admin sees on `page` that contains `containing`. */
async function formFieldsOnPage(
  admin: BrowserContext,
  page: string,
  containing: string,
): Promise<Record<string, string>> {
  const tab = await admin.newPage();
  try {
    await tab.goto(page);
    const form = containing.startsWith('header')
      ? tab.locator(containing)
      : tab.locator('main form', { has: tab.locator(containing) });
    const fields: [string, string][] = await form.evaluate((element: HTMLFormElement) =>
      [...new FormData(element)].map(([field, value]) => [field, String(value)]),
    );
    return Object.fromEntries(fields);
  } finally {
    await tab.close();
  }
}

/** A refused write: a visitor is sent (303) to sign in, a signed-in user gets the 403 page. */
async function expectRefusal(
  response: Awaited<ReturnType<APIRequestContext['post']>>,
  actor: Actor,
  label: string,
) {
  if (actor === 'visitor') {
    expect(response.status(), label).toBe(303);
    expect(response.headers().location, label).toMatch(/^\/session\/new\?return_to=/);
  } else {
    expect(response.status(), label).toBe(403);
    expect(await response.text(), label).toContain('You are not allowed to do that.');
  }
}

test.describe('the access matrix @no-js-only', () => {
  test.describe.configure({ mode: 'serial' });

  test('covers every page, route handler and server action of the app', async () => {
    const pages = globSync('app/**/page.tsx').map((file) => routeOf(path.dirname(file)));
    // The JSON API's routes authenticate with keys, not sessions: e2e/api/authentication.spec.ts
    // is their matrix.
    const handlers = globSync('app/**/route.ts', { exclude: ['app/api/**'] }).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g,
        ),
      ].map(([, method]) => `${method} ${routeOf(path.dirname(file))}`),
    );
    const actions = globSync('app/**/actions.ts').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^export async function (\w+)/gm)].map(
        ([, name]) => `${file}#${name}`,
      ),
    );

    expect(pages.sort()).toEqual(Object.keys(PAGES).sort());
    expect(handlers.sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
    // A row may check one action in several ways: "…#updateWidget (status)".
    const actionRows = new Set(Object.keys(ACTIONS).map((row) => row.split(' ')[0]));
    expect(actions.sort()).toEqual([...actionRows].sort());
  });

  test.beforeAll(async ({ browser, baseURL }) => {
    const manufacturer = await manufacturerFactory.create();
    manufacturerId = manufacturer.id;
    widgetId = (await widgetFactory.create({ manufacturerId })).id;
    userId = (await userFactory.create({ role: 'catalog' })).id;
    for (const actor of ACTORS) {
      actorContexts.set(actor, await actorSession(browser, baseURL!, actor));
    }
  });

  test.afterAll(async () => {
    for (const context of actorContexts.values()) await context.close();
    await stopTestJobQueue();
  });

  for (const [route, row] of Object.entries(PAGES)) {
    test(`page ${route}`, async () => {
      for (const actor of ACTORS) {
        const label = `${actor} GET ${row.path()}`;
        const response = await actorContexts.get(actor)!.request.get(row.path(), {
          maxRedirects: 0,
        });
        if (allows(row.allowed, actor)) {
          expect(response.status(), label).toBe(row.allowedStatus?.(actor) ?? 200);
        } else if (actor === 'visitor') {
          expect(response.status(), label).toBe(307);
          expect(response.headers().location, label).toBe(newSessionPath({ returnTo: row.path() }));
        } else {
          expect(response.status(), label).toBe(403);
          expect(await response.text(), label).toContain('You are not allowed to do that.');
        }
      }
    });
  }

  for (const [route, row] of Object.entries(ROUTE_HANDLERS)) {
    test(`route handler ${route}`, async ({ baseURL }) => {
      for (const actor of ACTORS) {
        const request = actorContexts.get(actor)!.request;
        const label = `${actor} ${route}`;
        if (row.method === 'GET') {
          const response = await request.get(row.path(), { maxRedirects: 0 });
          expect(response.status(), label).toBe(allows(row.allowed, actor) ? 200 : 403);
          continue;
        }
        const effect = await row.prepare(actor);
        const response = await request.post(row.path(), {
          form: effect.fields,
          headers: { Origin: new URL(baseURL!).origin },
          maxRedirects: 0,
        });
        if (allows(row.allowed, actor)) {
          expect(response.status(), label).toBe(row.allowedStatus);
          expect(await effect.happened(), label).toBe(true);
        } else {
          await expectRefusal(response, actor, label);
          expect(await effect.happened(), label).toBe(false);
        }
      }
    });
  }

  for (const [action, row] of Object.entries(ACTIONS)) {
    test(`server action ${action}`, async ({ baseURL }) => {
      const { page, containing } = await row.form();
      const reader = actorContexts.get(row.readAs ?? 'admin')!;
      const formFields = await formFieldsOnPage(reader, page, containing);
      for (const field of row.omit ?? []) delete formFields[field];
      for (const actor of ACTORS) {
        const effect = await row.prepare(actor);
        const label = `${actor} ${action}`;
        const response = await actorContexts.get(actor)!.request.post(page, {
          multipart: { ...formFields, ...effect.fields },
          headers: { Origin: new URL(baseURL!).origin },
          maxRedirects: 0,
        });
        if (allows(row.allowed, actor)) {
          expect(response.status(), label).toBe(row.allowedStatus);
          expect(response.headers().location ?? '', label).not.toMatch(/^\/session\/new/);
          expect(await effect.happened(), label).toBe(true);
        } else {
          await expectRefusal(response, actor, label);
          expect(await effect.happened(), label).toBe(false);
        }
      }
    });
  }
});

/** The URL pattern of an app/ folder: app/widgets/[id]/edit → /widgets/[id]/edit. */
function routeOf(folder: string): string {
  const segments = folder
    .split(path.sep)
    .slice(1)
    .filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}
