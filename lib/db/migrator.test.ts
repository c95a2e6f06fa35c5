// The migration runner against real throwaway databases on the test database's server (env files
// are loaded by test/support/vitest-setup.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlFor } from '@/lib/database-url';
import { MigrationError, applyPendingMigrations, readMigrations } from '@/lib/db/migrator';
import { withPgClient } from '@/test/support/database';

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');

let adminUrl: string;
const databases: string[] = [];
const tempDirs: string[] = [];

/** A new empty database on the test server; dropped after the suite. */
async function createDatabase(): Promise<string> {
  const name = `widgets_migrator_test_${Math.random().toString(36).slice(2, 10)}`;
  await withPgClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`),
  );
  databases.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A copy of the project's migrations (plus `extra` folders) that a test may change. */
async function migrationsCopy(extra: Record<string, string> = {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'widgets-migrations-'));
  tempDirs.push(dir);
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await fs.mkdir(path.join(dir, name));
    await fs.writeFile(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function recordedMigrations(url: string) {
  return withPgClient(url, async (client) => {
    const { rows } = await client.query<{
      id: string;
      checksum: string;
      migration_name: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      logs: string | null;
      applied_steps_count: number;
    }>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    return rows;
  });
}

beforeAll(() => {
  const url = new URL(databaseUrlFor('test'));
  url.pathname = '/postgres';
  adminUrl = url.toString();
});

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

afterAll(async () => {
  if (databases.length === 0) return;
  await withPgClient(adminUrl, async (client) => {
    for (const name of databases) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    }
  });
});

describe('applyPendingMigrations', { timeout: 30_000 }, () => {
  it('applies every migration to an empty database and records it as prisma migrate deploy does', async () => {
    const url = await createDatabase();
    const names = (await readMigrations(MIGRATIONS_DIR)).map((migration) => migration.name);
    expect(names.length).toBeGreaterThan(0);
    const lines: string[] = [];

    const result = await applyPendingMigrations(url, MIGRATIONS_DIR, (line) => lines.push(line));

    expect(result.applied).toEqual(names);
    expect(lines).toEqual(names.map((name) => `Applied ${name}`));
    const rows = await recordedMigrations(url);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const file = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const columns = await withPgClient(url, async (client) => {
      const { rows: found } = await client.query<{
        column_name: string;
        data_type: string;
        is_nullable: string;
      }>(
        `SELECT column_name, data_type, is_nullable FROM information_schema.columns
          WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      return found.map(
        (column) => `${column.column_name} ${column.data_type} ${column.is_nullable}`,
      );
    });
    expect(columns).toEqual([
      'id character varying NO',
      'checksum character varying NO',
      'finished_at timestamp with time zone YES',
      'migration_name character varying NO',
      'logs text YES',
      'rolled_back_at timestamp with time zone YES',
      'started_at timestamp with time zone NO',
      'applied_steps_count integer NO',
    ]);
    const widgets = await withPgClient(url, (client) =>
      client.query("SELECT to_regclass('public.widgets') AS t"),
    );
    expect(widgets.rows[0].t).toBe('widgets');
  });

  it('applies nothing the second time', async () => {
    const url = await createDatabase();
    await applyPendingMigrations(url, MIGRATIONS_DIR);
    const lines: string[] = [];

    const result = await applyPendingMigrations(url, MIGRATIONS_DIR, (line) => lines.push(line));

    expect(result.applied).toEqual([]);
    expect(lines).toEqual(['No pending migrations.']);
  });

  it('applies only the migrations added since the last run', async () => {
    const url = await createDatabase();
    const dir = await migrationsCopy();
    await applyPendingMigrations(url, dir);
    await fs.mkdir(path.join(dir, '29990101000000_add_note'));
    await fs.writeFile(
      path.join(dir, '29990101000000_add_note', 'migration.sql'),
      'ALTER TABLE widgets ADD COLUMN note text;\n',
    );

    const result = await applyPendingMigrations(url, dir);

    expect(result.applied).toEqual(['29990101000000_add_note']);
  });

  it('refuses when an applied migration was edited, but accepts changed line endings as Prisma does', async () => {
    const url = await createDatabase();
    const dir = await migrationsCopy();
    await applyPendingMigrations(url, dir);
    const [first] = await readMigrations(dir);
    if (!first) throw new Error('no migrations');

    await fs.writeFile(first.path, first.sql.replaceAll('\n', '\r\n'));
    await expect(applyPendingMigrations(url, dir)).resolves.toEqual({ applied: [] });

    await fs.writeFile(first.path, `${first.sql}\n-- an edit after the fact\n`);
    const refusal = applyPendingMigrations(url, dir);
    await expect(refusal).rejects.toBeInstanceOf(MigrationError);
    await expect(refusal).rejects.toThrow(
      `Migration ${first.name} was changed after it was applied`,
    );
  });

  it('refuses while a recorded migration is marked as failed', async () => {
    const url = await createDatabase();
    await applyPendingMigrations(url, MIGRATIONS_DIR);
    await withPgClient(url, (client) =>
      client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, logs)
         VALUES (gen_random_uuid()::text, repeat('0', 64), '29990101000000_broken', NULL, 'boom')`,
      ),
    );

    await expect(applyPendingMigrations(url, MIGRATIONS_DIR)).rejects.toThrow(
      /Migration 29990101000000_broken is recorded as failed/,
    );
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const url = await createDatabase();
    const dir = await migrationsCopy({
      '29990101000000_half_done': 'CREATE TABLE half_done (id integer);\nSELECT 1 / 0;\n',
    });

    await expect(applyPendingMigrations(url, dir)).rejects.toThrow(
      /Migration 29990101000000_half_done failed and was rolled back: division by zero/,
    );

    const rows = await recordedMigrations(url);
    expect(rows.map((row) => row.migration_name)).not.toContain('29990101000000_half_done');
    expect(rows.length).toBe((await readMigrations(MIGRATIONS_DIR)).length);
    const table = await withPgClient(url, (client) =>
      client.query("SELECT to_regclass('public.half_done') AS t"),
    );
    expect(table.rows[0].t).toBeNull();
  });

  it('applies each migration once when two runs start at the same time', async () => {
    const url = await createDatabase();
    // A slow migration keeps the first run inside the lock while the second one arrives.
    const dir = await migrationsCopy({ '29990101000000_slow': 'SELECT pg_sleep(0.5);\n' });
    const names = (await readMigrations(dir)).map((migration) => migration.name);

    const results = await Promise.all([
      applyPendingMigrations(url, dir),
      applyPendingMigrations(url, dir),
    ]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, names.length]);
    expect((await recordedMigrations(url)).map((row) => row.migration_name)).toEqual(names);
  });
});
