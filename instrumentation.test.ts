import { afterEach, describe, expect, it, vi } from 'vitest';
import { onRequestError } from '@/instrumentation';
import { metricValue } from '@/test/support/metrics';

afterEach(() => vi.unstubAllEnvs());

describe('onRequestError', () => {
  it("sends the error Next caught to the error reporter, with the route and the request's id", async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    const before = await metricValue('errors_total', { source: 'request' });

    await onRequestError(
      new Error('The page broke'),
      { path: '/widgets/12', method: 'GET', headers: { 'x-request-id': 'req-instrumented' } },
      {
        routerKind: 'App Router',
        routePath: '/widgets/[id]',
        routeType: 'render',
        renderSource: 'react-server-components',
        revalidateReason: undefined,
      },
    );

    expect(await metricValue('errors_total', { source: 'request' })).toBe(before + 1);
  });
});
