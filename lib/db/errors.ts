import 'server-only';

// The one place where a database refusal that is really the user's mistake becomes a field error.
// Constraints in the database decide races the services' own checks cannot (two requests creating
// the same widget at once): the service maps the refusal here and answers as if its rule had
// caught it. Any other database error is a bug or an outage and propagates.

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
