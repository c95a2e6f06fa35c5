import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient, SLOW_QUERY_MS } from '@/lib/db';
import { loggerOptions } from '@/lib/logger';

// The app's database client, as lib/db builds it, logging into memory.
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(JSON.parse(String(chunk)));
    done();
  },
});
const client = createPrismaClient({ logger: pino({ ...loggerOptions, level: 'info' }, sink) });
afterAll(() => client.$disconnect());

describe('slow SQL', () => {
  it(`logs a statement slower than ${SLOW_QUERY_MS} ms with its duration and SQL, not its parameters`, async () => {
    const seconds = 0.15;
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
