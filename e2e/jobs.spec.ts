import type { Page } from '@playwright/test';
import type { SendOptions } from 'pg-boss';
import type { QueueName } from '@/jobs/queues';
import { jobsPath, newSessionPath, widgetsPath } from '@/lib/routes';
import { TEST_PASSWORD, userFactory } from '@/test/factories';
import { deleteJobs, jobState, stopTestJobQueue, testJobQueue } from '@/test/support/job-queue';
import { expectEveryCustomElementServerRendered } from './support/components';
import { failedJob as createFailedJob } from './support/jobs';
import { signIn } from './support/sessions';
import { expect, expectNoAccessibilityViolations, test } from './support/test';

// The jobs page reads pg-boss's table, which the worker the suite runs keeps changing. So each
// test queues its own jobs and finds them by id, and deletes them when it is done.

// Admins see the jobs; the last tests sign in as another role, or not at all.
test.use({ signedInAs: 'admin' });

const HIGH_PRICED: QueueName = 'high-priced-widget-check';
const NEW_MANUFACTURER: QueueName = 'widget-from-new-manufacturer-check';

let queued: string[] = [];

test.afterEach(async () => {
  await deleteJobs(queued);
  queued = [];
});

test.afterAll(stopTestJobQueue);

async function sendJob(queue: QueueName, data: object, options: SendOptions): Promise<string> {
  const id = await (await testJobQueue()).send(queue, data, options);
  if (!id) throw new Error('pg-boss queued no job');
  queued.push(id);
  return id;
}

async function failedJob(): Promise<string> {
  const id = await createFailedJob();
  queued.push(id);
  return id;
}

/** A job waiting to start in an hour: the worker leaves it queued. */
function laterJob(queue: QueueName = NEW_MANUFACTURER): Promise<string> {
  return sendJob(
    queue,
    { widgetId: 1, manufacturerCreatedAt: '2026-01-01T00:00:00Z' },
    { startAfter: 3_600 },
  );
}

// The page's URL is this path (and query), on whatever host the suite serves.
const atPath = (path: string) => (url: URL) => `${url.pathname}${url.search}` === path;

const jobRow = (page: Page, id: string) => page.getByRole('row').filter({ hasText: id });
const listedJobs = (page: Page) => page.locator('tbody tr td:nth-child(2)');

test('an admin sees a failed job with its error and attempts, and retries it', async ({ page }) => {
  const id = await failedJob();

  await page.goto(widgetsPath());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Failed jobs, newest first' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Failed' })).toHaveAttribute('aria-current', 'page');
  const row = jobRow(page, id);
  await expect(row.getByRole('cell').nth(0)).toHaveText(HIGH_PRICED);
  await expect(row.getByRole('cell').nth(2)).toHaveText('1 of 1');
  // The whole message as the handler threw it (toHaveText compares whitespace collapsed), its
  // lines kept.
  const error = row.getByRole('cell').nth(5);
  await expect(error).toHaveText(
    'Invalid high-priced-widget-check payload: ✖ Invalid input: expected number, received string → at widgetId',
  );
  await expect(error.locator('pre')).toHaveCSS('white-space', 'pre-wrap');
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await row.getByRole('button', { name: 'Retry' }).click();

  await expect(page.getByText('Job queued to run again.')).toBeVisible();
  await expect(page).toHaveURL(atPath(jobsPath({ state: 'failed' })));
  await expect(jobRow(page, id)).toHaveCount(0);
  expect(await jobState(id)).toBe('retry');

  await page.getByRole('link', { name: 'Queued' }).click();
  const retrying = jobRow(page, id);
  await expect(retrying.getByRole('cell').nth(2)).toHaveText('Waiting to retry');
  await expect(retrying.getByRole('cell').nth(3)).toHaveText('1 of 2');
  await expect(retrying.getByRole('cell').nth(5)).toContainText('expected number, received string');
  await expectNoAccessibilityViolations(page);
});

test('a retry of a job that is gone, or no longer failed, says so', async ({ page }) => {
  const [deleted, retried] = [await failedJob(), await failedJob()];
  const list = jobsPath({ state: 'failed', queue: HIGH_PRICED });
  await page.goto(list);

  // pg-boss deletes one while the page is open,
  await deleteJobs([deleted]);
  await jobRow(page, deleted).getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('That job no longer exists.')).toBeVisible();
  await expect(page).toHaveURL(atPath(list));
  await expect(jobRow(page, deleted)).toHaveCount(0);

  // and someone else retries the other.
  await (await testJobQueue()).retry(HIGH_PRICED, retried);
  await jobRow(page, retried).getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('That job has not failed, so it was not retried.')).toBeVisible();
  await expect(jobRow(page, retried)).toHaveCount(0);
});

test('a retry posted by someone who is no longer an admin is refused, and retries nothing', async ({
  page,
  context,
}) => {
  const id = await failedJob();
  const catalog = await userFactory.create({ role: 'catalog' });
  await page.goto(jobsPath());

  // A catalog user signs in on this browser in another tab; then the jobs tab posts. (The admin's
  // cookie is dropped rather than signed out: other tests share its session.)
  await context.clearCookies();
  await signIn(await context.newPage(), catalog.email);
  await jobRow(page, id).getByRole('button', { name: 'Retry' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'You are not allowed to do that.' }),
  ).toBeVisible();
  expect(await jobState(id)).toBe('failed');
});

test('filter jobs by state and queue, and page through them, newest first', async ({ page }) => {
  // A page of 25, and one more on the next.
  const ids = [];
  for (let i = 0; i < 26; i++) ids.push(await laterJob());
  const other = await laterJob(HIGH_PRICED);
  const newestFirst = ids.toReversed();
  const pagination = page.getByRole('navigation', { name: 'Pagination' });

  await page.goto(jobsPath());
  await page.getByRole('link', { name: 'Queued' }).click();
  await expect(page.getByRole('table', { name: 'Queued jobs, newest first' })).toBeVisible();
  await expect(jobRow(page, other)).toHaveCount(1);

  await page.getByLabel('Queue').selectOption(NEW_MANUFACTURER);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(
    page.getByRole('table', { name: `Queued jobs in ${NEW_MANUFACTURER}, newest first` }),
  ).toBeVisible();
  // This test's jobs are the newest of the queue: the first page is theirs.
  await expect(listedJobs(page)).toHaveText(newestFirst.slice(0, 25));
  await expect(jobRow(page, other)).toHaveCount(0);
  const newest = jobRow(page, newestFirst[0]!);
  await expect(newest.getByRole('cell').nth(2)).toHaveText('Waiting');
  await expect(newest.getByRole('cell').nth(3)).toHaveText('0 of 6');
  await expect(pagination.getByRole('link', { name: 'Previous' })).toBeDisabled();
  await expectEveryCustomElementServerRendered(page);
  await expectNoAccessibilityViolations(page);

  await pagination.getByRole('link', { name: 'Next' }).click();
  await expect(listedJobs(page).first()).toHaveText(ids[0]!);
  await expect(page.getByLabel('Queue')).toHaveValue(NEW_MANUFACTURER);
  await pagination.getByRole('link', { name: 'Previous' }).click();
  await expect(listedJobs(page)).toHaveText(newestFirst.slice(0, 25));

  // Another state keeps the queue and starts from the first page.
  await page.getByRole('link', { name: 'Completed' }).click();
  await expect(page).toHaveURL(atPath(jobsPath({ state: 'completed', queue: NEW_MANUFACTURER })));
  await expect(jobRow(page, ids[0]!)).toHaveCount(0);
  await page.getByRole('link', { name: 'Running' }).click();
  await expect(page.getByText(`No running jobs in ${NEW_MANUFACTURER}.`)).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

// A refusal is the same with or without the page's JavaScript (sessions.spec.ts shows the page in
// both), so this runs once, in the no-js project.
test.describe('signed in without the admin role', { tag: '@no-js-only' }, () => {
  test.use({ signedInAs: 'catalog' });

  test('a user is not allowed to see the jobs, nor offered the link', async ({ page }) => {
    const response = await page.goto(jobsPath());

    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole('heading', { level: 1, name: 'You are not allowed to do that.' }),
    ).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }),
    ).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('signed out', () => {
  test.use({ signedInAs: null });

  test('a visitor is sent to sign in, and brought back to the jobs afterwards', async ({
    page,
  }) => {
    const admin = await userFactory.create({ role: 'admin' });
    const queuedJobs = jobsPath({ state: 'queued' });

    await page.goto(queuedJobs);
    await expect(page).toHaveURL(atPath(newSessionPath({ returnTo: queuedJobs })));
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(atPath(queuedJobs));
    await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
  });
});
