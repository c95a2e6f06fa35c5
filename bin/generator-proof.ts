// The generator's proof (issue 8; bin/ci runs it): in a throwaway copy of this checkout, generate
// a sample resource that uses every field type, a reference and the API; migrate a scratch
// database; run typecheck, lint, formatting, the generated unit tests, a production build and
// the generated e2e tests; destroy the resource and check the copy is byte for byte as it was.
// A template change that produces broken code fails here, not in someone's project.
//
//   npx tsx bin/generator-proof.ts          (bin/ci: "Generator proof")
//   KEEP_GENERATOR_PROOF=1 …                keeps the copy for a look (its path is printed)
import '@/lib/load-env-files';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { copyCheckout, snapshotTree, treeDifferences } from '@/generators/resource/checkout';
import { EVERY_FIELD_TYPE } from '@/generators/resource/samples';
import { databaseUrlFor } from '@/lib/database-url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The sample (generators/resource/samples.ts): every field type, a reference, the API. */
export const PROOF_SAMPLE = EVERY_FIELD_TYPE;

// What the generated resource's tests are (docs/extending.md lists the files).
const UNIT_TESTS = ['services/proof-gadget-', 'prisma/proof-gadget-constraints.test.ts'];
const E2E_TESTS = [
  'e2e/proof_gadgets.spec.ts',
  'e2e/proof-gadget-management.spec.ts',
  'e2e/api/proof_gadgets.spec.ts',
];
// The generated rows of the two matrices, and their checks that every route is listed.
const MATRIX_TESTS = ['e2e/access-matrix.spec.ts', 'e2e/api/authentication.spec.ts'];
// One Playwright run (its servers start once): every test of the generated specs, whose paths
// name the sample, and the matrices' tests that do.
const E2E_GREP =
  'proof_gadgets|proof-gadget|ProofGadget|covers every page|ENDPOINTS lists every operation';

// Not part of the tree a resource changes: dependencies, build output, local state.
const UNTRACKED = new Set([
  'node_modules',
  '.next',
  'generated',
  'tmp',
  'test-results',
  'playwright-report',
  'next-env.d.ts',
  'tsconfig.tsbuildinfo',
]);

function run(step: string, command: string, args: string[], options: SpawnSyncOptions): void {
  const started = Date.now();
  console.log(`\n-- ${step}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.status !== 0) throw new Error(`${step} failed (${seconds}s).`);
  console.log(`-- ${step} passed (${seconds}s)`);
}

/** A copy of the checkout as git sees it, with node_modules hard-linked. */
function copyCheckoutWithDependencies(): string {
  const copy = copyCheckout(ROOT, 'widgets-generator-proof-');
  // TypeScript's incremental build information makes the copy's typecheck recheck only what the
  // generator changed.
  for (const file of ['next-env.d.ts', 'tsconfig.tsbuildinfo']) {
    if (existsSync(path.join(ROOT, file))) cpSync(path.join(ROOT, file), path.join(copy, file));
  }
  run(
    'Linking node_modules',
    'cp',
    ['-al', path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules')],
    {},
  );
  return copy;
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrlFor('test'));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  // A scratch database next to the test database, on the same server.
  const scratch = new URL(databaseUrlFor('test'));
  const scratchName = `widgets_generator_proof_${process.pid}`;
  scratch.pathname = `/${scratchName}`;
  const copy = copyCheckoutWithDependencies();
  // The copy uses this checkout's server as an existing one (DATABASE_URL), rather than start an
  // embedded server of its own; its tests use the scratch database, and nothing writes to the
  // development database it names.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrlFor('development'),
    TEST_DATABASE_URL: scratch.toString(),
    PATH: `${path.join(copy, 'node_modules/.bin')}:${process.env.PATH}`,
  };
  const inCopy: SpawnSyncOptions = { cwd: copy, env };
  await withAdminClient((client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(scratchName)}`),
  );
  try {
    const before = snapshotTree(copy, UNTRACKED);
    run(
      'Generating the sample',
      'npx',
      ['tsx', 'bin/generate.ts', 'resource', ...PROOF_SAMPLE],
      inCopy,
    );
    run('Prisma client', 'npm', ['run', '--silent', 'prisma:generate'], inCopy);
    run(
      'Migrating the scratch database',
      'npx',
      ['tsx', 'bin/db.ts', 'migrate', '--env', 'test'],
      inCopy,
    );
    // What the generator wrote and edited: the rest of the tree passed bin/ci's own steps.
    const written = treeDifferences(before, snapshotTree(copy, UNTRACKED)).map(
      (line) => line.split(' ')[1]!,
    );
    run('Typecheck', 'npx', ['tsc', '--noEmit'], inCopy);
    const code = written.filter((file) => /\.tsx?$/.test(file));
    run('Lint', 'npx', ['eslint', '--max-warnings=0', ...code], inCopy);
    run('Formatting', 'npx', ['prettier', '--check', '--ignore-unknown', ...written], inCopy);
    const unitTests = written.filter((file) =>
      UNIT_TESTS.some((prefix) => file.startsWith(prefix) && file.endsWith('.test.ts')),
    );
    if (unitTests.length === 0) throw new Error('The generator wrote no unit tests.');
    run('Generated unit tests', 'npx', ['vitest', 'run', ...unitTests], inCopy);
    const missing = E2E_TESTS.filter((file) => !written.includes(file));
    if (missing.length > 0) throw new Error(`The generator wrote no ${missing.join(', ')}.`);
    run('Build', 'npm', ['run', '--silent', 'build'], inCopy);
    run(
      "Generated e2e tests and the matrices' generated rows",
      'npx',
      ['playwright', 'test', ...E2E_TESTS, ...MATRIX_TESTS, '--grep', E2E_GREP],
      inCopy,
    );
    run(
      'Destroying the sample',
      'npx',
      ['tsx', 'bin/generate.ts', 'destroy', 'resource', PROOF_SAMPLE[0]!],
      inCopy,
    );
    const left = treeDifferences(before, snapshotTree(copy, UNTRACKED));
    if (left.length > 0) throw new Error(`Destroy did not restore the tree:\n${left.join('\n')}`);
    console.log(`\nThe generator's proof passed in ${Math.round((Date.now() - started) / 1000)}s.`);
  } finally {
    await withAdminClient((client) =>
      client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(scratchName)} WITH (FORCE)`),
    );
    if (process.env.KEEP_GENERATOR_PROOF) console.log(`The copy is kept at ${copy}.`);
    else rmSync(copy, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await main();
  } catch (error) {
    console.error(`\nThe generator's proof failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
