// The app's production processes, started by an operations spec on the ports and database it
// chooses: the web server (server.ts) and the job worker (worker.ts), each one node process (node
// with tsx's loader, not `npm start` or the tsx CLI, which would run it as a child) so that a
// signal sent here reaches the app itself. Their JSON log lines are collected as they come; their
// stderr is kept out of the test output (an outage makes Next.js log every failed render there)
// and shown when a process fails to start.
// Build first (`npm run build`): the web server serves the production build.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export type LogLine = Record<string, unknown> & { msg: string };

/** How long a process gets to start, and to stop after a signal, before the spec fails. */
const START_TIMEOUT_MS = 30_000;
const STDERR_TAIL_CHARS = 4_000;

/** The environment the web server and the worker share, as playwright.config.ts's appEnv. */
export function appEnv({
  databaseUrl,
  smtpPort,
}: {
  databaseUrl: string;
  smtpPort: number;
}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    AUTH_SECRET: 'widgets-e2e-secret-for-test-data-only',
  };
}

/** A running web server or worker. */
export class AppProcess {
  readonly lines: LogLine[] = [];
  /** The end of its stderr (Next.js logs render errors there), for failure messages. */
  private stderrTail = '';
  /** The exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  private readonly waiters = new Set<() => void>();

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      this.lines.push(JSON.parse(line) as LogLine);
      for (const wake of this.waiters) wake();
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    this.exited = once(child, 'exit').then(([code]) => code as number | null);
    void this.exited.then(() => {
      for (const wake of this.waiters) wake();
    });
  }

  static spawn(name: string, args: string[], env: Record<string, string>): AppProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new AppProcess(name, child);
  }

  /** The first log line that `matches`, waiting for it; fails if the process exits first. */
  waitForLine(matches: (line: LogLine) => boolean, timeout = START_TIMEOUT_MS): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        done();
        reject(
          new Error(`${this.name}: no such log line within ${timeout} ms\n${this.stderrTail}`),
        );
      }, timeout);
      const check = () => {
        const line = this.lines.find(matches);
        if (line) {
          done();
          resolve(line);
        } else if (this.child.exitCode !== null || this.child.signalCode !== null) {
          done();
          reject(
            new Error(`${this.name} exited (${this.child.exitCode ?? this.child.signalCode})`),
          );
        }
      };
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Sends SIGTERM, unless it has exited already, and waits for the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.signal('SIGTERM');
    return this.exited;
  }
}

/** The production web server on 127.0.0.1:`port`, once it listens. */
export async function startWebServer({
  port,
  env,
}: {
  port: number;
  env: Record<string, string>;
}): Promise<AppProcess & { url: string }> {
  const server = AppProcess.spawn(`web server :${port}`, ['server.ts'], {
    ...env,
    HOST: '127.0.0.1',
    PORT: String(port),
  });
  await server.waitForLine((line) => line.msg === 'Widgets is listening');
  return Object.assign(server, { url: `http://127.0.0.1:${port}` });
}

/** The job worker, once it works the queues. */
export async function startWorker({ env }: { env: Record<string, string> }): Promise<AppProcess> {
  const worker = AppProcess.spawn('worker', ['--conditions=react-server', 'worker.ts'], env);
  await worker.waitForLine((line) => line.msg === 'Worker started');
  return worker;
}
