// The resource generator (docs/extending.md): writes a resource that looks exactly like the
// hand-written ones, or removes one it wrote.
//
//   npm run generate -- resource Gadget name:string:required:unique price:money:required --api
//   npm run generate -- destroy resource Gadget
//
// Everything is checked before anything is written, and written at once (generators/resource/
// generator.ts). Destroying a resource whose migration ran on a shared database (DATABASE_URL) is
// refused; on the embedded development and test databases the table is dropped again.
import '@/lib/load-env-files';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { databaseUrlFor, usesEmbeddedPostgres, type DatabaseEnvironment } from '@/lib/database-url';
import {
  destroyResource,
  generateResource,
  resourceToDestroy,
  type Plan,
} from '@/generators/resource/generator';
import { GeneratorError, type Resource } from '@/generators/resource/model';
import { policyLines } from '@/generators/resource/templates/wiring';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const USAGE = `Usage: npm run generate -- resource <Name> <field>:<type>[:required][:unique] … [--belongs-to <Resource>] [--api]
       npm run generate -- destroy resource <Name>

Types: string, text, integer, money, boolean, date, datetime, references.
See docs/extending.md for what each writes.`;

type Console = { log: (message: string) => void; error: (message: string) => void };

/** One line a file: what happened to it. */
function listPlan(plan: Plan, editVerb: string): string {
  return [
    ...[...plan.writes.keys()].map(
      (file) => `  ${plan.edited.has(file) ? editVerb : 'create'}  ${file}`,
    ),
    ...plan.deletes.map((file) => `  remove  ${file}`),
  ].join('\n');
}

function reportGenerated(resource: Resource, plan: Plan, output: Console): void {
  const policy = policyLines(resource);
  output.log(`Generated ${resource.model}:
${listPlan(plan, 'edit  ')}

Who may do what (lib/policy.ts; change it there and in e2e/access-matrix.spec.ts):
  everyone  ${policy.everyone}
  catalog   ${policy.catalog}
  admin     can('manage', 'all') covers it

Next:
  bin/setup    generates the Prisma client and applies the migration
  bin/dev      then open /${resource.table}
  npx vitest run services/${resource.file}-* prisma/${resource.file}-constraints.test.ts
  npm run build && npx playwright test e2e/${resource.table}.spec.ts e2e/${resource.file}-management.spec.ts${resource.api ? ` e2e/api/${resource.table}.spec.ts` : ''}
Undo it: npm run generate -- destroy resource ${resource.model}`);
}

// --- The database side of destroying -------------------------------------------------------------

async function appliedIn(url: string, migration: string): Promise<boolean | 'unreachable'> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return 'unreachable';
  }
  try {
    const { rows: bookkeeping } = await client.query<{ table: string | null }>(
      "SELECT to_regclass('_prisma_migrations')::text AS table",
    );
    if (bookkeeping[0]!.table === null) return false;
    const { rowCount } = await client.query(
      'SELECT 1 FROM _prisma_migrations WHERE migration_name = $1',
      [migration],
    );
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

/** Drops the table again from a local database the migration ran on, and forgets the migration. */
async function rollBackLocally(url: string, resource: Resource): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`DROP TABLE IF EXISTS ${client.escapeIdentifier(resource.table)}`);
    await client.query('DELETE FROM _prisma_migrations WHERE migration_name = $1', [
      resource.migration,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Refuses when the migration ran on a shared database; returns the local databases to roll back.
 * A shared database is one given by DATABASE_URL: other people's data may be in the table, and
 * only a new migration that drops it can remove it there.
 */
async function localRollbacks(
  resource: Resource,
  output: Console,
): Promise<[DatabaseEnvironment, string][]> {
  if (!usesEmbeddedPostgres()) {
    const url = databaseUrlFor('development');
    const applied = await appliedIn(url, resource.migration);
    if (applied === 'unreachable') {
      throw new GeneratorError(
        `Cannot reach the database DATABASE_URL names, so cannot tell whether ${resource.migration} ran there: nothing was removed. Try again when it answers.`,
      );
    }
    if (applied === true) {
      throw new GeneratorError(
        `The migration ${resource.migration} has been applied to the database DATABASE_URL names, which others may share: destroying would leave its table behind. Keep the resource, or write a migration that drops ${resource.table} and remove the files by hand.`,
      );
    }
    return [];
  }
  const environments: DatabaseEnvironment[] = ['development', 'test'];
  const urls = environments.map(
    (environment) => [environment, databaseUrlFor(environment)] as const,
  );
  let states = await Promise.all(urls.map(([, url]) => appliedIn(url, resource.migration)));
  if (states.includes('unreachable')) {
    // The embedded server is stopped: start it, so the local databases are checked too (a table
    // left in the test database would fail test/schema-drift.test.ts).
    output.log('Starting the embedded PostgreSQL to check the local databases (bin/db.ts stop).');
    spawnSync('npx', ['tsx', 'bin/db.ts', 'start'], { cwd: ROOT, stdio: 'ignore' });
    states = await Promise.all(urls.map(([, url]) => appliedIn(url, resource.migration)));
  }
  return urls
    .filter((_, index) => states[index] === true)
    .map(([environment, url]) => [environment, url]);
}

// --- Commands -------------------------------------------------------------------------------------

export async function generateCommand(args: string[], output: Console = console): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'resource') {
      const { resource, plan } = generateResource(ROOT, rest);
      reportGenerated(resource, plan, output);
      return 0;
    }
    if (command === 'destroy' && rest[0] === 'resource' && rest.length === 2) {
      const resource = resourceToDestroy(ROOT, rest[1]!);
      const rollbacks = await localRollbacks(resource, output);
      const plan = destroyResource(ROOT, resource);
      for (const [environment, url] of rollbacks) {
        await rollBackLocally(url, resource);
        output.log(`Dropped ${resource.table} from the ${environment} database.`);
      }
      output.log(
        `Removed ${resource.model}:\n${listPlan(plan, 'revert')}\n\nRun npm run prisma:generate (or bin/setup) to update the Prisma client.`,
      );
      return 0;
    }
    if (command === undefined || command === 'help' || command === '--help') {
      output.log(USAGE);
      return command === undefined ? 2 : 0;
    }
    output.error(`Unknown command "${args.join(' ')}".\n\n${USAGE}`);
    return 2;
  } catch (error) {
    if (!(error instanceof GeneratorError)) throw error;
    output.error(error.message);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await generateCommand(process.argv.slice(2));
}
