import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Logger } from 'pino';
import { PrismaClient } from '@/generated/prisma/client';
import { DatabaseUnavailableError, isDatabaseUnavailableError } from '@/lib/db/errors';
import { env } from '@/lib/env';
import { onShutdown } from '@/lib/lifecycle';
import { logger as appLogger } from '@/lib/logger';
import { trackDatabasePool } from '@/lib/metrics';
import { currentRequestContext } from '@/lib/request-context';

/** A statement that takes longer than this is logged (warn) with its SQL and duration. */
export const SLOW_QUERY_MS = 100;

/**
 * How long a request waits for a new connection before it fails: a database that does not answer
 * (a network partition, a server that hangs) must not hang every request with it; node-postgres's
 * default is to wait forever.
 */
export const CONNECTION_TIMEOUT_MS = 2_000;

// The pool is ours, not the adapter's, so lib/metrics.ts can report its connections.
export function createPrismaClient({ logger = appLogger }: { logger?: Logger } = {}) {
  const pool = new pg.Pool({
    connectionString: env.databaseUrl,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
  });
  trackDatabasePool(pool);
  const client = new PrismaClient({
    // disposeExternalPool: $disconnect closes the pool, as it closes one the adapter opened.
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    log: [{ emit: 'event', level: 'query' }],
  });
  client.$on('query', (event) => {
    // Each request's log line says how many SQL statements it sent: an N+1 shows up as a number
    // that grows with the page size (tests count the same way, test/support/sql-query-count.ts).
    const context = currentRequestContext();
    if (context) context.sqlQueryCount = (context.sqlQueryCount ?? 0) + 1;
    // The SQL text only: its parameters are user data (passwords' hashes, emails).
    if (event.duration > SLOW_QUERY_MS) {
      logger.warn({ durationMs: Math.round(event.duration), sql: event.query }, 'Slow SQL');
    }
  });
  // A database that cannot be reached is an outage, not a bug: the request is answered 503
  // (server.ts applies the status) with the "temporarily unavailable" page or JSON error. The
  // extension changes no query's types, so the client keeps its own type (an extended client's
  // transaction client would no longer be a Prisma.TransactionClient).
  const withOutages = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          if (!isDatabaseUnavailableError(error)) throw error;
          const context = currentRequestContext();
          if (context) context.databaseUnavailable = true;
          throw new DatabaseUnavailableError(error);
        }
      },
    },
  });
  return withOutages as unknown as typeof client;
}

// One client per process. Development's hot reload re-evaluates this module, so the client is
// kept on globalThis there to avoid opening a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
else onShutdown('database pool', () => db.$disconnect());

export type Db = typeof db;
