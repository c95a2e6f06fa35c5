// The operations tests (e2e/operations/): the app as it runs when scaled out, against the same
// production build as the browser tests. This config runs a cluster on 127.0.0.1: a mail
// catcher, two web instances (`npm start`) and two workers (`npm run worker`) on the test
// database, with a round-robin load balancer in front of the web instances as the base URL.
// Specs that start and stop processes of their own (signals, outages) use
// e2e/operations/support/app-processes.ts, on ports from E2E_PORT + 10 up.
//
//   npm run build && npm run test:operations
//
// Projects: `operations` runs e2e/operations/; `creation-flow-no-js` and `creation-flow-js` run
// the browser suite's widget creation flow (e2e/widget-creation.spec.ts) through the balancer,
// so that it passes on two web instances and two workers, each email sent once.
import nextEnv from '@next/env';
import { defineConfig, devices } from '@playwright/test';
import { cluster, webInstanceUrl } from './e2e/operations/support/cluster';
import { E2E_API_RATE_LIMIT_PER_MINUTE } from './e2e/support/api-rate-limit';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import { databaseUrlFor } from './lib/database-url';

// As in playwright.config.ts: the test environment, with .env.test and .env.test.local.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'test' });
nextEnv.loadEnvConfig(process.cwd());

// The ports of playwright.config.ts (the two suites never run at once), and one per instance.
const { balancerPort, mailPort, mailInboxPort, webPorts } = cluster;
const baseURL = `http://127.0.0.1:${balancerPort}`;
const mailCatcherUrl = `http://127.0.0.1:${mailInboxPort}`;
process.env.MAIL_CATCHER_URL = mailCatcherUrl;

// What every instance shares: one database, one mail server, one session secret.
const appEnv = {
  DATABASE_URL: databaseUrlFor('test'),
  SMTP_URL: `smtp://127.0.0.1:${mailPort}`,
  AUTH_SECRET: 'widgets-e2e-secret-for-test-data-only',
  API_RATE_LIMIT_PER_MINUTE: String(E2E_API_RATE_LIMIT_PER_MINUTE),
  // The balancer runs on this machine: its X-Forwarded-For names the client.
  TRUSTED_PROXIES: 'loopback',
};

const webInstances = webPorts.map((webPort) => ({
  command: 'npm start',
  url: `${webInstanceUrl(webPort)}/up`,
  env: { ...appEnv, HOST: '127.0.0.1', PORT: String(webPort) },
  reuseExistingServer: false,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
}));

const workers = [1, 2].map(() => ({
  command: 'npm run worker',
  // The worker serves no URL; its first log line says it is working the queues.
  stdout: 'pipe' as const,
  wait: { stdout: /Worker started/ },
  env: { ...appEnv, NODE_ENV: 'production', LOG_LEVEL: 'info' },
  reuseExistingServer: false,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
}));

export default defineConfig({
  testDir: './e2e/operations',
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
    { name: 'operations', use: { ...devices['Desktop Chrome'] } },
    // The browser suite's creation flow, with and without JavaScript as there.
    {
      name: 'creation-flow-no-js',
      testDir: './e2e',
      testMatch: 'widget-creation.spec.ts',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
    },
    {
      name: 'creation-flow-js',
      testDir: './e2e',
      testMatch: 'widget-creation.spec.ts',
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  // Never an instance left running from before: the tests count on these exact processes.
  webServer: [
    {
      command: `npx maildev --ip 127.0.0.1 --smtp ${mailPort} --web ${mailInboxPort}`,
      url: `${mailCatcherUrl}/healthz`,
      reuseExistingServer: false,
    },
    ...webInstances,
    ...workers,
    {
      command: `npx tsx e2e/operations/support/load-balancer.ts ${balancerPort} ${webPorts.join(' ')}`,
      url: `${baseURL}/up`,
      reuseExistingServer: false,
    },
  ],
});
