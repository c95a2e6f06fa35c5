import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from '@/lib/logger';
import { runWithRequestContext } from '@/lib/request-context';

function loggerIntoMemory() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ ...loggerOptions, level: 'info' }, sink), lines };
}

describe('logger', () => {
  it('adds the current request id to lines logged while serving a request', async () => {
    const { logger, lines } = loggerIntoMemory();

    await runWithRequestContext({ requestId: 'req-42' }, async () => {
      await Promise.resolve();
      logger.info({ widgetId: 7 }, 'widget created');
    });
    logger.info('outside any request');

    expect(lines[0]).toMatchObject({
      level: 'info',
      requestId: 'req-42',
      widgetId: 7,
      msg: 'widget created',
    });
    expect(lines[1]).not.toHaveProperty('requestId');
  });
});
