// How fast the job queue is on this machine: `npm run bench:jobs [-- --env test] [--jobs N]`.
//
// Runs a worker in this process with the worker's own settings (lib/job-worker.ts) on a queue of
// its own, with the app's queue options (jobs/queues.ts), and measures:
// - latency: jobs sent one at a time, each waited for, from the send to its handler running
//   (what a new widget's checks wait before they start);
// - throughput: jobs queued in one statement, until the last is handled (how fast a backlog
//   drains, e.g. after the worker was down).
// The jobs do nothing, so this measures pg-boss and PostgreSQL, not the app's handlers. The queue
// is deleted afterwards. Figures of a run are kept in docs/benchmarks.md.
import '../lib/load-env-files';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Job, PgBoss } from 'pg-boss';
import { JOB_QUEUE_SCHEMA, QUEUE_OPTIONS } from '../jobs/queues';
import { type DatabaseEnvironment, databaseUrlFor } from '../lib/database-url';
import { WORK_OPTIONS, WORKER_OPTIONS } from '../lib/job-worker';

const USAGE = `Usage: npm run bench:jobs -- [--env development|test] [--jobs N]

  --env    the database to run in (default: development); never production
  --jobs   jobs per measurement, 10 to 5000 (default: 200 for latency, 10 times that for throughput)`;

const QUEUE = 'bench-trivial-job';
/** The whole run gives up after this long. */
const TIME_LIMIT_MS = 120_000;

type Options = { environment: DatabaseEnvironment; jobs: number };

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: { env: { type: 'string', default: 'development' }, jobs: { type: 'string' } },
  });
  if (values.env !== 'development' && values.env !== 'test') throw new Error(USAGE);
  const jobs = Number(values.jobs ?? 200);
  if (!Number.isInteger(jobs) || jobs < 10 || jobs > 5000) throw new Error(USAGE);
  return { environment: values.env, jobs };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Resolves when `done()` is true, checking whenever a job is handled; rejects after the limit. */
function waitUntil(done: () => boolean, handled: EventTarget, deadline: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (done()) {
        handled.removeEventListener('job', check);
        clearTimeout(timer);
        resolve();
      }
    };
    const timer = setTimeout(() => {
      handled.removeEventListener('job', check);
      reject(new Error(`The benchmark took longer than ${TIME_LIMIT_MS / 1000} s.`));
    }, deadline - Date.now());
    handled.addEventListener('job', check);
    check();
  });
}

async function main(): Promise<void> {
  const { environment, jobs } = parseOptions(process.argv.slice(2));
  const connectionString = databaseUrlFor(environment);
  const deadline = Date.now() + TIME_LIMIT_MS;

  // Two instances, as in the app: the web process sends, the worker works.
  const sender = new PgBoss({
    connectionString,
    schema: JOB_QUEUE_SCHEMA,
    supervise: false,
    schedule: false,
    migrate: false,
    createSchema: false,
  });
  const worker = new PgBoss({ connectionString, ...WORKER_OPTIONS });
  for (const boss of [sender, worker]) boss.on('error', (error) => console.error(error));
  await sender.start();
  await worker.start();

  // When each job (by its `seq`) was handled, in performance.now() milliseconds.
  const handledAt = new Map<number, number>();
  const handled = new EventTarget();
  await sender.deleteQueue(QUEUE); // with any jobs an interrupted run left behind
  await sender.createQueue(QUEUE, QUEUE_OPTIONS);
  try {
    await worker.work(QUEUE, WORK_OPTIONS, async (batch: Job<{ seq: number }>[]) => {
      const now = performance.now();
      for (const job of batch) handledAt.set(job.data.seq, now);
      handled.dispatchEvent(new Event('job'));
      return batch.map((job) => ({ id: job.id, status: 'completed' as const }));
    });
    console.log(`pg-boss on the ${environment} database, worker in this process\n`);

    // Latency: one job at a time, each handled before the next is sent.
    const latencies: number[] = [];
    for (let seq = 0; seq < jobs; seq++) {
      const sentAt = performance.now();
      await sender.send(QUEUE, { seq });
      await waitUntil(() => handledAt.has(seq), handled, deadline);
      latencies.push(handledAt.get(seq)! - sentAt);
    }
    latencies.sort((a, b) => a - b);
    console.log(`Latency, send → handler, ${jobs} jobs sent one at a time:`);
    console.log(
      `  p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, ` +
        `max ${ms(latencies.at(-1)!)}`,
    );

    // Throughput: a backlog queued in one statement, drained by the worker.
    const backlog = jobs * 10;
    const first = jobs;
    const queuedAt = performance.now();
    await sender.insert(
      QUEUE,
      Array.from({ length: backlog }, (_, index) => ({ data: { seq: first + index } })),
    );
    await waitUntil(() => handledAt.size === first + backlog, handled, deadline);
    const seconds = (performance.now() - queuedAt) / 1000;
    console.log(`Throughput, ${backlog} jobs queued at once:`);
    console.log(
      `  all handled in ${seconds.toFixed(2)} s: ${Math.round(backlog / seconds)} jobs/s`,
    );
  } finally {
    await worker.stop({ graceful: true, timeout: 5_000 });
    await sender.deleteQueue(QUEUE);
    await sender.stop({ graceful: false });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
