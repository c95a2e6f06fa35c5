// What arrives in a URL — route segments and query strings — parsed into typed values at the
// boundary: pages call these before anything else. A user can type any URL, so bad input never
// throws: a malformed id is simply not found, and a malformed query parameter falls back to its
// default (the first page, the default sort, no search). Form posts to route handlers are parsed
// here too (parseWidgetRatingParams), and say what was wrong instead, as are the fields of the
// forms the resource generator writes (parseIntegerField…), whose services say what is wrong.
import { z } from 'zod';
import { QUEUE_NAMES, type QueueName } from '@/jobs/queues';
import { parseDollarsToCents } from '@/lib/money';
import type { Cursor, RowId } from '@/lib/pagination';

/** A page's `searchParams`, as Next.js passes them. */
export type SearchParams = Record<string, string | string[] | undefined>;

// Ids are PostgreSQL `integer` columns: written without sign, dot or leading zeros, and at most
// 2147483647. Anything else ("abc", "1.5", "-1", "0042", "99999999999") cannot name a row.
const INTEGER_COLUMN_MAX = 2_147_483_647;
const idSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(INTEGER_COLUMN_MAX));

/** The id in a route segment such as /widgets/[id], or null when it cannot be one. */
export function parseId(segment: string): number | null {
  const result = idSchema.safeParse(segment);
  return result.success ? result.data : null;
}

// A lock_version (optimistic locking, ADR 9) is an integer column too, and starts at 0.
const lockVersionSchema = z
  .string()
  .regex(/^(0|[1-9]\d{0,9})$/)
  .transform(Number)
  .pipe(z.number().max(INTEGER_COLUMN_MAX));

/** The version of a record a form was opened at, or null when the text cannot be one. */
export function parseLockVersion(text: string): number | null {
  const result = lockVersionSchema.safeParse(text);
  return result.success ? result.data : null;
}

/**
 * Text a user typed (a search, a form field). PostgreSQL cannot store or compare a NUL
 * character in text, so it is dropped here rather than reaching the database as an error.
 */
export const userText = z
  .string()
  .catch('')
  .transform((text) => text.replaceAll('\0', ''));

/**
 * The fields a server action was posted. Next passes the form data after the action's other
 * arguments, and a post crafted without JavaScript says itself how many of those there are: one
 * with more or fewer puts something else in the form data's place, which reads as an empty form
 * rather than a 500.
 */
export function formFields(formData: unknown): Record<string, unknown> {
  return formData instanceof FormData ? Object.fromEntries(formData) : {};
}

/**
 * The record an edit or delete form is about, from its hidden `id` field, or null when it is
 * missing or cannot be an id. The field is the user's to change like any other: a changed id is
 * no more than a post from that record's own form, and is answered as one.
 */
export function parseRecordId(fields: Record<string, unknown>): number | null {
  return parseId(userText.parse(fields.id));
}

// A list's page is named by the id of the row it starts after or ends before (?after=42,
// ?before=42; lib/pagination.ts). A malformed id ("abc", "-1", "99999999999"), a repeated
// parameter, or both at once is no page the app links to: the list starts at its first page.
// An id that names no row is found out by the query, which shows the first page too.
const cursorFields = {
  after: idSchema.optional().catch(undefined),
  before: idSchema.optional().catch(undefined),
};

function cursorOf<Id extends RowId>({
  after,
  before,
}: {
  after?: Id;
  before?: Id;
}): Cursor<Id> | null {
  if (after !== undefined && before === undefined) return { after };
  if (before !== undefined && after === undefined) return { before };
  return null;
}

// The fields of a generated resource's form (npm run generate -- resource), read from the text
// the browser posts into what the resource's service takes. Each says "left blank" with null and
// "not what the field needs" with NaN or an Invalid Date, which the service's rules name to the
// user ("is not a number", "is not a date"); neither ever reaches the database.

/**
 * A text field's text (a <textarea>), as typed: the browser posts its line breaks as CRLF, which
 * are stored as the "\n" they were typed as.
 */
export function parseTextField(text: string): string {
  return text.replaceAll('\r\n', '\n');
}

// A whole number as people type it: "42", "-7", "+7", "007". Not one: "4.2", "1e3", "1,000".
const WHOLE_NUMBER = /^[+-]?\d+$/;

/**
 * An integer field: null when blank, NaN when not a whole number. A number too large for the
 * column is kept as typed, for the rules to refuse by its size.
 */
export function parseIntegerField(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A money field, typed in dollars ("123.45"): its cents, null when blank, NaN when no amount. */
export function parseMoneyField(text: string): number | null {
  if (text.trim() === '') return null;
  return parseDollarsToCents(text) ?? Number.NaN;
}

// What <input type="date"> posts: "2024-03-01"; and <input type="datetime-local">:
// "2024-03-01T14:05", with seconds when they are set ("2024-03-01T14:05:09", "…:09.5").
const DATE_FIELD = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_FIELD = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

// The instant that a date's or time's parts (year, month, day, hours, minutes, seconds,
// fraction) name in UTC, or an Invalid Date when they name none: a Date rolls "2024-02-30" over
// into March and "24:00" into the next day, so what does not come back as written is refused.
// So is year 0, which PostgreSQL does not have (1 BC is followed by AD 1).
function utcInstant(parts: (string | undefined)[]): Date {
  const written = Array.from({ length: 6 }, (_, index) => Number(parts[index] ?? 0));
  const [year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0] = written;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, Number((parts[6] ?? '').padEnd(3, '0')));
  const read = [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  const asWritten = read.every((part, index) => part === written[index]);
  return asWritten && year >= 1 ? date : new Date(Number.NaN);
}

/** A date field: midnight UTC of the day, null when blank, an Invalid Date when no date. */
export function parseDateField(text: string): Date | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parts = DATE_FIELD.exec(trimmed);
  return parts ? utcInstant(parts.slice(1)) : new Date(Number.NaN);
}

/**
 * A datetime field, whose label says it is in UTC: that instant, null when blank, an Invalid
 * Date when no time.
 */
export function parseDateTimeField(text: string): Date | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parts = DATE_TIME_FIELD.exec(trimmed);
  return parts ? utcInstant(parts.slice(1)) : new Date(Number.NaN);
}

/** A checkbox posts "on" when ticked and nothing at all when not. */
export function parseCheckboxField(text: string): boolean {
  return text === 'on';
}

const searchSchema = userText.transform((text) => text.trim());

export const WIDGET_SORTS = ['name', 'price', 'newest'] as const;
export type WidgetSort = (typeof WIDGET_SORTS)[number];

const widgetListSchema = z
  .object({ sort: z.enum(WIDGET_SORTS).catch('name'), q: searchSchema, ...cursorFields })
  .transform(({ after, before, ...list }) => ({ ...list, cursor: cursorOf({ after, before }) }));
export type WidgetListParams = z.infer<typeof widgetListSchema>;

/** /widgets?sort=price&q=bolt&after=42 */
export function parseWidgetListParams(searchParams: SearchParams): WidgetListParams {
  return widgetListSchema.parse(searchParams);
}

export const MANUFACTURER_SORTS = ['name', 'newest'] as const;
export type ManufacturerSort = (typeof MANUFACTURER_SORTS)[number];

const manufacturerListSchema = z
  .object({ sort: z.enum(MANUFACTURER_SORTS).catch('name'), q: searchSchema, ...cursorFields })
  .transform(({ after, before, ...list }) => ({ ...list, cursor: cursorOf({ after, before }) }));
export type ManufacturerListParams = z.infer<typeof manufacturerListSchema>;

/** /manufacturers?sort=newest&q=acme&after=7 */
export function parseManufacturerListParams(searchParams: SearchParams): ManufacturerListParams {
  return manufacturerListSchema.parse(searchParams);
}

export const USER_SORTS = ['name', 'email'] as const;
export type UserSort = (typeof USER_SORTS)[number];

const userListSchema = z
  .object({ sort: z.enum(USER_SORTS).catch('name'), q: searchSchema, ...cursorFields })
  .transform(({ after, before, ...list }) => ({ ...list, cursor: cursorOf({ after, before }) }));
export type UserListParams = z.infer<typeof userListSchema>;

/** /users?sort=email&q=ada&after=3 */
export function parseUserListParams(searchParams: SearchParams): UserListParams {
  return userListSchema.parse(searchParams);
}

const pageSchema = z.object(cursorFields).transform((cursor) => ({ cursor: cursorOf(cursor) }));
export type PageParams = z.infer<typeof pageSchema>;

/**
 * The page of a list that has no sort or search (/api_keys?after=42), or of a list within a show
 * page: /manufacturers/7?after=42 pages its widgets.
 */
export function parsePageParams(searchParams: SearchParams): PageParams {
  return pageSchema.parse(searchParams);
}

// pg-boss's jobs are named by their queue and a uuid, written as PostgreSQL writes one (lowercase
// hex, with hyphens): the form the job pages link and post. Anything else names no job.
const jobIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const queueNameSchema = z.enum(QUEUE_NAMES);

/** A job's id (a uuid), or null when the text cannot be one. */
export function parseJobId(text: unknown): string | null {
  return jobIdSchema.safeParse(text).data ?? null;
}

/** One of the app's queues (jobs/queues.ts), or null for any other text. */
export function parseQueueName(text: unknown): QueueName | null {
  return queueNameSchema.safeParse(text).data ?? null;
}

// The jobs page lists one group of pg-boss's states at a time (services/job-queries.ts).
export const JOB_LIST_STATES = ['queued', 'active', 'failed', 'completed'] as const;
export type JobListState = (typeof JOB_LIST_STATES)[number];

// It opens on the failed jobs: the ones that need someone.
const jobListSchema = z
  .object({
    state: z.enum(JOB_LIST_STATES).catch('failed'),
    queue: queueNameSchema.optional().catch(undefined),
    after: jobIdSchema.optional().catch(undefined),
    before: jobIdSchema.optional().catch(undefined),
  })
  .transform(({ after, before, ...list }) => ({ ...list, cursor: cursorOf({ after, before }) }));
export type JobListParams = z.infer<typeof jobListSchema>;

/** /jobs?state=failed&queue=high-priced-widget-check&after=<job id> */
export function parseJobListParams(searchParams: SearchParams): JobListParams {
  return jobListSchema.parse(searchParams);
}

// POST /widget_ratings (PRODUCT.md §7): the widget's id and a rating, one digit from 1 to 5.
const widgetRatingSchema = z.object({
  widget_id: idSchema,
  rating: z
    .string()
    .regex(/^[1-5]$/)
    .transform(Number),
});

const WIDGET_RATING_PROBLEMS: Record<keyof z.input<typeof widgetRatingSchema>, string> = {
  widget_id: 'widget_id must be the id of a widget.',
  rating: 'rating must be a whole number from 1 to 5.',
};

export type WidgetRatingParams =
  { valid: true; widgetId: number; rating: number } | { valid: false; message: string };

/** The rating form's fields, or a short message naming each missing or malformed one. */
export function parseWidgetRatingParams(form: FormData): WidgetRatingParams {
  const result = widgetRatingSchema.safeParse({
    widget_id: form.get('widget_id'),
    rating: form.get('rating'),
  });
  if (result.success) {
    return { valid: true, widgetId: result.data.widget_id, rating: result.data.rating };
  }
  const fields = new Set(result.error.issues.map((issue) => issue.path[0]));
  const problems = Object.entries(WIDGET_RATING_PROBLEMS)
    .filter(([field]) => fields.has(field))
    .map(([, problem]) => problem);
  return { valid: false, message: problems.join(' ') };
}

// Where sign-in sends the user afterwards (?return_to=/widgets/new). Only a path on this site: a
// full URL or a protocol-relative "//evil.example" would make the sign-in page an open redirect.
const LOCAL_PATH = /^\/(?![/\\])/;

const RETURN_PATH_MAX_LENGTH = 2048;

/** A path on this site to go back to after signing in, or null for anything else. */
export function parseReturnPath(text: unknown): string | null {
  const path = userText.parse(text);
  if (!LOCAL_PATH.test(path) || path.length > RETURN_PATH_MAX_LENGTH) return null;
  // The browser reads a URL more loosely than a regular expression (tabs, newlines, backslashes):
  // the path must stay on this site once parsed the browser's way. Parsing also removes dot
  // segments, so "/.//evil.example" becomes "//evil.example": the result is checked again.
  const base = 'http://widgets.invalid';
  const url = new URL(path, base);
  const returnPath = `${url.pathname}${url.search}`;
  return url.origin === base &&
    LOCAL_PATH.test(returnPath) &&
    returnPath.length <= RETURN_PATH_MAX_LENGTH
    ? returnPath
    : null;
}
