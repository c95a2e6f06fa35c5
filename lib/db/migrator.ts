// The project's migration runner: applies prisma/migrations/<timestamp>_<name>/migration.sql in
// name order and records each one in `_prisma_migrations` exactly as `prisma migrate deploy` does,
// so Prisma's CLI (where its schema engine exists) agrees about what is applied. ARCHITECTURE §10.
//
// Differences from Prisma, on purpose:
// - each migration runs in its own transaction with its bookkeeping row, so a failing migration
//   leaves nothing behind (no half-applied script, no "failed" row): fix the file and run again.
//   A migration therefore must not contain BEGIN/COMMIT or statements that cannot run in a
//   transaction block (CREATE INDEX CONCURRENTLY, VACUUM).
// - an applied migration whose file changed since (checksum mismatch) stops the run.
//
// No `import 'server-only'`: bin/db.ts and the tests use this module outside Next.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/** The advisory lock key `prisma migrate` takes, so our runs and Prisma's exclude each other. */
export const MIGRATION_ADVISORY_LOCK_KEY = 72707369;

/** `_prisma_migrations` as Prisma's schema engine creates it on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  /** The folder name, e.g. 20261121000000_create_catalog; Prisma's migration_name. */
  name: string;
  path: string;
  sql: string;
  /** sha256 of migration.sql as lowercase hex, as Prisma records it. */
  checksum: string;
}

export interface MigrationResult {
  /** Names of the migrations this run applied, in order; empty when none were pending. */
  applied: string[];
}

/** A refusal or failure the user must act on; its message says what to do. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/** Like Prisma: a file whose line endings git converted (LF <-> CRLF) still matches. */
export function checksumMatches(sql: string, checksum: string): boolean {
  const variants = [
    sql,
    sql.replaceAll('\r\n', '\n'),
    sql.replaceAll('\r\n', '\n').replaceAll('\n', '\r\n'),
  ];
  return variants.some((variant) => migrationChecksum(variant) === checksum);
}

/** The migrations in `migrationsDir`, in the order they apply (folder name order). */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      let sql: string;
      try {
        sql = await readFile(file, 'utf8');
      } catch {
        throw new MigrationError(
          `Migration folder ${name} has no readable migration.sql (${file}).`,
        );
      }
      return { name, path: file, sql, checksum: migrationChecksum(sql) };
    }),
  );
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/**
 * Applies every migration in `migrationsDir` that the database has not recorded yet, each in its
 * own transaction, holding Prisma's advisory lock so concurrent runs apply each migration once.
 * Throws MigrationError when a recorded migration failed or an applied file was edited.
 */
export async function applyPendingMigrations(
  connectionString: string,
  migrationsDir: string,
  log: (line: string) => void = () => {},
): Promise<MigrationResult> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString, application_name: 'widgets-migrator' });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [MIGRATION_ADVISORY_LOCK_KEY],
    );
    if (!rows[0]?.locked) {
      log('Waiting for another migration run to finish...');
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_ADVISORY_LOCK_KEY]);
    }
    try {
      return await applyUnderLock(client, migrations, log);
    } finally {
      await client
        .query('SELECT pg_advisory_unlock($1)', [MIGRATION_ADVISORY_LOCK_KEY])
        .catch(() => {});
    }
  } finally {
    await client.end();
  }
}

async function applyUnderLock(
  client: pg.Client,
  migrations: MigrationFile[],
  log: (line: string) => void,
): Promise<MigrationResult> {
  await client.query(CREATE_MIGRATIONS_TABLE);
  const { rows } = await client.query<MigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs
       FROM "_prisma_migrations"
      WHERE rolled_back_at IS NULL
      ORDER BY started_at, migration_name`,
  );

  const failed = rows.filter((row) => row.finished_at === null);
  if (failed.length > 0) {
    const names = failed.map((row) => row.migration_name).join(', ');
    throw new MigrationError(
      `Migration ${names} is recorded as failed (finished_at is null in _prisma_migrations). ` +
        'Repair the database by hand, then mark it with `npx prisma migrate resolve --rolled-back <name>` ' +
        '(or --applied), or delete its row, and migrate again.',
    );
  }

  const applied = new Map(rows.map((row) => [row.migration_name, row]));
  const files = new Set(migrations.map((migration) => migration.name));
  for (const migration of migrations) {
    const row = applied.get(migration.name);
    if (row && !checksumMatches(migration.sql, row.checksum)) {
      throw new MigrationError(
        `Migration ${migration.name} was changed after it was applied (checksum ${migration.checksum} ` +
          `differs from the recorded ${row.checksum}). Never edit an applied migration: restore the file ` +
          '(git checkout) and put the change in a new migration.',
      );
    }
  }
  for (const row of rows) {
    if (!files.has(row.migration_name)) {
      log(
        `Warning: ${row.migration_name} is applied to the database but missing from the migrations folder.`,
      );
    }
  }

  const pending = migrations.filter((migration) => !applied.has(migration.name));
  if (pending.length === 0) {
    log('No pending migrations.');
    return { applied: [] };
  }

  const done: string[] = [];
  for (const migration of pending) {
    try {
      await client.query('BEGIN');
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, clock_timestamp(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw new MigrationError(
        `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}` +
          (done.length > 0 ? ` (applied before it: ${done.join(', ')})` : ''),
        { cause: error },
      );
    }
    done.push(migration.name);
    log(`Applied ${migration.name}`);
  }
  return { applied: done };
}
