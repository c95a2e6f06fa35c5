import { describe, expect, it } from 'vitest';
import { runWithRequestContext } from '@/lib/request-context';
import { memoryLogger } from '@/test/support/memory-logger';

describe('logger', () => {
  it('adds the current request id to lines logged while serving a request', async () => {
    const { logger, lines } = memoryLogger();

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
