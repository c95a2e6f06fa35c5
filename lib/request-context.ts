// The context of the request (or job) being served, available to any code it calls — services
// log with its request id without it being passed through every function.
//
// The store lives on globalThis under a registered symbol because server.ts and Next's bundled
// server code load separate copies of this module; both must see the same AsyncLocalStorage.
import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = {
  requestId: string;
  /** A status a page set for its response (lib/response-status.ts); server.ts applies it. */
  responseStatus?: number;
};

const STORE_KEY = Symbol.for('widgets.request-context');
const globalStore = globalThis as unknown as { [STORE_KEY]?: AsyncLocalStorage<RequestContext> };

const storage: AsyncLocalStorage<RequestContext> =
  globalStore[STORE_KEY] ?? (globalStore[STORE_KEY] = new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
