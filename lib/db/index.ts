import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { DatabaseUnavailableError, isDatabaseUnavailableError } from '@/lib/db/errors';
import { env } from '@/lib/env';
import { onShutdown } from '@/lib/lifecycle';
import { currentRequestContext } from '@/lib/request-context';

/**
 * How long a request waits for a new connection before it fails: a database that does not answer
 * (a network partition, a server that hangs) must not hang every request with it.
 */
export const CONNECTION_TIMEOUT_MS = 2_000;

function createPrismaClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({
      connectionString: env.databaseUrl,
      connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    }),
    log: [{ emit: 'event', level: 'query' }],
  });
  // Each request's log line says how many SQL statements it sent: an N+1 shows up as a number
  // that grows with the page size (tests count the same way, test/support/sql-query-count.ts).
  client.$on('query', () => {
    const context = currentRequestContext();
    if (context) context.sqlQueryCount = (context.sqlQueryCount ?? 0) + 1;
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
