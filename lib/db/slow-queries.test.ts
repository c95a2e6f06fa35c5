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
    await client.$queryRaw`SELECT 'quick'`;
    await client.$executeRaw`SELECT pg_sleep(${seconds})`;

    // The sleep is logged; a statement is logged only when slow (on a busy machine even the quick
    // one may be, so the test does not insist that it is not).
    const logged = lines.filter(({ sql }) => sql === 'SELECT pg_sleep($1)');
    expect(logged).toEqual([
      expect.objectContaining({ level: 'warn', msg: 'Slow SQL', durationMs: expect.any(Number) }),
    ]);
    for (const line of lines) expect(line.durationMs).toBeGreaterThan(SLOW_QUERY_MS);
    expect(JSON.stringify(lines)).not.toContain('0.15');
  });
});
