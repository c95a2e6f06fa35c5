// Playwright runs the browser tests in e2e/ against the production build, served by `npm start`
// on the test database. Build first: `npm run build && npx playwright test` (bin/ci does both).
//
// Two projects run every test: `no-js` (JavaScript disabled: everything must work without it)
// and `js`. The tests share one database and one worker, and each creates its own uniquely named
// data, so no test depends on what another left behind.
import { existsSync } from 'node:fs';
import nextEnv from '@next/env';
import { defineConfig, devices } from '@playwright/test';
import { databaseUrlFor } from './lib/database-url';

// Playwright leaves NODE_ENV unset. The suite runs in the test environment, so this file and the
// test helpers read .env.test and .env.test.local, as Vitest does.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'test' });
nextEnv.loadEnvConfig(process.cwd());

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium where it is installed (these machines cannot download Playwright's);
// Playwright's own Chromium (`npx playwright install chromium`) everywhere else.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/support/global-setup.ts',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL,
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'no-js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: false } },
    { name: 'js', use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: {
    command: 'npm start',
    url: `${baseURL}/up`,
    env: { DATABASE_URL: databaseUrlFor('test'), HOST: '127.0.0.1', PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
