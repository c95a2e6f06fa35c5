// PostgreSQL stopped for 10 s under load (issue 9's second acceptance check): /ready answers 503,
// pages a 503 "temporarily unavailable" page and the JSON API a 503 error, at once rather than
// after a hang; once PostgreSQL is back everything recovers within 5 s, and a job queued before
// the outage is worked exactly once. The spec runs its own PostgreSQL, so stopping it disturbs
// no other test.
import { spawnSync } from 'node:child_process';
import { setTimeout } from 'node:timers/promises';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { JOB_QUEUE_SCHEMA } from '@/jobs/queues';
import { generateApiKeyToken } from '@/lib/api-key-tokens';
import { EMBEDDED_POSTGRES } from '@/lib/database-url';
import { apiWidgetsPath, manufacturersPath, widgetsPath } from '@/lib/routes';
import { expect, expectNoAccessibilityViolations, test } from '../support/test';
import { type AppProcess, appEnv, startWebServer, startWorker } from './support/app-processes';

const pgPort = Number(process.env.PGPORT ?? 54329) + 5;
// Within this checkout's ports (E2E_PORT+1..+9, PGPORT+1..+9): others may run beside it.
const port = Number(process.env.E2E_PORT ?? 3100) + 7;
const CLUSTER_DIR = 'tmp/postgres-outage';
const databaseUrl = `postgresql://${EMBEDDED_POSTGRES.user}:${EMBEDDED_POSTGRES.password}@127.0.0.1:${pgPort}/widgets_test`;
const OUTAGE_MS = 10_000;
/** The load while PostgreSQL is down: a page and /ready every LOAD_INTERVAL_MS, at most 200. */
const LOAD_INTERVAL_MS = 100;
const OUTAGE_REQUESTS_MAX = 200;

/** What the spec seeds: a long-established manufacturer, and a catalog API key to add widgets. */
let manufacturerId: number;
const apiKey = generateApiKeyToken();

/**
 * Runs bin/db.ts on this spec's own embedded PostgreSQL: a separate cluster on its own port, so
 * stopping it touches no other test. bin/db.ts knows how to run one here (as the postgres OS user
 * when this runs as root, outside a checkout that user cannot reach).
 */
function outageDatabase(...args: string[]): void {
  const { DATABASE_URL, TEST_DATABASE_URL, ...env } = process.env;
  const result = spawnSync('npx', ['tsx', 'bin/db.ts', ...args], {
    env: { ...env, PGPORT: String(pgPort), EMBEDDED_POSTGRES_DIR: CLUSTER_DIR },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`bin/db.ts ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
}

test.beforeAll(async () => {
  // Its test database, empty and migrated (the cluster itself is kept between runs).
  outageDatabase('start');
  outageDatabase('reset', '--env', 'test');
  await withDatabase(async (client) => {
    const address = await client.query<{ id: number }>(
      "INSERT INTO addresses (street, zip) VALUES ('1 Outage Way', '12345') RETURNING id",
    );
    // Registered long ago, so its widgets' new-manufacturer check sends no email.
    const manufacturer = await client.query<{ id: number }>(
      "INSERT INTO manufacturers (name, address_id, created_at) VALUES ('Acme', $1, '2015-06-01') RETURNING id",
      [address.rows[0]!.id],
    );
    manufacturerId = manufacturer.rows[0]!.id;
    await client.query(
      "INSERT INTO api_keys (client_name, role, token_prefix, token_digest) VALUES ('Outage test', 'catalog', $1, $2)",
      [apiKey.prefix, apiKey.digest],
    );
  });
});

test.afterAll(() => outageDatabase('stop'));

type Answer = { status: number; contentType: string; body: string };

async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function jobStates(): Promise<string[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ state: string }>(
      `SELECT state FROM ${JOB_QUEUE_SCHEMA}.job ORDER BY created_on`,
    );
    return rows.map(({ state }) => state);
  });
}

/** Adds a widget through the JSON API. */
function createWidget(url: string, name: string): Promise<Response> {
  return fetch(`${url}${apiWidgetsPath()}`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Bearer ${apiKey.token}`,
    },
    body: JSON.stringify({
      widget: { name, price_cents: 100, manufacturer_id: manufacturerId },
    }),
  });
}

test('the app answers 503 while PostgreSQL is down and recovers when it is back', async ({
  page,
}) => {
  const env = appEnv({ databaseUrl, smtpPort: port + 1 });
  const processes: AppProcess[] = [];
  try {
    const web = await startWebServer({ port, env });
    processes.push(web);
    processes.push(await startWorker({ env }));
    const worker = processes[1]!;
    expect((await get(`${web.url}/ready`)).status).toBe(200);
    // The pool's connections are open when PostgreSQL goes: the outage breaks them too.
    await page.goto(`${web.url}${widgetsPath()}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Our Widgets' })).toBeVisible();

    // A job that comes due while PostgreSQL is down (a price below the check's threshold: the
    // job sends nothing, so it needs no mail server).
    const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_QUEUE_SCHEMA });
    await boss.start();
    const jobId = await boss.send(
      'high-priced-widget-check',
      { widgetId: 1, priceCents: 100 },
      { startAfter: 3 },
    );
    await boss.stop({ graceful: false });
    expect(jobId).toBeTruthy();
    expect(await jobStates()).toEqual(['created']);

    outageDatabase('stop');
    const outageEnds = Date.now() + OUTAGE_MS;

    const ready = await get(`${web.url}/ready`);
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable' });
    const html = await get(`${web.url}${widgetsPath()}`);
    expect(html.status).toBe(503);
    expect(html.contentType).toContain('text/html');
    expect(html.body).toContain('Temporarily unavailable');
    const api = await get(`${web.url}${apiWidgetsPath()}`, {
      Accept: 'application/json',
      Authorization: `Bearer ${apiKey.token}`,
    });
    expect(api.status).toBe(503);
    expect(JSON.parse(api.body)).toEqual({
      error: 'The service is temporarily unavailable. Try again in a few minutes.',
    });
    // In the browser: a navigation with JavaScript shows the same page (the error boundary), and
    // so does loading a page.
    const heading = page.getByRole('heading', { level: 1, name: 'Temporarily unavailable' });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Manufacturers' })
      .click();
    await expect(heading).toBeVisible();
    const reload = await page.goto(`${web.url}${manufacturersPath()}`);
    expect(reload?.status()).toBe(503);
    await expect(heading).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The rest of the outage, under a light load: every answer is the 503, none a 500 or a hang.
    const outageStatuses: number[] = [];
    while (Date.now() < outageEnds && outageStatuses.length < OUTAGE_REQUESTS_MAX) {
      const answers = await Promise.all([
        get(`${web.url}${widgetsPath()}`),
        get(`${web.url}/ready`),
      ]);
      outageStatuses.push(...answers.map(({ status }) => status));
      // The load's pace (the outage lasts OUTAGE_MS whatever it does), not a wait for a result.
      await setTimeout(LOAD_INTERVAL_MS);
    }
    expect(new Set(outageStatuses)).toEqual(new Set([503]));
    expect((await get(`${web.url}/up`)).status).toBe(200);

    outageDatabase('start');

    await expect(async () => {
      expect((await get(`${web.url}/ready`)).status).toBe(200);
      const recovered = await get(`${web.url}${widgetsPath()}`);
      expect(recovered.status).toBe(200);
      expect(recovered.body).toContain('Our Widgets');
      expect((await createWidget(web.url, `Recovered ${Date.now()}`)).status).toBe(201);
    }).toPass({ timeout: 5_000 });
    // Every job done: the one queued before the outage, and the two checks the new widget queued.
    await expect
      .poll(jobStates, { timeout: 15_000 })
      .toEqual(['completed', 'completed', 'completed']);
    const completions = worker.lines.filter(
      (line) => line.jobId === jobId && line.msg === 'Job high-priced-widget-check completed',
    );
    expect(completions).toHaveLength(1);

    // And both stop cleanly after it all.
    expect(await Promise.all(processes.map((process) => process.stop()))).toEqual([0, 0]);
  } finally {
    await Promise.all(processes.map((process) => process.stop()));
  }
});
