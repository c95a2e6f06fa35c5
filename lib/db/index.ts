import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Logger } from 'pino';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';
import { logger as appLogger } from '@/lib/logger';
import { trackDatabasePool } from '@/lib/metrics';
import { currentRequestContext } from '@/lib/request-context';

/** A statement that takes longer than this is logged (warn) with its SQL and duration. */
export const SLOW_QUERY_MS = 100;

/**
 * How long a query waits to connect before it fails. A database that is down or unreachable
 * then fails requests (and /ready) within seconds instead of holding them until the client
 * gives up; node-postgres's default is to wait forever.
 */
export const CONNECTION_TIMEOUT_MS = 5_000;

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
  return client;
}

// One client per process. Development's hot reload re-evaluates this module, so the client is
// kept on globalThis there to avoid opening a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

export type Db = typeof db;
