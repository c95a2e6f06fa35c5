// How a page answers with a status other than 200 while rendering its own HTML.
//
// Next.js's notFound() is the usual way for a page to answer 404, but in Next.js 16 it sends an
// empty HTML shell that only client-side JavaScript fills in
// (https://github.com/vercel/next.js/issues/62228), and every page of this app must work without
// JavaScript. So a page for a record that does not exist renders the not-found page itself and
// calls setResponseStatus(404); server.ts applies that status when the response head is written.
// Once Next.js renders notFound() on the server, pages can go back to it and this file can go.
import type { ServerResponse } from 'node:http';
import { currentRequestContext, type RequestContext } from './request-context';
import {
  SERVICE_UNAVAILABLE_API_MESSAGE,
  SERVICE_UNAVAILABLE_HTML,
  SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
} from './service-unavailable';

/** Sets the status of the response being rendered (e.g. 404 for a record that is not there). */
export function setResponseStatus(status: number): void {
  const context = currentRequestContext();
  if (!context) {
    throw new Error('setResponseStatus() needs the request context that server.ts sets up.');
  }
  context.responseStatus = status;
}

/**
 * For server.ts: answers with the status a page set instead of Next.js's 200, a refused server
 * action with 403 instead of the 404 Next.js renders for it without JavaScript
 * (lib/form-response.ts answerForbidden), and a request that failed because the database cannot
 * be reached (lib/db marks it) with 503 instead of 500, with a body that says so.
 */
export function applyResponseStatus(res: ServerResponse, context: RequestContext): void {
  const { writeHead, write, end } = res;
  // The body sent instead of the app's, once writeHead has decided on one.
  let replacementBody: string | undefined;
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && context.databaseUnavailable) {
      replacementBody = answerServiceUnavailable(this, context);
      return Reflect.apply(writeHead, this, [503]);
    }
    const replaced = statusCode === 200 || (statusCode === 404 && context.actionForbidden);
    const status = replaced ? (context.responseStatus ?? statusCode) : statusCode;
    return Reflect.apply(writeHead, this, [status, ...rest]);
  } as ServerResponse['writeHead'];
  // A failure's head is written (as Node would on the first write) before its body, so that a
  // replacement is decided before any of the app's body goes out. Other responses are left to
  // Node (which sets Content-Length when the whole body comes with end()).
  const writeFailureHead = (response: ServerResponse) => {
    if (!response.headersSent && response.statusCode === 500 && context.databaseUnavailable) {
      response.writeHead(500);
    }
  };
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    writeFailureHead(this);
    return replacementBody === undefined ? Reflect.apply(write, this, args) : true;
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    writeFailureHead(this);
    if (replacementBody === undefined) return Reflect.apply(end, this, args);
    return Reflect.apply(end, this, [
      replacementBody,
      args.find((arg) => typeof arg === 'function'),
    ]);
  } as ServerResponse['end'];
}

/**
 * Prepares the answer to a request that failed in an outage: the "temporarily unavailable" page
 * (Next's own would be an empty shell without JavaScript), or the JSON API's error, returned as
 * the body to send. A navigation with JavaScript (an RSC payload) keeps its body (undefined): the
 * error boundary shows the same page in the browser.
 */
function answerServiceUnavailable(
  res: ServerResponse,
  context: RequestContext,
): string | undefined {
  res.setHeader('Retry-After', String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS));
  res.setHeader('Cache-Control', 'no-store');
  const api = context.path?.startsWith('/api/') ?? false;
  if (!api && !String(res.getHeader('Content-Type') ?? '').startsWith('text/html')) {
    return undefined;
  }
  res.setHeader('Content-Type', api ? 'application/json' : 'text/html; charset=utf-8');
  // The app's body is dropped, and with it Next.js's compression of it.
  res.removeHeader('Content-Length');
  res.removeHeader('Content-Encoding');
  return api
    ? JSON.stringify({ error: SERVICE_UNAVAILABLE_API_MESSAGE })
    : SERVICE_UNAVAILABLE_HTML;
}
