// The database's own rules, proven by writing around the app: raw SQL straight to the test
// database, as a script, a console session or a buggy service could. Each constraint of the
// migrations refuses a bad row (checked by its SQLSTATE and name) and accepts a good one.
//
// This file sits next to prisma/migrations because those are the code under test (ARCHITECTURE.md
// §1: tests sit next to what they test; test/ holds shared support).
import type pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteTestData, withRawClient } from '@/test/support/database';

// SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
const NOT_NULL = '23502';
const FOREIGN_KEY = '23503';
const UNIQUE = '23505';
const CHECK = '23514';

const NO_SUCH_ID = -1;

// SHA-256 digests in hex, as lib/api-key-tokens.ts stores them.
const NEW_KEY_DIGEST = 'a'.repeat(64);
const EXISTING_KEY_DIGEST = 'b'.repeat(64);

type Row = Record<string, unknown>;

/** Rows already in the database before each test. */
interface Existing {
  statusId: number;
  addressId: number;
  manufacturerId: number;
  otherManufacturerId: number;
  widgetId: number;
}

let existing: Existing;

async function insert(sql: pg.Client, table: string, row: Row): Promise<number> {
  const columns = Object.keys(row);
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  const result = await sql.query<{ id: number }>(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING id`,
    Object.values(row),
  );
  return result.rows[0]!.id;
}

/** A row each table accepts; every refusal below changes one thing in it. */
function validRow(table: string): Row {
  const rows: Record<string, Row> = {
    widget_statuses: { name: 'Test Status' },
    addresses: { street: '1 Test Street', zip: '12345' },
    manufacturers: { name: 'New Manufacturer', address_id: existing.addressId },
    widgets: {
      name: 'New Widget',
      price_cents: 100,
      widget_status_id: existing.statusId,
      manufacturer_id: existing.manufacturerId,
    },
    widget_ratings: { widget_id: existing.widgetId, rating: 3 },
    email_deliveries: {
      widget_id: existing.widgetId,
      kind: 'high_priced_widget',
      recipient: 'finance@example.com',
      message_id: '<test-message@widgets.example.com>',
    },
    users: { name: 'New User', email: 'new-user@example.com', role: 'catalog' },
    api_keys: {
      client_name: 'New Client',
      role: 'catalog',
      token_prefix: 'widgets_NewClien',
      token_digest: NEW_KEY_DIGEST,
    },
  };
  return rows[table]!;
}

beforeEach(async () => {
  await deleteTestData();
  existing = await withRawClient(async (sql) => {
    const { rows } = await sql.query<{ id: number }>(
      "SELECT id FROM widget_statuses WHERE name = 'Fresh'",
    );
    const statusId = rows[0]!.id;
    const addressId = await insert(sql, 'addresses', { street: '1 Main Street', zip: '10001' });
    const manufacturerId = await insert(sql, 'manufacturers', {
      name: 'Existing Manufacturer',
      address_id: addressId,
    });
    const otherManufacturerId = await insert(sql, 'manufacturers', {
      name: 'Other Manufacturer',
      address_id: addressId,
    });
    const widgetId = await insert(sql, 'widgets', {
      name: 'Existing Widget',
      price_cents: 100,
      widget_status_id: statusId,
      manufacturer_id: manufacturerId,
    });
    await insert(sql, 'users', {
      name: 'Existing User',
      email: 'existing-user@example.com',
      role: 'admin',
    });
    await insert(sql, 'api_keys', {
      client_name: 'Existing Client',
      role: 'catalog',
      token_prefix: 'widgets_Existing',
      token_digest: EXISTING_KEY_DIGEST,
    });
    return { statusId, addressId, manufacturerId, otherManufacturerId, widgetId };
  });
});

/** `price_cents = 0`, `name = NULL`: how a test names the change it makes to a valid row. */
function describeChange(change: Row): string {
  return Object.entries(change)
    .map(
      ([column, value]) =>
        `${column} = ${typeof value === 'string' ? `'${value}'` : String(value ?? 'NULL')}`,
    )
    .join(', ');
}

describe('refused rows', () => {
  const notNull = (column: string) => ({ code: NOT_NULL, column });
  const unique = (constraint: string) => ({ code: UNIQUE, constraint });
  const check = (constraint: string) => ({ code: CHECK, constraint });
  const foreignKey = (constraint: string) => ({ code: FOREIGN_KEY, constraint });

  const refusals: { table: string; change: Row; error: Partial<pg.DatabaseError> }[] = [
    { table: 'widget_statuses', change: { name: null }, error: notNull('name') },
    {
      table: 'widget_statuses',
      change: { name: 'Fresh' },
      error: unique('widget_statuses_name_key'),
    },

    { table: 'addresses', change: { street: null }, error: notNull('street') },
    { table: 'addresses', change: { zip: null }, error: notNull('zip') },

    { table: 'manufacturers', change: { name: null }, error: notNull('name') },
    {
      table: 'manufacturers',
      change: { name: 'Existing Manufacturer' },
      error: unique('manufacturers_name_key'),
    },
    { table: 'manufacturers', change: { address_id: null }, error: notNull('address_id') },
    {
      table: 'manufacturers',
      change: { address_id: NO_SUCH_ID },
      error: foreignKey('manufacturers_address_id_fkey'),
    },

    { table: 'widgets', change: { name: null }, error: notNull('name') },
    { table: 'widgets', change: { price_cents: null }, error: notNull('price_cents') },
    { table: 'widgets', change: { widget_status_id: null }, error: notNull('widget_status_id') },
    { table: 'widgets', change: { manufacturer_id: null }, error: notNull('manufacturer_id') },
    { table: 'widgets', change: { lock_version: null }, error: notNull('lock_version') },
    {
      table: 'widgets',
      change: { name: 'Existing Widget' },
      error: unique('widgets_name_manufacturer_id_key'),
    },
    { table: 'widgets', change: { price_cents: 0 }, error: check('price_must_be_positive') },
    { table: 'widgets', change: { price_cents: -1 }, error: check('price_must_be_positive') },
    {
      table: 'widgets',
      change: { widget_status_id: NO_SUCH_ID },
      error: foreignKey('widgets_widget_status_id_fkey'),
    },
    {
      table: 'widgets',
      change: { manufacturer_id: NO_SUCH_ID },
      error: foreignKey('widgets_manufacturer_id_fkey'),
    },

    { table: 'widget_ratings', change: { widget_id: null }, error: notNull('widget_id') },
    { table: 'widget_ratings', change: { rating: null }, error: notNull('rating') },
    {
      table: 'widget_ratings',
      change: { rating: 0 },
      error: check('rating_must_be_between_1_and_5'),
    },
    {
      table: 'widget_ratings',
      change: { rating: 6 },
      error: check('rating_must_be_between_1_and_5'),
    },
    {
      table: 'widget_ratings',
      change: { widget_id: NO_SUCH_ID },
      error: foreignKey('widget_ratings_widget_id_fkey'),
    },

    { table: 'email_deliveries', change: { widget_id: null }, error: notNull('widget_id') },
    { table: 'email_deliveries', change: { kind: null }, error: notNull('kind') },
    { table: 'email_deliveries', change: { recipient: null }, error: notNull('recipient') },
    { table: 'email_deliveries', change: { message_id: null }, error: notNull('message_id') },
    {
      table: 'email_deliveries',
      change: { kind: 'weekly_digest' },
      error: check('kind_must_be_a_known_email'),
    },
    {
      table: 'email_deliveries',
      change: { widget_id: NO_SUCH_ID },
      error: foreignKey('email_deliveries_widget_id_fkey'),
    },

    { table: 'users', change: { name: null }, error: notNull('name') },
    { table: 'users', change: { name: ' ' }, error: check('name_must_not_be_blank') },
    { table: 'users', change: { email: null }, error: notNull('email') },
    { table: 'users', change: { email: 'no-at-sign' }, error: check('email_must_have_an_at_sign') },
    {
      table: 'users',
      change: { email: '@example.com' },
      error: check('email_must_have_an_at_sign'),
    },
    // citext: the same address in other capitals is the same account.
    {
      table: 'users',
      change: { email: 'Existing-User@EXAMPLE.com' },
      error: unique('users_email_key'),
    },
    { table: 'users', change: { role: null }, error: notNull('role') },
    { table: 'users', change: { role: 'superuser' }, error: check('role_must_be_a_known_role') },
    { table: 'users', change: { role: 'Admin' }, error: check('role_must_be_a_known_role') },

    { table: 'api_keys', change: { client_name: null }, error: notNull('client_name') },
    {
      table: 'api_keys',
      change: { client_name: ' ' },
      error: check('client_name_must_not_be_blank'),
    },
    { table: 'api_keys', change: { role: null }, error: notNull('role') },
    { table: 'api_keys', change: { role: 'visitor' }, error: check('role_must_be_a_known_role') },
    { table: 'api_keys', change: { token_prefix: null }, error: notNull('token_prefix') },
    { table: 'api_keys', change: { token_digest: null }, error: notNull('token_digest') },
    // The key itself, or a digest in capitals, is not what the API compares with.
    {
      table: 'api_keys',
      change: { token_digest: `widgets_${'a'.repeat(43)}` },
      error: check('token_digest_must_be_a_sha256_digest'),
    },
    {
      table: 'api_keys',
      change: { token_digest: 'A'.repeat(64) },
      error: check('token_digest_must_be_a_sha256_digest'),
    },
    {
      table: 'api_keys',
      change: { token_digest: EXISTING_KEY_DIGEST },
      error: unique('api_keys_token_digest_key'),
    },
    // One active key per client.
    {
      table: 'api_keys',
      change: { client_name: 'Existing Client' },
      error: unique('api_keys_client_name_active_key'),
    },
  ];

  for (const { table, change, error } of refusals) {
    it(`${table}: ${describeChange(change)} (${error.constraint ?? 'not null'})`, async () => {
      await withRawClient(async (sql) => {
        await expect(insert(sql, table, { ...validRow(table), ...change })).rejects.toMatchObject(
          error,
        );
      });
    });
  }

  const referencedDeletes = [
    {
      title: 'an address that a manufacturer uses',
      statement: 'DELETE FROM addresses',
      constraint: 'manufacturers_address_id_fkey',
    },
    {
      title: 'a manufacturer that has widgets',
      statement: 'DELETE FROM manufacturers',
      constraint: 'widgets_manufacturer_id_fkey',
    },
    {
      title: 'a status that widgets have',
      statement: "DELETE FROM widget_statuses WHERE name = 'Fresh'",
      constraint: 'widgets_widget_status_id_fkey',
    },
  ];

  for (const { title, statement, constraint } of referencedDeletes) {
    it(`deleting ${title} (${constraint})`, async () => {
      await withRawClient(async (sql) => {
        await expect(sql.query(statement)).rejects.toMatchObject(foreignKey(constraint));
      });
    });
  }

  it('email_deliveries: a second email of the same kind about the same widget (email_deliveries_widget_id_kind_key)', async () => {
    await withRawClient(async (sql) => {
      await insert(sql, 'email_deliveries', validRow('email_deliveries'));
      await expect(
        insert(sql, 'email_deliveries', {
          ...validRow('email_deliveries'),
          message_id: '<another-message@widgets.example.com>',
        }),
      ).rejects.toMatchObject(unique('email_deliveries_widget_id_kind_key'));
    });
  });
});

describe('accepted rows', () => {
  for (const table of [
    'widget_statuses',
    'addresses',
    'manufacturers',
    'widgets',
    'widget_ratings',
    'email_deliveries',
    'users',
    'api_keys',
  ]) {
    it(`${table}: the valid row every refusal above starts from`, async () => {
      await withRawClient(async (sql) => {
        // widget_statuses is reference data that deleteTestData keeps: roll the new row back.
        await sql.query('BEGIN');
        await expect(insert(sql, table, validRow(table))).resolves.toEqual(expect.any(Number));
        await sql.query('ROLLBACK');
      });
    });
  }

  const acceptances: { table: string; change: Row }[] = [
    { table: 'widgets', change: { price_cents: 1 } },
    { table: 'widget_ratings', change: { rating: 1 } },
    { table: 'widget_ratings', change: { rating: 5 } },
    { table: 'email_deliveries', change: { kind: 'new_manufacturer_widget' } },
    { table: 'users', change: { role: 'customer_service' } },
    { table: 'users', change: { role: 'finance' } },
    { table: 'users', change: { role: 'admin' } },
    { table: 'api_keys', change: { role: 'admin' } },
    // Another key for a client with an active one, deactivated.
    {
      table: 'api_keys',
      change: { client_name: 'Existing Client', deactivated_at: '2026-01-01T00:00:00Z' },
    },
  ];

  for (const { table, change } of acceptances) {
    it(`${table}: ${describeChange(change)}`, async () => {
      await withRawClient(async (sql) => {
        await expect(insert(sql, table, { ...validRow(table), ...change })).resolves.toEqual(
          expect.any(Number),
        );
      });
    });
  }

  it('widgets: a name that another manufacturer already uses', async () => {
    await withRawClient(async (sql) => {
      const row = {
        ...validRow('widgets'),
        name: 'Existing Widget',
        manufacturer_id: existing.otherManufacturerId,
      };
      await expect(insert(sql, 'widgets', row)).resolves.toEqual(expect.any(Number));
    });
  });

  it('api_keys: a client with deactivated keys gets an active one, but only one', async () => {
    await withRawClient(async (sql) => {
      const key = (digit: string, deactivatedAt: Date | null) => ({
        ...validRow('api_keys'),
        token_digest: digit.repeat(64),
        deactivated_at: deactivatedAt,
      });
      await insert(sql, 'api_keys', key('1', new Date('2026-01-01T00:00:00Z')));
      await insert(sql, 'api_keys', key('2', new Date('2026-02-01T00:00:00Z')));
      await expect(insert(sql, 'api_keys', key('3', null))).resolves.toEqual(expect.any(Number));

      await expect(insert(sql, 'api_keys', key('4', null))).rejects.toMatchObject({
        code: UNIQUE,
        constraint: 'api_keys_client_name_active_key',
      });
    });
  });

  it('deleting a widget deletes its ratings (ON DELETE CASCADE)', async () => {
    await withRawClient(async (sql) => {
      await insert(sql, 'widget_ratings', { widget_id: existing.widgetId, rating: 4 });
      await insert(sql, 'widget_ratings', { widget_id: existing.widgetId, rating: 5 });

      await sql.query('DELETE FROM widgets WHERE id = $1', [existing.widgetId]);

      const { rows } = await sql.query('SELECT id FROM widget_ratings WHERE widget_id = $1', [
        existing.widgetId,
      ]);
      expect(rows).toEqual([]);
    });
  });

  it('email_deliveries: both kinds of email about one widget', async () => {
    await withRawClient(async (sql) => {
      await insert(sql, 'email_deliveries', validRow('email_deliveries'));
      const other = { ...validRow('email_deliveries'), kind: 'new_manufacturer_widget' };
      await expect(insert(sql, 'email_deliveries', other)).resolves.toEqual(expect.any(Number));
    });
  });

  it('deleting a widget deletes its email deliveries (ON DELETE CASCADE)', async () => {
    await withRawClient(async (sql) => {
      await insert(sql, 'email_deliveries', validRow('email_deliveries'));

      await sql.query('DELETE FROM widgets WHERE id = $1', [existing.widgetId]);

      const { rows } = await sql.query('SELECT id FROM email_deliveries WHERE widget_id = $1', [
        existing.widgetId,
      ]);
      expect(rows).toEqual([]);
    });
  });
});

describe('the migrated schema', () => {
  it('has the reference statuses Fresh, Approved and Archived', async () => {
    const { rows } = await withRawClient((sql) =>
      sql.query<{ name: string }>('SELECT name FROM widget_statuses ORDER BY id'),
    );
    expect(rows.map((row) => row.name)).toEqual(['Fresh', 'Approved', 'Archived']);
  });

  it('has a comment on every table and column', async () => {
    const { rows } = await withRawClient((sql) =>
      sql.query<{ object: string; comment: string | null }>(`
        SELECT c.relname AS object, obj_description(c.oid, 'pg_class') AS comment
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
        UNION ALL
        SELECT c.relname || '.' || a.attname, col_description(c.oid, a.attnum)
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      `),
    );

    expect(rows.map((row) => row.object)).toContain('widgets.price_cents');
    expect(rows.filter((row) => !row.comment).map((row) => row.object)).toEqual([]);
  });

  it('has an index on every foreign key, led by its columns', async () => {
    const { rows } = await withRawClient((sql) =>
      sql.query<{ foreign_key: string; indexed: boolean }>(`
        SELECT con.conname AS foreign_key,
               EXISTS (
                 SELECT 1 FROM pg_index i
                 WHERE i.indrelid = con.conrelid
                   AND (i.indkey::int2[])[0:cardinality(con.conkey) - 1] = con.conkey
               ) AS indexed
        FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
        WHERE con.contype = 'f' AND n.nspname = 'public'
      `),
    );

    expect(rows.map((row) => row.foreign_key)).toContain('widgets_manufacturer_id_fkey');
    expect(rows.filter((row) => !row.indexed).map((row) => row.foreign_key)).toEqual([]);
  });
});
