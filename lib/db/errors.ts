import 'server-only';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/service-unavailable';

// The one place where a database refusal that is really the user's mistake becomes a field error.
// Constraints in the database decide races the services' own checks cannot (two requests creating
// the same widget at once): the service maps the refusal here and answers as if its rule had
// caught it. Any other database error is a bug or an outage and propagates; an outage is
// recognised here too (isDatabaseUnavailableError), so that it is answered 503, not 500.

/** SQLSTATEs of refusals a user can cause: unique, check and foreign-key violations. */
const USER_ERROR_CODES = new Set(['23505', '23514', '23503']);

export type ConstraintViolation = { code: string; constraint: string };

/** The violated constraint behind a Prisma error from the pg driver adapter, if any. */
export function constraintViolationOf(error: unknown): ConstraintViolation | null {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } })
    ?.meta?.driverAdapterError?.cause;
  const code = cause?.originalCode;
  const message = cause?.originalMessage;
  if (typeof code !== 'string' || !USER_ERROR_CODES.has(code) || typeof message !== 'string') {
    return null;
  }
  const constraint = /constraint "([^"]+)"/.exec(message)?.[1];
  return constraint ? { code, constraint } : null;
}

/** Field errors for the constraints a user can violate, by constraint name (see the migrations). */
const FIELD_ERRORS_BY_CONSTRAINT: Record<string, { attribute: string; message: string }> = {
  widgets_name_manufacturer_id_key: { attribute: 'name', message: 'has already been taken' },
  price_must_be_positive: { attribute: 'price', message: 'must be greater than 0' },
  widgets_manufacturer_id_fkey: { attribute: 'manufacturer', message: "can't be blank" },
  widgets_widget_status_id_fkey: { attribute: 'status', message: "can't be blank" },
  manufacturers_name_key: { attribute: 'name', message: 'has already been taken' },
  users_email_key: { attribute: 'email', message: 'has already been taken' },
  // A partial unique index: PostgreSQL names it as the violated constraint.
  api_keys_client_name_active_key: {
    attribute: 'client_name',
    message: 'already has an active key',
  },
};

/** The field error a database refusal stands for, or null when the error is not a user's. */
export function fieldErrorFromDatabaseError(
  error: unknown,
): { attribute: string; message: string } | null {
  const violation = constraintViolationOf(error);
  return violation ? (FIELD_ERRORS_BY_CONSTRAINT[violation.constraint] ?? null) : null;
}

// --- Outages -----------------------------------------------------------------------------------

/** Prisma's codes for a server it cannot reach, that timed out, or that closed the connection. */
const UNREACHABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
/** The pg driver adapter's kinds for the same (@prisma/adapter-pg's convertDriverError). */
const UNREACHABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
]);
/** SQLSTATEs of a server shutting down or starting up, and connection exceptions (class 08). */
const UNAVAILABLE_SQLSTATES = /^(57P0[123]|08\d{3})$/;
/** Socket errors, as Node names them. */
const UNREACHABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
]);
/** What pg itself throws when a connection dies or cannot be made in connectionTimeoutMillis. */
const UNREACHABLE_PG_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect)/;

/**
 * Whether an error means the database cannot be reached (it is down, restarting, or does not
 * answer) rather than that a statement failed: the request is answered 503, not 500.
 */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, message, meta, cause } = error as {
    code?: unknown;
    message?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
    cause?: unknown;
  };
  const adapterCause = meta?.driverAdapterError?.cause;
  return (
    (typeof code === 'string' &&
      (UNREACHABLE_PRISMA_CODES.has(code) ||
        UNREACHABLE_SOCKET_CODES.has(code) ||
        UNAVAILABLE_SQLSTATES.test(code))) ||
    (typeof adapterCause?.kind === 'string' && UNREACHABLE_ADAPTER_KINDS.has(adapterCause.kind)) ||
    (typeof adapterCause?.code === 'string' && UNAVAILABLE_SQLSTATES.test(adapterCause.code)) ||
    (typeof message === 'string' && UNREACHABLE_PG_MESSAGES.test(message)) ||
    isDatabaseUnavailableError(cause, depth + 1)
  );
}

/**
 * What lib/db throws instead of an error that isDatabaseUnavailableError recognises. Its digest
 * is what the error pages see of it in production (app/error.tsx, app/global-error.tsx).
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;

  constructor(cause: unknown) {
    super('The database cannot be reached', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}
