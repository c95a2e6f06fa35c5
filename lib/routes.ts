// Every path the app links or redirects to, built in one place (Rails' path helpers). Never write
// a URL by hand elsewhere: when a route changes, it changes here and every link follows.
import type { WidgetSort } from '@/lib/params';

type Query = Record<string, string | number | undefined>;

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

export function widgetsPath(query: { page?: number; sort?: WidgetSort; q?: string } = {}): string {
  return withQuery('/widgets', query);
}

export function widgetPath(id: number): string {
  return `/widgets/${id}`;
}

export function manufacturersPath(query: { page?: number } = {}): string {
  return withQuery('/manufacturers', query);
}

export function manufacturerPath(id: number): string {
  return `/manufacturers/${id}`;
}
