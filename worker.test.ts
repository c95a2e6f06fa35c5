// worker.ts as the process `npm run worker` starts, against the test database: it works the jobs
// a new widget queues, logs them with the request id, stops on SIGTERM with exit code 0, and a
// worker killed in the middle of sending an email leaves it to be sent exactly once. With
// tracing on it sends the job's spans to an OTLP endpoint, in the trace that queued the job.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { ROOT_CONTEXT, TraceFlags, context, propagation, trace } from '@opentelemetry/api';
import { NodeSDK, type NodeSDKConfiguration } from '@opentelemetry/sdk-node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runWithRequestContext } from '@/lib/request-context';
import { WidgetCreator } from '@/services/widget-creator';
import { manufacturerFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { mailCatcherInbox } from '@/test/support/mail-catcher';
import { startOtlpReceiver } from '@/test/support/otlp-receiver';

type LogLine = Record<string, unknown> & { msg: string };

/** A worker.ts process, its JSON log lines collected as they come. */
class WorkerProcess {
  readonly lines: LogLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{')) this.lines.push(JSON.parse(line) as LogLine);
    });
    this.exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  }

  static async start(env: Record<string, string> = {}): Promise<WorkerProcess> {
    // One process (node with tsx's loader, not the tsx CLI, which runs node as its child), so that
    // a SIGKILL kills the worker itself. Tracing is off unless a test turns it on.
    const { OTEL_TRACES_EXPORTER: _tracing, ...inherited } = process.env;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=react-server', 'worker.ts'],
      {
        env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const worker = new WorkerProcess(child);
    await worker.waitForLine((line) => line.msg === 'Worker started', 30_000);
    return worker;
  }

  async waitForLine(matches: (line: LogLine) => boolean, timeout = 10_000): Promise<LogLine> {
    return vi.waitFor(
      () => {
        if (this.child.exitCode !== null) throw new Error('the worker exited');
        const line = this.lines.find(matches);
        if (!line) throw new Error('no such log line yet');
        return line;
      },
      { timeout, interval: 50 },
    );
  }

  kill(signal: NodeJS.Signals) {
    this.child.kill(signal);
    return this.exited;
  }
}

const inbox = mailCatcherInbox();
const running: WorkerProcess[] = [];

async function startWorker(env?: Record<string, string>): Promise<WorkerProcess> {
  const worker = await WorkerProcess.start(env);
  running.push(worker);
  return worker;
}

beforeEach(async () => {
  await deleteTestData();
  await inbox.deleteAll();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((worker) => worker.kill('SIGKILL')));
});

/** A high-priced widget from a long-established manufacturer: only finance is emailed. */
async function createHighPricedWidget(requestId: string) {
  const manufacturer = await manufacturerFactory.create({
    name: 'Cyberdyne Systems',
    createdAt: new Date('2015-06-01T00:00:00Z'),
  });
  const result = await runWithRequestContext({ requestId }, () =>
    new WidgetCreator().createWidget({
      name: 'Stembolt',
      priceCents: 8_100_00,
      manufacturerId: manufacturer.id,
    }),
  );
  if (!result.created) throw new Error('the widget was not created');
  return result.widget;
}

async function highPricedCheckJob() {
  const [job] = await testDb.$queryRawUnsafe<{ state: string; retry_count: number }[]>(
    "SELECT state, retry_count FROM pgboss.job WHERE name = 'high-priced-widget-check'",
  );
  return job;
}

// Each test starts a worker process (a few seconds on a busy machine) and waits for its jobs.
describe('worker.ts', { timeout: 30_000 }, () => {
  it('works the jobs of a new widget, logging them with its request id, and stops on SIGTERM', async () => {
    const worker = await startWorker();

    await createHighPricedWidget('request-worker-1');

    const emails = await inbox.waitForEmails(1);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toBe('A new high-priced widget has been created!');
    const completed = await worker.waitForLine((line) => line.msg.endsWith('completed'));
    expect(completed).toMatchObject({ requestId: 'request-worker-1', jobId: expect.any(String) });
    for (const msg of [
      'Job high-priced-widget-check started',
      'Sent email to finance@example.com',
    ]) {
      expect(worker.lines.find((line) => line.msg === msg)).toMatchObject({
        requestId: 'request-worker-1',
      });
    }

    expect(await worker.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(worker.lines.at(-1)?.msg).toBe('Worker stopped');
  });

  it('on SIGTERM stops fetching, finishes the job it is running, then exits 0', async () => {
    // A mail server that holds each connection until the test lets it through to the catcher,
    // so the job is caught mid-send when the signal comes.
    const held: net.Socket[] = [];
    const holdingServer = net.createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => holdingServer.listen(0, '127.0.0.1', resolve));
    const { port } = holdingServer.address() as net.AddressInfo;
    const worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    await createHighPricedWidget('request-worker-3');
    await vi.waitFor(() => expect(held).toHaveLength(1), { timeout: 10_000 });

    worker.kill('SIGTERM');
    await worker.waitForLine((line) => line.msg.startsWith('Worker stopping'));
    // A job queued now waits for the next worker.
    const later = await manufacturerFactory.create({ createdAt: new Date('2015-06-01T00:00:00Z') });
    await new WidgetCreator().createWidget({
      name: 'Flux capacitor',
      priceCents: 8_200_00,
      manufacturerId: later.id,
    });
    const catcher = new URL(process.env.SMTP_URL!);
    for (const socket of held) {
      const upstream = net.connect(Number(catcher.port), catcher.hostname);
      socket.pipe(upstream).pipe(socket);
    }

    expect(await worker.exited).toEqual({ code: 0, signal: null });
    holdingServer.close();
    const messages = worker.lines.map(({ msg }) => msg);
    expect(messages.indexOf('Job high-priced-widget-check completed')).toBeGreaterThan(
      messages.findIndex((msg) => msg.startsWith('Worker stopping')),
    );
    expect(await inbox.waitForEmails(1)).toHaveLength(1);
    const states = await testDb.$queryRawUnsafe<{ state: string }[]>(
      "SELECT state FROM pgboss.job WHERE name = 'high-priced-widget-check' ORDER BY created_on",
    );
    expect(states.map(({ state }) => state)).toEqual(['completed', 'created']);
  });

  it('sends the email exactly once when the worker is killed while sending it', async () => {
    // A mail server that accepts connections and never answers, so the job is caught mid-send.
    const stalled: net.Socket[] = [];
    const stalledServer = net.createServer((socket) => stalled.push(socket));
    await new Promise<void>((resolve) => stalledServer.listen(0, '127.0.0.1', resolve));
    const { port } = stalledServer.address() as net.AddressInfo;
    const first = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${port}` });

    await createHighPricedWidget('request-worker-2');
    await vi.waitFor(() => expect(stalled).toHaveLength(1), { timeout: 10_000 });
    expect(await highPricedCheckJob()).toMatchObject({ state: 'active' });
    expect(await first.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    stalled.forEach((socket) => socket.destroy());
    stalledServer.close();

    // A new worker retries the job once the dead worker's heartbeat is 10 s old.
    const second = await startWorker();
    const emails = await inbox.waitForEmails(1, { timeoutMs: 45_000, quietMs: 1_000 });

    expect(emails).toHaveLength(1);
    await vi.waitFor(
      async () =>
        expect(await highPricedCheckJob()).toEqual({ state: 'completed', retry_count: 1 }),
      { timeout: 5_000 },
    );
    expect(await testDb.emailDelivery.count()).toBe(1);
    expect(await second.kill('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 90_000);
});

type SpanProcessor = NonNullable<NodeSDKConfiguration['spanProcessors']>[number];
type EndedSpan = Parameters<SpanProcessor['onEnd']>[0];

describe('worker.ts with tracing', { timeout: 30_000 }, () => {
  // The trace a request was in when it queued the job, as the web process's SDK would have it.
  const requestSpan = {
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    spanId: '00f067aa0ba902b7',
    traceFlags: TraceFlags.SAMPLED,
    isRemote: true,
  };

  /** Tracing in this process, as in the web process: the spans it ends are kept here. */
  async function traceThisProcess(): Promise<{ ended: EndedSpan[]; stop: () => Promise<void> }> {
    const ended: EndedSpan[] = [];
    const processor: SpanProcessor = {
      onStart: () => {},
      onEnd: (span) => ended.push(span),
      forceFlush: async () => {},
      shutdown: async () => {},
    };
    const sdk = new NodeSDK({
      spanProcessors: [processor],
      metricReaders: [],
      logRecordProcessors: [],
    });
    sdk.start();
    return {
      ended,
      stop: async () => {
        await sdk.shutdown();
        trace.disable();
        context.disable();
        propagation.disable();
      },
    };
  }

  it('sends the spans of a job and its Prisma queries to the OTLP endpoint, in the trace that queued it', async () => {
    const receiver = await startOtlpReceiver();
    const tracing = await traceThisProcess();
    try {
      const worker = await startWorker({
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      });
      expect(worker.lines.find((line) => line.msg === 'Tracing started')).toMatchObject({
        exporter: 'otlp',
        serviceName: 'widgets-worker',
      });
      await context.with(trace.setSpanContext(ROOT_CONTEXT, requestSpan), () =>
        createHighPricedWidget('request-worker-3'),
      );
      const completed = await worker.waitForLine(
        (line) => line.msg === 'Job high-priced-widget-check completed',
      );
      // A stopping worker sends the spans it still holds before it exits.
      expect(await worker.kill('SIGTERM')).toEqual({ code: 0, signal: null });

      const sent = tracing.ended.find((span) => span.name === 'send high-priced-widget-check');
      expect(sent?.spanContext().traceId).toBe(requestSpan.traceId);
      expect(sent?.parentSpanContext?.spanId).toBe(requestSpan.spanId);
      expect(sent?.attributes).toMatchObject({ 'messaging.message.id': completed.jobId });
      const spans = receiver.spans();
      const job = spans.find((span) => span.name === 'process high-priced-widget-check');
      expect(job).toMatchObject({
        serviceName: 'widgets-worker',
        traceId: requestSpan.traceId,
        parentSpanId: sent?.spanContext().spanId,
        attributes: {
          'messaging.system': 'pg-boss',
          'messaging.destination.name': 'high-priced-widget-check',
          'messaging.message.id': completed.jobId,
          'widgets.request_id': 'request-worker-3',
        },
      });
      // The job's Prisma queries, each with its SQL, in the same trace.
      const queries = spans.filter(
        (span) => span.traceId === requestSpan.traceId && span.name === 'prisma:client:db_query',
      );
      expect(queries.map((span) => span.attributes['db.query.text'])).toContainEqual(
        expect.stringMatching(/^INSERT INTO "public"\."email_deliveries"/),
      );
    } finally {
      await tracing.stop();
      await receiver.stop();
    }
  });

  it('sends nothing while OTEL_TRACES_EXPORTER is unset', async () => {
    const receiver = await startOtlpReceiver();
    try {
      const worker = await startWorker({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
      await createHighPricedWidget('request-worker-4');
      await worker.waitForLine((line) => line.msg === 'Job high-priced-widget-check completed');
      expect(await worker.kill('SIGTERM')).toEqual({ code: 0, signal: null });

      expect(worker.lines.find((line) => line.msg === 'Tracing started')).toBeUndefined();
      expect(receiver.requestCount()).toBe(0);
    } finally {
      await receiver.stop();
    }
  });
});
