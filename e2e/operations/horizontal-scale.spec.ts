import type { APIResponse, Page } from '@playwright/test';
import { apiWidgetsPath, jobsPath, newSessionPath } from '@/lib/routes';
import { manufacturerFactory, TEST_PASSWORD, userFactory } from '@/test/factories';
import { type CaughtEmail, mailCatcherInbox } from '@/test/support/mail-catcher';
import { ApiClient } from '../support/api';
import { E2E_API_RATE_LIMIT_PER_MINUTE } from '../support/api-rate-limit';
import { uniqueWord } from '../support/data';
import { completedJobs } from '../support/jobs';
import { signIn } from '../support/sessions';
import { expect, expectNoAccessibilityViolations, test } from '../support/test';
import { cluster, webInstanceUrl } from './support/cluster';

// Two web instances and two workers on one PostgreSQL (playwright.operations.config.ts): what
// one instance knows, the other must know too, because it is kept in the database — sessions,
// rate limits, jobs. Each test reaches both instances, directly or through the load balancer.

const [instanceA, instanceB] = cluster.webPorts.map(webInstanceUrl) as [string, string];
const instances = [instanceA, instanceB];

/** The instance that answered through the balancer (e2e/operations/support/load-balancer.ts). */
const upstream = (response: APIResponse) => `http://${response.headers()['x-upstream']}`;

test('the load balancer spreads requests over both web instances', async ({ request }) => {
  const answered = new Set<string>();
  for (let count = 0; count < 4; count += 1) {
    const response = await request.get('/up');
    expect(response.status()).toBe(200);
    answered.add(upstream(response));
  }
  expect([...answered].sort()).toEqual(instances.toSorted());
});

test('a session started on one instance is accepted by the other', async ({ browser }) => {
  const admin = await userFactory.create({ role: 'admin' });
  const context = await browser.newContext({ baseURL: instanceA });
  const page = await context.newPage();

  await signIn(page, admin.email);
  // The cookie names 127.0.0.1, whatever the port: the browser sends it to instance B too.
  const response = await page.goto(`${instanceB}${jobsPath()}`);

  expect(response?.status()).toBe(200);
  expect(response?.headers()['x-request-id']).toBeTruthy();
  await expect(page).toHaveURL(`${instanceB}${jobsPath()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await context.close();
});

test("an API key's rate limit is one limit, whichever instance counts a request", async ({
  request,
}) => {
  const { client } = await ApiClient.withNewKey(request, 'admin');
  const headers = { Authorization: `Bearer ${client.token}`, Accept: 'application/json' };

  // The limit, split evenly over both instances: each alone has seen only half of it.
  for (let count = 0; count < E2E_API_RATE_LIMIT_PER_MINUTE; count += 1) {
    const instance = instances[count % 2]!;
    const response = await request.get(`${instance}${apiWidgetsPath()}`, { headers });
    expect(response.status(), `request ${count + 1} to ${instance}`).toBe(200);
  }
  for (const instance of instances) {
    const response = await request.get(`${instance}${apiWidgetsPath()}`, { headers });
    expect(response.status(), instance).toBe(429);
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
  }
});

test('failed sign-ins are counted across instances', async ({ page }) => {
  const user = await userFactory.create({ role: 'catalog' });
  const failSignIn = async (instance: string) => {
    await submitSignIn(page, instance, user.email, `not-${TEST_PASSWORD}`);
    await expect(page.getByText('Invalid email or password.')).toBeVisible();
  };

  // Five failures (lib/rate-limits.ts), alternating: neither instance has seen five.
  for (let count = 0; count < 5; count += 1) await failSignIn(instances[count % 2]!);
  // Refused on both, even with the right password.
  for (const instance of instances) {
    await submitSignIn(page, instance, user.email, TEST_PASSWORD);
    await expect(
      page.getByText('Too many failed sign-ins. Try again in 15 minutes.'),
    ).toBeVisible();
  }
  await expectNoAccessibilityViolations(page);
});

test("behind the balancer, failed sign-ins count against the visitor's address, not the balancer's", async ({
  browser,
  baseURL,
}) => {
  const user = await userFactory.create({ role: 'catalog' });
  // Two visitors, as the balancer reports them in X-Forwarded-For (TRUSTED_PROXIES=loopback).
  const visitor = async (address: string) => {
    const context = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { 'X-Forwarded-For': address },
    });
    return { context, page: await context.newPage() };
  };
  const attacker = await visitor('203.0.113.7');
  const owner = await visitor('203.0.113.8');

  for (let count = 0; count < 5; count += 1) {
    await submitSignIn(attacker.page, '', user.email, `not-${TEST_PASSWORD}`);
    await expect(attacker.page.getByText('Invalid email or password.')).toBeVisible();
  }
  await submitSignIn(attacker.page, '', user.email, TEST_PASSWORD);
  await expect(
    attacker.page.getByText('Too many failed sign-ins. Try again in 15 minutes.'),
  ).toBeVisible();
  // The same account from another address, through the same balancer: not locked out.
  await submitSignIn(owner.page, '', user.email, TEST_PASSWORD);
  await expect(owner.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await Promise.all([attacker.context.close(), owner.context.close()]);
});

test('high-priced widgets created through the balancer email finance once each, with two workers', async ({
  request,
}) => {
  const inbox = mailCatcherInbox();
  const { client } = await ApiClient.withNewKey(request, 'catalog');
  const manufacturer = await manufacturerFactory.create({ createdAt: new Date('2015-06-01') });
  const word = uniqueWord();

  // Four widgets, so both instances take creations and both workers can take their jobs.
  const widgets: { id: number; name: string }[] = [];
  const answered = new Set<string>();
  for (let index = 1; index <= 4; index += 1) {
    const name = `Stembolt ${word} ${index}`;
    const response = await client.post(apiWidgetsPath(), {
      widget: { name, price_cents: 8_000_00 + index, manufacturer_id: manufacturer.id },
    });
    expect(response.status()).toBe(201);
    answered.add(upstream(response));
    widgets.push({ id: (await response.json()).widget.id, name });
  }
  expect([...answered].sort()).toEqual(instances.toSorted());

  // Both follow-up checks of each widget done: whatever was to be sent has been.
  for (const widget of widgets) {
    await expect.poll(() => completedJobs(widget.id), { timeout: 15_000 }).toBe(2);
  }
  const emails = await inbox.emails();
  for (const widget of widgets) {
    const toFinance = (email: CaughtEmail) =>
      email.to.some(({ address }) => address === 'finance@example.com') &&
      email.text.includes(widget.name);
    expect(emails.filter(toFinance), widget.name).toHaveLength(1);
  }
});

/** Fills in and submits the sign-in form of one instance. */
async function submitSignIn(page: Page, instance: string, email: string, password: string) {
  await page.goto(`${instance}${newSessionPath()}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
