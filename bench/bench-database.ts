// The benchmark's databases: one per size (widgets_bench_1000, widgets_bench_1000000), on the
// embedded PostgreSQL of bin/db.ts or on the server of DATABASE_URL, never the development or
// test database. Each is migrated with the project's migrator, like `bin/db.ts reset`, and seeded
// with bulk SQL (generate_series), so a million widgets take a minute, not an hour of ORM inserts.
// The databases are kept after a run: `npm run bench -- --reuse-data` measures them again.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { databaseUrlFor, usesEmbeddedPostgres } from '../lib/database-url';
import { installJobQueue } from '../lib/db/job-queue-schema';
import { applyPendingMigrations } from '../lib/db/migrator';

const PROJECT_DIR = path.resolve(import.meta.dirname, '..');
const MIGRATIONS_DIR = path.join(PROJECT_DIR, 'prisma', 'migrations');
const TSX = path.join(PROJECT_DIR, 'node_modules', '.bin', 'tsx');

export const MANUFACTURERS = 1_000;
/** Widgets are inserted in chunks of this many, each reported as it lands. */
const CHUNK = 100_000;

/** A list of words written as text, one space (or line break) between each. */
function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

// Widget names are "<adjective> <noun> <number>": 40 × 40 word pairs, so a word matches about 1
// widget in 40 (a search of typical selectivity), names sort in an order unrelated to their ids,
// and the number (the widget's id) keeps (name, manufacturer_id) unique.
const ADJECTIVES = words(`
  Amber Brass Bright Cobalt Compact Copper Crimson Deluxe Digital Dual Electric Golden Heavy
  Hollow Indigo Iron Jade Lunar Magnetic Micro Modular Nimble Oak Polar Quantum Quiet Rapid
  Rustic Silver Smart Solar Steel Swift Tiny Turbo Ultra Velvet Vintage Wireless Zinc
`);
const NOUNS = words(`
  Actuator Bearing Bolt Bracket Bushing Cam Clamp Coil Coupler Crank Dial Flange Gasket Gear
  Gizmo Grommet Hinge Hub Lever Magnet Nozzle Nut Piston Pulley Ratchet Relay Rivet Rotor Sensor
  Shaft Spindle Spring Sprocket Stembolt Switch Toggle Valve Washer Winch Wrench
`);
/** The search the benchmark measures: one noun of the 40, so about 2.5% of the widgets match. */
export const SEARCH_TERM = 'sprocket';

// Manufacturers are "<prefix> <suffix>" (40 × 25 = 1,000 unique names), each with an address.
const NAME_PREFIXES = words(`
  Acme Apex Atlas Beacon Boreal Cascade Cyberdyne Delta Echo Ember Falcon Frontier Granite Harbor
  Helix Horizon Initech Juniper Keystone Lumen Meridian Nimbus Northwind Orbit Pinnacle Prairie
  Quarry Redwood Sable Summit Tandem Tidewater Umbra Vertex Vista Wavelength Willow Xenon
  Yellowstone Zenith
`);
const NAME_SUFFIXES = words(`
  Systems Works Industries Labs Manufacturing Dynamics Engineering Fabrication Foundry Machines
  Mechanics Motors Tooling Supply Robotics Instruments Components Metals Devices Technologies
  Assembly Precision Products Holdings Group
`);
const STREETS = words('Main Oak Maple Cedar Pine Elm Lake Hill Park River');

/** How the benchmark reaches one database: its URL, and a name to show. */
export type BenchDatabase = { name: string; url: string; widgets: number };

/** The database holding `widgets` widgets, on the embedded server or DATABASE_URL's. */
export function benchDatabase(widgets: number): BenchDatabase {
  const name = `widgets_bench_${widgets}`;
  const url = new URL(databaseUrlFor('development'));
  const theirs = [process.env.DATABASE_URL, process.env.TEST_DATABASE_URL, url.toString()];
  url.pathname = `/${name}`;
  // The names differ by construction; this guards against a DATABASE_URL that names ours.
  if (theirs.some((other) => other && new URL(other).pathname === url.pathname)) {
    throw new Error(`DATABASE_URL or TEST_DATABASE_URL names ${name}, the benchmark's database.`);
  }
  return { name, url: url.toString(), widgets };
}

/** The server's maintenance database, to create and drop the benchmark's databases from. */
function adminUrl(): string {
  const url = new URL(databaseUrlFor('development'));
  url.pathname = '/postgres';
  return url.toString();
}

/**
 * Starts the embedded PostgreSQL with bin/db.ts when it is not running (nothing to do with
 * DATABASE_URL set). Returns whether it started it, so the caller stops only what it started.
 */
export async function ensurePostgres(): Promise<{ started: boolean }> {
  if (!usesEmbeddedPostgres()) return { started: false };
  const status = await promisify(execFile)(TSX, ['bin/db.ts', 'status'], {
    cwd: PROJECT_DIR,
  }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? 1,
  );
  if (status === 0) return { started: false };
  await promisify(execFile)(TSX, ['bin/db.ts', 'start'], { cwd: PROJECT_DIR });
  return { started: true };
}

export async function stopPostgres(): Promise<void> {
  await promisify(execFile)(TSX, ['bin/db.ts', 'stop'], { cwd: PROJECT_DIR });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'widgets-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Applies pending migrations and creates the job queue, as `npm run db:migrate` does. */
export async function migrate(database: BenchDatabase): Promise<void> {
  await applyPendingMigrations(database.url, MIGRATIONS_DIR);
  await installJobQueue(database.url, () => {});
}

/** Whether the database exists and holds the widgets and manufacturers a seed would make. */
export async function isSeeded(database: BenchDatabase): Promise<boolean> {
  const exists = await withClient(adminUrl(), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database.name,
    ]);
    return rowCount === 1;
  });
  if (!exists) return false;
  return withClient(database.url, async (client) => {
    const { rows } = await client.query<{ widgets: number; manufacturers: number }>(
      `SELECT (SELECT count(*) FROM widgets)::int AS widgets,
              (SELECT count(*) FROM manufacturers)::int AS manufacturers`,
    );
    return rows[0]?.widgets === database.widgets && rows[0]?.manufacturers === MANUFACTURERS;
  });
}

/** Drops and recreates the database, then migrates it (what `bin/db.ts reset` does). */
export async function recreate(database: BenchDatabase): Promise<void> {
  await withClient(adminUrl(), async (client) => {
    const name = client.escapeIdentifier(database.name);
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  await migrate(database);
}

/**
 * Fills a freshly migrated database: the manufacturers with their addresses, then the widgets in
 * chunks (`progress` hears after each), then VACUUM ANALYZE, so the planner has statistics and
 * autovacuum has no reason to start in the middle of a measurement.
 */
export async function seed(
  database: BenchDatabase,
  progress: (widgetsInserted: number) => void,
): Promise<void> {
  await withClient(database.url, async (client) => {
    // A run stopped with Ctrl-C closes the connection; the server then cancels the insert too.
    await client.query(`SET client_connection_check_interval = '1s'`);
    await client.query(
      `INSERT INTO addresses (id, street, zip, created_at, updated_at)
       SELECT i, (1 + i * 37 % 9999) || ' ' || ($1::text[])[1 + i % cardinality($1::text[])] || ' Street',
              lpad((i * 7919 % 100000)::text, 5, '0'), stamp, stamp
         FROM generate_series(1, $2::int) AS i,
              LATERAL (SELECT now() - interval '1 day' * (3650 - i * 3) AS stamp) AS created`,
      [STREETS, MANUFACTURERS],
    );
    await client.query(
      `INSERT INTO manufacturers (id, name, address_id, created_at, updated_at)
       SELECT i, ($1::text[])[1 + (i - 1) % cardinality($1::text[])] || ' ' ||
                 ($2::text[])[1 + (i - 1) / cardinality($1::text[])],
              i, stamp, stamp
         FROM generate_series(1, $3::int) AS i,
              LATERAL (SELECT now() - interval '1 day' * (3650 - i * 3) AS stamp) AS created`,
      [NAME_PREFIXES, NAME_SUFFIXES, MANUFACTURERS],
    );
    // Every value comes from a hash of the id (hashint4extended with a different seed for each
    // column): spread evenly, unrelated to each other, and the same on every run.
    for (let first = 1; first <= database.widgets; first += CHUNK) {
      const last = Math.min(database.widgets, first + CHUNK - 1);
      await client.query(
        `INSERT INTO widgets (id, name, price_cents, widget_status_id, manufacturer_id, created_at, updated_at)
         SELECT i,
                ($1::text[])[1 + abs(hashint4extended(i, 1)) % cardinality($1::text[])] || ' ' ||
                  ($2::text[])[1 + abs(hashint4extended(i, 2)) % cardinality($2::text[])] || ' ' || i,
                1 + abs(hashint4extended(i, 3)) % 1000000,
                statuses.ids[1 + abs(hashint4extended(i, 4)) % cardinality(statuses.ids)],
                1 + abs(hashint4extended(i, 5)) % $3::int,
                stamp, stamp
           FROM (SELECT array_agg(id ORDER BY id) AS ids FROM widget_statuses) AS statuses,
                generate_series($4::int, $5::int) AS i,
                LATERAL (SELECT now() - interval '1 second' * (abs(hashint4extended(i, 6)) % (5 * 365 * 86400)) AS stamp) AS created`,
        [ADJECTIVES, NOUNS, MANUFACTURERS, first, last],
      );
      progress(last);
    }
    // Explicit ids leave the identity sequences behind; a widget created later must not collide.
    for (const table of ['addresses', 'manufacturers', 'widgets']) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM ${table}))`,
        [table],
      );
    }
    await client.query('VACUUM ANALYZE');
  });
}

/** Refreshes the statistics (e.g. after a migration added an index to a reused database). */
export async function analyze(database: BenchDatabase): Promise<void> {
  await withClient(database.url, (client) => client.query('VACUUM ANALYZE').then(() => {}));
}

/** The ids the measured URLs need: the widget in the middle of the name order, and the next one. */
export async function middleOfNameOrder(
  database: BenchDatabase,
): Promise<{ middle: number; next: number }> {
  return withClient(database.url, async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `SELECT id FROM widgets ORDER BY name, id
        OFFSET (SELECT count(*) / 2 FROM widgets) LIMIT 2`,
    );
    if (rows.length < 2) throw new Error(`${database.name} has too few widgets.`);
    return { middle: rows[0]!.id, next: rows[1]!.id };
  });
}

export async function postgresVersion(database: BenchDatabase): Promise<string> {
  return withClient(database.url, async (client) => {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]!.server_version;
  });
}
