// The processes `npm run bench` starts: the app as `npm start` runs it, and the baseline server.
// Each runs in a process group of its own, so stop() ends it with its children (npm → tsx →
// node), and every one started is remembered so an interrupted run can stop them all.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from './free-port';

const PROJECT_DIR = path.resolve(import.meta.dirname, '..');
const START_LIMIT_MS = 60_000;
const STOP_LIMIT_MS = 15_000;
/** Lines of a server's output kept to explain a failure. */
const KEPT_LINES = 40;

export type Server = {
  baseUrl: string;
  /** The last lines the server printed, to show when it fails. */
  recentOutput(): string;
  stop(): Promise<void>;
};

const running = new Set<Server>();

/** Stops every server still running: for the end of a run, however it ends. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

/** The app's production server (server.ts with NODE_ENV=production) on the database at `databaseUrl`. */
export async function startApp(
  databaseUrl: string,
  onLine: (line: string) => void,
): Promise<Server> {
  const port = await freePort();
  return startServer(
    spawn('npm', ['start'], {
      cwd: PROJECT_DIR,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        // GET requests send no mail; production only insists that a mail server is named.
        SMTP_URL: 'smtp://127.0.0.1:1',
        // Production requires a session secret; the benchmark signs nobody in.
        AUTH_SECRET: 'widgets-benchmark-secret-signs-in-nobody',
        HOST: '127.0.0.1',
        PORT: String(port),
        // One line per request, with the SQL statements it sent (lib/http-request-logger.ts).
        LOG_LEVEL: 'info',
      },
    }),
    `http://127.0.0.1:${port}`,
    '/up',
    onLine,
  );
}

/** bench/baseline-server.ts on the database at `databaseUrl`. */
export async function startBaseline(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  return startServer(
    spawn(
      path.join(PROJECT_DIR, 'node_modules', '.bin', 'tsx'),
      ['--conditions=react-server', 'bench/baseline-server.ts'],
      {
        cwd: PROJECT_DIR,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port) },
      },
    ),
    `http://127.0.0.1:${port}`,
    '/',
    () => {},
  );
}

/** Resolves once `readyPath` answers 200; rejects, with the server's output, if it exits first. */
async function startServer(
  child: ChildProcess,
  baseUrl: string,
  readyPath: string,
  onLine: (line: string) => void,
): Promise<Server> {
  const recent: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      recent.push(line);
      if (recent.length > KEPT_LINES) recent.shift();
      onLine(line);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: Server = {
    baseUrl,
    recentOutput: () => recent.join('\n'),
    async stop() {
      running.delete(server);
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      signalGroup(child.pid, 'SIGTERM');
      // server.ts finishes in-flight requests within 10 s; anything slower is killed.
      const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), STOP_LIMIT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(server);

  const deadline = Date.now() + START_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      running.delete(server);
      throw new Error(`The server exited (${child.exitCode}):\n${server.recentOutput()}`);
    }
    const response = await fetch(baseUrl + readyPath).catch(() => undefined);
    await response?.body?.cancel();
    if (response?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(
    `The server did not answer within ${START_LIMIT_MS / 1000} s:\n${server.recentOutput()}`,
  );
}

/** Signals every process of the group `pid` leads; a group that has already gone is fine. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
