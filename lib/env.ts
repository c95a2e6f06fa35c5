// The app's configuration, parsed once from process.env. A missing or bad variable stops the
// process at boot with one message that names every problem (see formatEnvErrors).
import { z } from 'zod';
import { databaseUrlFor } from './database-url';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .optional(),
    TEST_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
  });

export type Env = z.infer<typeof envSchema> & { databaseUrl: string };

export function formatEnvErrors(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  return `Invalid environment configuration:\n${lines.join('\n')}`;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) throw new Error(formatEnvErrors(result.error));
  const env = result.data;
  // Development and test default to the embedded PostgreSQL; production names its server.
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
