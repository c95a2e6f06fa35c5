// The app's configuration, parsed once from process.env. A missing or bad variable stops the
// process at boot with one message that names every problem (see formatEnvErrors).
import { z } from 'zod';
import { parseTrustedProxies } from './client-address';
import { databaseUrlFor } from './database-url';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const POSTGRES_URL = /^postgres(ql)?:\/\//;
const postgresUrl = z.string().regex(POSTGRES_URL, 'must be a postgresql:// URL');
const requiredPostgresUrl = z
  .string({ error: 'is required in production' })
  .regex(POSTGRES_URL, 'must be a postgresql:// URL');

// Signs the session cookie (lib/auth.ts). Development and test use a fixed, public value, which is
// fine because their sessions guard nothing; production must set its own.
const DEVELOPMENT_AUTH_SECRET = 'widgets-development-secret-do-not-use-in-production';
const authSecret = z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)');
const requiredAuthSecret = z
  .string({ error: 'is required in production (e.g. openssl rand -hex 32)' })
  .min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)');

const SMTP_URL = /^smtps?:\/\//;
/** Where development and test deliver mail: the catcher bin/dev starts (maildev). */
const MAIL_CATCHER_SMTP_URL = 'smtp://127.0.0.1:1025';
const smtpUrl = z.string().regex(SMTP_URL, 'must be an smtp:// or smtps:// URL');
const requiredSmtpUrl = z
  .string({ error: 'is required in production' })
  .regex(SMTP_URL, 'must be an smtp:// or smtps:// URL');

// Production names its database and mail servers; development and test default to the embedded
// PostgreSQL and the local mail catcher. `next build` also runs with NODE_ENV=production and loads
// every route's modules to collect page data, but connects to nothing: the server needs
// DATABASE_URL to start, the build does not.
function envSchemaFor(source: Record<string, string | undefined>) {
  const productionServer =
    source.NODE_ENV === 'production' && source.NEXT_PHASE !== 'phase-production-build';
  return z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: productionServer ? requiredPostgresUrl : postgresUrl.optional(),
    TEST_DATABASE_URL: postgresUrl.optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Serve the living style guide in production too (e.g. on a staging server); development and
    // test always serve it (styleguide/availability.ts).
    STYLEGUIDE_ENABLED: z
      .enum(['true', 'false'], { error: 'must be "true" or "false"' })
      .default('false')
      .transform((value) => value === 'true'),
    AUTH_SECRET: productionServer
      ? requiredAuthSecret
      : authSecret.default(DEVELOPMENT_AUTH_SECRET),
    // Mail (lib/mail.ts): the SMTP server, the sender, and who the widget checks notify.
    SMTP_URL: productionServer ? requiredSmtpUrl : smtpUrl.default(MAIL_CATCHER_SMTP_URL),
    MAIL_FROM: z.string().min(1).default('Widgets <widgets@example.com>'),
    FINANCE_EMAIL: z.email().default('finance@example.com'),
    ADMIN_EMAIL: z.email().default('admin@example.com'),
    // Requests each JSON API key may make per minute (lib/rate-limits.ts).
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
    // The proxies (load balancers) whose X-Forwarded-For is believed for the client's address
    // (lib/client-address.ts); unset, the address is the socket's peer.
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((value, context) => {
        try {
          return parseTrustedProxies(value);
        } catch {
          context.addIssue({
            code: 'custom',
            message:
              'must be comma-separated addresses, CIDR ranges, or loopback, linklocal, uniquelocal',
          });
          return z.NEVER;
        }
      }),
    // The bearer token Prometheus sends for /metrics (lib/metrics.ts); unset, metrics are off.
    METRICS_TOKEN: z
      .string()
      .min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)')
      .optional(),
    // The port the worker serves its own /metrics on (worker.ts); unset, it serves none.
    WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    // The release running (a version or commit), reported with every error (lib/error-reporter.ts).
    RELEASE: z.string().min(1).optional(),
    // Tracing (lib/telemetry.ts): off unless `otlp` (to OTEL_EXPORTER_OTLP_ENDPOINT) or `console`.
    OTEL_TRACES_EXPORTER: z.enum(['none', 'otlp', 'console']).default('none'),
    // The traced service's name; each process has its own default (widgets-web, widgets-worker).
    OTEL_SERVICE_NAME: z.string().min(1).optional(),
  });
}

export type Env = z.infer<ReturnType<typeof envSchemaFor>> & { databaseUrl: string };

export function formatEnvErrors(error: z.ZodError): string {
  const lines = error.issues.map(
    (issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`,
  );
  return `Invalid environment configuration:\n${lines.join('\n')}`;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchemaFor(source).safeParse(source);
  if (!result.success) throw new Error(formatEnvErrors(result.error));
  const env = result.data;
  const databaseUrl =
    env.NODE_ENV === 'production'
      ? (env.DATABASE_URL as string)
      : databaseUrlFor(env.NODE_ENV, source);
  return { ...env, databaseUrl };
}

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    // Fail fast with the message alone: a stack trace would bury the list of variables.
    console.error((error as Error).message);
    process.exit(1);
  }
}

export const env: Env = loadEnv();
