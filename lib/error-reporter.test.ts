import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { createErrorReporter } from '@/lib/error-reporter';
import { runWithRequestContext } from '@/lib/request-context';
import { memoryLogger } from '@/test/support/memory-logger';
import { metricValue } from '@/test/support/metrics';

function reporterIntoMemory() {
  const { logger, lines, rawLines } = memoryLogger();
  return { reportError: createErrorReporter(logger), lines, rawLines };
}

describe('reportError', () => {
  it("logs a request's error with its route, request id, user and release, and counts it", async () => {
    const { reportError, lines, rawLines } = reporterIntoMemory();
    const before = await metricValue('errors_total', { source: 'request' });

    runWithRequestContext({ requestId: 'req-9', userId: 42 }, () =>
      reportError(new Error('The database went away'), {
        source: 'request',
        method: 'POST',
        route: '/widgets/[id]/edit',
      }),
    );

    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'POST /widgets/[id]/edit failed',
        source: 'request',
        route: '/widgets/[id]/edit',
        requestId: 'req-9',
        userId: 42,
        release: env.RELEASE ?? null,
        err: expect.objectContaining({ message: 'The database went away' }),
      }),
    ]);
    expect(rawLines[0]!.match(/"requestId"/g)).toHaveLength(1);
    expect(await metricValue('errors_total', { source: 'request' })).toBe(before + 1);
  });

  it("logs a job's failure with its queue, job id and its request's id, and counts it", async () => {
    const { reportError, lines } = reporterIntoMemory();
    const before = await metricValue('errors_total', { source: 'job' });

    reportError(new Error('SMTP refused'), {
      source: 'job',
      job: 'high-priced-widget-check',
      jobId: 'a1b2',
      attempt: 2,
      requestId: 'req-10',
      details: { durationMs: 12 },
    });

    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'Job high-priced-widget-check failed',
        source: 'job',
        job: 'high-priced-widget-check',
        jobId: 'a1b2',
        attempt: 2,
        durationMs: 12,
        requestId: 'req-10',
        userId: null,
        err: expect.objectContaining({ message: 'SMTP refused' }),
      }),
    ]);
    expect(await metricValue('errors_total', { source: 'job' })).toBe(before + 1);
  });
});
