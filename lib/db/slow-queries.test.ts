import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient, SLOW_QUERY_MS } from '@/lib/db';
import { memoryLogger } from '@/test/support/memory-logger';

// The app's database client, as lib/db builds it, logging into memory.
const { logger, lines } = memoryLogger();
const client = createPrismaClient({ logger });
afterAll(() => client.$disconnect());

describe('slow SQL', () => {
  it(`logs a statement slower than ${SLOW_QUERY_MS} ms with its duration and SQL, not its parameters`, async () => {
    const seconds = 0.15;
    // Connected first: opening the connection can itself take longer on a busy machine.
    await client.$connect();
    await client.$queryRaw`SELECT 'warm-up'`;
    lines.length = 0;
    await client.$queryRaw`SELECT 'quick'`;
    await client.$executeRaw`SELECT pg_sleep(${seconds})`;

    expect(lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        msg: 'Slow SQL',
        sql: 'SELECT pg_sleep($1)',
        durationMs: expect.any(Number),
      }),
    ]);
    expect(lines[0]!.durationMs).toBeGreaterThan(SLOW_QUERY_MS);
    expect(JSON.stringify(lines[0])).not.toContain('0.15');
  });
});
