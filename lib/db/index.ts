import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';
import { currentRequestContext } from '@/lib/request-context';

function createPrismaClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.databaseUrl }),
    log: [{ emit: 'event', level: 'query' }],
  });
  // Each request's log line says how many SQL statements it sent: an N+1 shows up as a number
  // that grows with the page size (tests count the same way, test/support/sql-query-count.ts).
  client.$on('query', () => {
    const context = currentRequestContext();
    if (context) context.sqlQueryCount = (context.sqlQueryCount ?? 0) + 1;
  });
  return client;
}

// One client per process. Development's hot reload re-evaluates this module, so the client is
// kept on globalThis there to avoid opening a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

export type Db = typeof db;
