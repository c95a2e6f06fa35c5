// Every path the app links or redirects to, built in one place (Rails' path helpers). Never write
// a URL by hand elsewhere: when a route changes, it changes here and every link follows.
import type { QueueName } from '@/jobs/queues';
import type { JobListState, ManufacturerSort, UserSort, WidgetSort } from '@/lib/params';

type Query = Record<string, string | number | undefined>;

/** Which page of a list: after or before the row with this id (lib/pagination.ts). */
type PageQuery<Id extends string | number = number> = { after?: Id; before?: Id };

// Leaves out parameters that are not set, so /widgets stays /widgets rather than /widgets?q=.
function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function rootPath(): string {
  return '/';
}

export function widgetsPath(query: { sort?: WidgetSort; q?: string } & PageQuery = {}): string {
  return withQuery('/widgets', query);
}

export function newWidgetPath(): string {
  return '/widgets/new';
}

export function widgetPath(id: number): string {
  return `/widgets/${id}`;
}

export function editWidgetPath(id: number): string {
  return `/widgets/${id}/edit`;
}

/** Where the rating forms post (POST only: a rating is created, never shown on its own). */
export function widgetRatingsPath(): string {
  return '/widget_ratings';
}

export function manufacturersPath(
  query: { sort?: ManufacturerSort; q?: string } & PageQuery = {},
): string {
  return withQuery('/manufacturers', query);
}

export function newManufacturerPath(): string {
  return '/manufacturers/new';
}

/** A manufacturer's page; the query pages through its widgets. */
export function manufacturerPath(id: number, query: PageQuery = {}): string {
  return withQuery(`/manufacturers/${id}`, query);
}

export function editManufacturerPath(id: number): string {
  return `/manufacturers/${id}/edit`;
}

export function usersPath(query: { sort?: UserSort; q?: string } & PageQuery = {}): string {
  return withQuery('/users', query);
}

export function newUserPath(): string {
  return '/users/new';
}

export function editUserPath(id: number): string {
  return `/users/${id}/edit`;
}

/** The API keys, newest first; a page is a key's id. */
export function apiKeysPath(query: PageQuery = {}): string {
  return withQuery('/api_keys', query);
}

export function newApiKeyPath(): string {
  return '/api_keys/new';
}

/** The background jobs in one group of states, optionally of one queue; a page is a job's id. */
export function jobsPath(
  query: { state?: JobListState; queue?: QueueName } & PageQuery<string> = {},
): string {
  return withQuery('/jobs', query);
}

/** The sign-in page; `returnTo` is where to go once signed in (lib/params.ts parseReturnPath). */
export function newSessionPath(query: { returnTo?: string } = {}): string {
  return withQuery('/session/new', { return_to: query.returnTo });
}

// The living style guide (styleguide/availability.ts says where it is served).
export function styleguidePath(): string {
  return '/styleguide';
}

export function styleguideTokensPath(): string {
  return '/styleguide/tokens';
}

/** A component's page; `slug` is its folder name in components/, e.g. "widget-identifier". */
export function styleguideComponentPath(slug: string): string {
  return `/styleguide/${encodeURIComponent(slug)}`;
}

// The mail previews (development only; app/mail_previews/layout.tsx).
export function mailPreviewsPath(): string {
  return '/mail_previews';
}

/** An email's preview; `slug` names its mailer, e.g. "high-priced-widget". */
export function mailPreviewPath(slug: string): string {
  return `/mail_previews/${encodeURIComponent(slug)}`;
}

// The JSON API, version 1 (app/api/v1). A list's query pages it: `cursor` is the previous
// page's next_cursor.
export function apiWidgetsPath(
  query: { sort?: WidgetSort; q?: string; cursor?: string } = {},
): string {
  return withQuery('/api/v1/widgets', query);
}

export function apiWidgetPath(id: number): string {
  return `/api/v1/widgets/${id}`;
}

export function apiManufacturersPath(
  query: { sort?: ManufacturerSort; q?: string; cursor?: string } = {},
): string {
  return withQuery('/api/v1/manufacturers', query);
}

export function apiManufacturerPath(id: number): string {
  return `/api/v1/manufacturers/${id}`;
}

/** The API's OpenAPI document. */
export function apiDocumentPath(): string {
  return '/api/v1/openapi.json';
}

/** Prometheus' metrics (server.ts, and the worker's own port): not a Next route, see lib/metrics.ts. */
export function metricsPath(): string {
  return '/metrics';
}
