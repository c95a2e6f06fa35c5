// How much JavaScript each page makes the browser load, and how much of it is Lit:
// `npm run bench:js` after `npm run build`.
//
// Issue 3's budget: the Lit runtime adds at most ~15 kB gzip to a page, and a page that needs no
// interaction loads no component definitions beyond the ones it renders. This serves the
// production build as `npm start` does, on a free port of 127.0.0.1 and against the development
// database (bin/setup seeds it), opens each page in headless Chromium with an empty cache, and
// records every script the page loads until the network is idle. For each page it prints:
// - the scripts' total size as served and gzipped (zlib's default level, as the server sends it);
// - the chunks that contain Lit (found by the version markers Lit's packages leave in minified
//   code) and their gzip size: an upper bound of what Lit adds, as a chunk may hold more;
// - the custom elements the page renders, and the component definitions
//   (`customElements.define("…")`) it loads for elements it does not render.
// Figures of a run are kept in docs/benchmarks.md.
import '../lib/load-env-files';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Response,
} from '@playwright/test';
import { databaseUrlFor } from '../lib/database-url';
import {
  apiKeysPath,
  editManufacturerPath,
  editWidgetPath,
  jobsPath,
  newApiKeyPath,
  newSessionPath,
  newUserPath,
  manufacturerPath,
  manufacturersPath,
  newManufacturerPath,
  newWidgetPath,
  styleguideComponentPath,
  styleguidePath,
  styleguideTokensPath,
  usersPath,
  widgetPath,
  widgetsPath,
} from '../lib/routes';
import {
  definitionsIn,
  litPackagesIn,
  renderedCustomElements,
} from '../test/support/component-definitions';
import { freePort } from '../bench/free-port';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { DEVELOPMENT_PASSWORD } from '../prisma/seed';

const PROJECT_DIR = path.resolve(import.meta.dirname, '..');
/** The whole run gives up after this long, stopping the server it started. */
const TIME_LIMIT_MS = 180_000;
const SERVER_START_LIMIT_MS = 60_000;
/** The budget for the chunks that contain Lit, in gzip bytes (kB = 1,000 bytes). */
const LIT_BUDGET_BYTES = 15_000;

type Script = {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  lit: string[];
  defines: string[];
};
type PageFigures = { label: string; path: string; scripts: Script[]; rendered: string[] };

async function main(): Promise<void> {
  if (!existsSync(path.join(PROJECT_DIR, '.next', 'BUILD_ID'))) {
    throw new Error('There is no production build to measure: run `npm run build` first.');
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = startServer(port);
  const giveUp = (message: string, exitCode: number) => {
    console.error(message);
    server.stop();
    process.exit(exitCode);
  };
  const limit = setTimeout(
    () => giveUp(`The benchmark took longer than ${TIME_LIMIT_MS / 1000} s.`, 1),
    TIME_LIMIT_MS,
  );
  process.once('SIGINT', () => giveUp('Interrupted.', 130));

  let browser: Browser | undefined;
  try {
    await server.ready(baseUrl);
    browser = await chromium.launch(chromiumLaunchOptions);
    const signedIn = await signInAsAdmin(browser, baseUrl);
    const figures: PageFigures[] = [];
    for (const [label, pagePath] of await pagesToMeasure(baseUrl)) {
      figures.push(await measurePage(browser, signedIn, baseUrl, label, pagePath));
    }
    console.log(report(figures));
  } finally {
    clearTimeout(limit);
    await browser?.close();
    server.stop();
  }
}

/**
 * The pages to measure, as [label, path]: the lists, a record of each, the forms, the admin pages,
 * the style guide.
 */
async function pagesToMeasure(baseUrl: string): Promise<[string, string][]> {
  const widgetId = await firstLinkedId(baseUrl, widgetsPath(), /href="\/widgets\/(\d+)"/);
  const manufacturerId = await firstLinkedId(
    baseUrl,
    manufacturersPath(),
    /href="\/manufacturers\/(\d+)"/,
  );
  return [
    ['/widgets', widgetsPath()],
    ['/widgets/:id', widgetPath(widgetId)],
    ['/widgets/new', newWidgetPath()],
    ['/widgets/:id/edit', editWidgetPath(widgetId)],
    ['/manufacturers', manufacturersPath()],
    ['/manufacturers/:id', manufacturerPath(manufacturerId)],
    ['/manufacturers/new', newManufacturerPath()],
    ['/manufacturers/:id/edit', editManufacturerPath(manufacturerId)],
    ['/users', usersPath()],
    ['/users/new', newUserPath()],
    ['/api_keys', apiKeysPath()],
    ['/api_keys/new', newApiKeyPath()],
    ['/jobs', jobsPath()],
    ['/styleguide', styleguidePath()],
    ['/styleguide/tokens', styleguideTokensPath()],
    ['/styleguide/price', styleguideComponentPath('price')],
  ];
}

/** The id in the first link of a list page that matches `link`, e.g. the first widget's. */
async function firstLinkedId(baseUrl: string, listPath: string, link: RegExp): Promise<number> {
  const html = await (await fetch(baseUrl + listPath)).text();
  const id = link.exec(html)?.[1];
  if (!id) {
    throw new Error(
      `${listPath} links to no record to measure. Load the development seeds: npm run db:seed`,
    );
  }
  return Number(id);
}

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/** The cookies of the seeded admin, signed in: the forms are staff pages. */
async function signInAsAdmin(browser: Browser, baseUrl: string): Promise<StorageState> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + newSessionPath());
    await page.getByLabel('Email').fill('admin@example.com');
    await page.getByLabel('Password').fill(DEVELOPMENT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // One more page takes the "Signed in as …" flash, which would otherwise show on the first
    // page measured in every context.
    await page.goto(baseUrl + widgetsPath());
    return await context.storageState();
  } finally {
    await context.close();
  }
}

async function measurePage(
  browser: Browser,
  signedIn: StorageState,
  baseUrl: string,
  label: string,
  pagePath: string,
): Promise<PageFigures> {
  // An empty cache, so every script the page needs is counted; the admin's session cookie.
  const context = await browser.newContext({ storageState: signedIn });
  try {
    const page = await context.newPage();
    const scripts: Promise<Script>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(describeScript(response));
    });
    const document = await page.goto(baseUrl + pagePath, { waitUntil: 'networkidle' });
    if (!document?.ok()) throw new Error(`${pagePath} answered ${document?.status()}.`);
    return {
      label,
      path: pagePath,
      scripts: await Promise.all(scripts),
      rendered: renderedCustomElements(await document.text()),
    };
  } finally {
    await context.close();
  }
}

async function describeScript(response: Response): Promise<Script> {
  const body = await response.body();
  const text = body.toString('utf8');
  return {
    file: path.basename(new URL(response.url()).pathname),
    rawBytes: body.length,
    gzipBytes: gzipSync(body).length,
    lit: litPackagesIn(text),
    defines: definitionsIn(text),
  };
}

/** What the budget looks at: the chunks with Lit, and definitions of elements not rendered. */
function assess({ scripts, rendered }: PageFigures) {
  const litScripts = scripts.filter((script) => script.lit.length > 0);
  const defined = unique(scripts.flatMap((script) => script.defines));
  return {
    litScripts,
    litGzipBytes: sum(litScripts, 'gzipBytes'),
    notRendered: defined.filter((tag) => !rendered.includes(tag)),
  };
}

function report(figures: PageFigures[]): string {
  const headers = [
    'page',
    'scripts',
    'JS raw',
    'JS gzip',
    'chunks with Lit (gzip)',
    'custom elements rendered',
    'definitions loaded, not rendered',
  ];
  const rows = figures.map((page) => {
    const { litScripts, litGzipBytes, notRendered } = assess(page);
    const litFiles = litScripts.map((script) => `${script.file} (${script.lit.join(', ')})`);
    return [
      page.label,
      String(page.scripts.length),
      kB(sum(page.scripts, 'rawBytes')),
      kB(sum(page.scripts, 'gzipBytes')),
      litScripts.length === 0 ? 'none' : `${kB(litGzipBytes)}: ${litFiles.join(', ')}`,
      page.rendered.join(', ') || 'none',
      notRendered.join(', ') || 'none',
    ];
  });

  const misses = figures.flatMap((page) => {
    const { litGzipBytes, notRendered } = assess(page);
    return [
      ...(litGzipBytes > LIT_BUDGET_BYTES
        ? [`OVER BUDGET: ${page.label} loads ${kB(litGzipBytes)} gzip of chunks with Lit.`]
        : []),
      ...(notRendered.length > 0
        ? [
            `EXTRA DEFINITIONS: ${page.label} loads definitions of elements it does not render: ${notRendered.join(', ')}.`,
          ]
        : []),
    ];
  });
  const verdict =
    misses.length === 0
      ? `Within the budget on every page: chunks with Lit at most ${kB(LIT_BUDGET_BYTES)} gzip, no definitions of elements a page does not render.`
      : misses.join('\n');

  return [
    markdownTable(headers, rows),
    "kB = 1,000 bytes; gzip at zlib's default level. Pages measured with an empty cache.",
    verdict,
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// The server and the browser

/** `npm start` on `port`, in a process group of its own so that stop() ends all of it. */
function startServer(port: number) {
  const child = spawn('npm', ['start'], {
    cwd: PROJECT_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrlFor('development'),
      // Pages send no mail; production only insists that a mail server is named.
      SMTP_URL: process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
      // Production requires a session secret; the measurement signs in with the seeded users.
      AUTH_SECRET: 'widgets-benchmark-secret-for-development-data',
      STYLEGUIDE_ENABLED: 'true',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));

  return {
    /** Resolves when the server answers /up; rejects, with its output, if it exits or is slow. */
    async ready(baseUrl: string): Promise<void> {
      const deadline = Date.now() + SERVER_START_LIMIT_MS;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) {
          throw new Error(`The server exited (${child.exitCode}):\n${output}`);
        }
        const up = await fetch(`${baseUrl}/up`).catch(() => undefined);
        if (up?.ok) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(
        `The server did not answer within ${SERVER_START_LIMIT_MS / 1000} s:\n${output}`,
      );
    },
    stop(): void {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

function sum(scripts: Script[], field: 'rawBytes' | 'gzipBytes'): number {
  return scripts.reduce((total, script) => total + script[field], 0);
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
