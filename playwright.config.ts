// Playwright runs the browser tests in e2e/ against the production build, served by `npm start`
// on the test database. Build first: `npm run build && npx playwright test` (bin/ci does both).
//
// Two projects run every browser test: `no-js` (JavaScript disabled: everything must work without
// it) and `js`. A third, `api`, runs the JSON API's contract tests (e2e/api/), which use no browser. The tests share one database and one worker, and each creates its own uniquely named
// data, so no test depends on what another left behind. The operations tests (e2e/operations/)
// run from playwright.operations.config.ts.
import nextEnv from '@next/env';
import { defineConfig, devices } from '@playwright/test';
import { E2E_API_RATE_LIMIT_PER_MINUTE } from './e2e/support/api-rate-limit';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import { E2E_METRICS_TOKEN } from './e2e/support/metrics';
import { databaseUrlFor } from './lib/database-url';

// Playwright leaves NODE_ENV unset. The suite runs in the test environment, so this file and the
// test helpers read .env.test and .env.test.local, as Vitest does.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'test' });
nextEnv.loadEnvConfig(process.cwd());

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const mailPort = port + 1;
const mailInboxPort = port + 2;
const mailCatcherUrl = `http://127.0.0.1:${mailInboxPort}`;
process.env.MAIL_CATCHER_URL = mailCatcherUrl;
// The worker serves its own metrics (e2e/metrics.spec.ts reads them).
const workerMetricsPort = port + 3;
process.env.WORKER_METRICS_URL = `http://127.0.0.1:${workerMetricsPort}`;

// What the web server and the worker share: the test database, the catcher's SMTP port, the
// session cookie's secret (production requires one; this one guards nothing but test data) and
// the token their metrics require.
const appEnv = {
  DATABASE_URL: databaseUrlFor('test'),
  SMTP_URL: `smtp://127.0.0.1:${mailPort}`,
  AUTH_SECRET: 'widgets-e2e-secret-for-test-data-only',
  API_RATE_LIMIT_PER_MINUTE: String(E2E_API_RATE_LIMIT_PER_MINUTE),
  METRICS_TOKEN: E2E_METRICS_TOKEN,
};

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/support/global-setup.ts',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // A test tagged @js-only or @no-js-only is about one of the two experiences and runs only
    // in that project (rather than being skipped in the other).
    {
      name: 'no-js',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
      grepInvert: /@js-only/,
      testIgnore: ['api/**', 'operations/**'],
    },
    {
      name: 'js',
      use: { ...devices['Desktop Chrome'] },
      grepInvert: /@no-js-only/,
      testIgnore: ['api/**', 'operations/**'],
    },
    { name: 'api', testMatch: 'api/**/*.spec.ts' },
  ],
  // The app as it runs in production: web server, job worker, and a mail catcher the tests read
  // (MAIL_CATCHER_URL) to see what the worker sent.
  webServer: [
    {
      command: `npx maildev --ip 127.0.0.1 --smtp ${mailPort} --web ${mailInboxPort}`,
      url: `${mailCatcherUrl}/healthz`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'npm start',
      url: `${baseURL}/up`,
      env: {
        ...appEnv,
        HOST: '127.0.0.1',
        PORT: String(port),
        // `npm start` is production, which serves the style guide only when this says so; the
        // suite visits every page of it (e2e/styleguide.spec.ts).
        STYLEGUIDE_ENABLED: 'true',
      },
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: 'npm run worker',
      // The worker serves no URL; its first log line says it is working the queues.
      stdout: 'pipe',
      wait: { stdout: /Worker started/ },
      // LOG_LEVEL: .env.test's "warn" would hide the line waited for.
      env: {
        ...appEnv,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        WORKER_METRICS_PORT: String(workerMetricsPort),
      },
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
