// The context of the request (or job) being served, available to any code it calls — services
// log with its request id without it being passed through every function.
//
// The store lives on globalThis under a registered symbol because server.ts and Next's bundled
// server code load separate copies of this module; both must see the same AsyncLocalStorage.
import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = {
  requestId: string;
  /** The path and query the browser asked for (server.ts); sign-in sends the user back to it. */
  path?: string;
  /** The address the request came from (server.ts); failed sign-ins are counted per address. */
  clientIp?: string;
  /** The signed-in user's id, once lib/auth.ts has read the session; the log line reports it. */
  userId?: number;
  /** The JSON API client whose key the request sent (lib/api/authentication.ts); logged. */
  apiClient?: string;
  /** A status a page set for its response (lib/response-status.ts); server.ts applies it. */
  responseStatus?: number;
  /** A query found the database unreachable (lib/db): server.ts answers 503, not 500. */
  databaseUnavailable?: boolean;
  /** A server action refused the user (lib/form-response.ts answerForbidden). */
  actionForbidden?: boolean;
  /** SQL statements sent so far (counted by lib/db); the request log line reports it. */
  sqlQueryCount?: number;
};

const STORE_KEY = Symbol.for('widgets.request-context');
const globalStore = globalThis as unknown as { [STORE_KEY]?: AsyncLocalStorage<RequestContext> };

const storage: AsyncLocalStorage<RequestContext> =
  globalStore[STORE_KEY] ?? (globalStore[STORE_KEY] = new AsyncLocalStorage<RequestContext>());

// The request log line is written when the response finishes, outside the request's async
// context, so it finds the context by the request object instead.
const contextsByRequest = new WeakMap<object, RequestContext>();

export function runWithRequestContext<T>(
  context: RequestContext,
  fn: () => T,
  request?: object,
): T {
  if (request) contextsByRequest.set(request, context);
  return storage.run(context, fn);
}

/** The context a request was served in (runWithRequestContext's `request`), if any. */
export function requestContextOf(request: object): RequestContext | undefined {
  return contextsByRequest.get(request);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
