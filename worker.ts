// The background job worker: `npm run worker` (bin/dev runs it beside the web server). It works
// the queues of jobs/queues.ts (lib/job-worker.ts) until SIGTERM or SIGINT, then stops fetching,
// lets running jobs finish (handing back any still running after SHUTDOWN_TIMEOUT_MS, so they are
// retried) and exits 0. Signals that arrive while it stops are ignored: a Ctrl-C under bin/dev
// reaches it both from the terminal and through concurrently. With WORKER_METRICS_PORT set, it
// also serves its own /metrics there (lib/metrics.ts; the web process's /metrics cannot see it).
import './lib/load-env-files';
import { SHUTDOWN_TIMEOUT_MS, startJobWorker } from './lib/job-worker';
import { env } from './lib/env';
import { logger } from './lib/logger';
import { startMetricsServer } from './lib/metrics';
import { startTracing } from './lib/telemetry';
import { stopTracing } from './lib/tracing';
import { QUEUE_NAMES } from './jobs/queues';

async function startWorker() {
  startTracing('widgets-worker');
  const worker = await startJobWorker();
  const metricsServer =
    env.WORKER_METRICS_PORT === undefined
      ? undefined
      : await startMetricsServer({
          host: env.HOST,
          port: env.WORKER_METRICS_PORT,
          token: env.METRICS_TOKEN,
        });
  logger.info(
    { queues: QUEUE_NAMES, mode: env.NODE_ENV, metricsPort: env.WORKER_METRICS_PORT ?? null },
    'Worker started',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Worker stopping: no new jobs, waiting for running ones');
    metricsServer?.close();
    worker.stop({ graceful: true, timeout: SHUTDOWN_TIMEOUT_MS }).then(
      async () => {
        await stopTracing();
        logger.info('Worker stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Worker did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

startWorker().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the worker could not start');
  process.exit(1);
});
