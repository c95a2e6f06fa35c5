// Playwright runs the operations tests in e2e/operations/ against the production build: each spec
// starts the processes it needs (e2e/operations/support/app-processes.ts), sends them signals,
// load and outages, and stops them. Build first: `npm run build` (bin/ci does).
//
// A minimal version for the health/shutdown specs; the horizontal-scale work owns this file.
import { existsSync } from 'node:fs';
import nextEnv from '@next/env';
import { defineConfig } from '@playwright/test';

// As playwright.config.ts: the suite reads .env.test and .env.test.local.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'test' });
nextEnv.loadEnvConfig(process.cwd());

// Debian's Chromium where it is installed, as in playwright.config.ts.
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
  testDir: './e2e/operations',
  // Processes, ports and databases are per spec, and the machine is small: one spec at a time.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 90_000,
  use: { launchOptions },
});
