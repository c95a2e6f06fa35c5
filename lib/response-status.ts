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

/** Sets the status of the response being rendered (e.g. 404 for a record that is not there). */
export function setResponseStatus(status: number): void {
  const context = currentRequestContext();
  if (!context) {
    throw new Error('setResponseStatus() needs the request context that server.ts sets up.');
  }
  context.responseStatus = status;
}

/**
 * For server.ts: answers with the status a page set instead of Next.js's 200, and a refused
 * server action with 403 instead of the 404 Next.js renders for it without JavaScript
 * (lib/form-response.ts answerForbidden).
 */
export function applyResponseStatus(res: ServerResponse, context: RequestContext): void {
  const { writeHead } = res;
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const replaced = statusCode === 200 || (statusCode === 404 && context.actionForbidden);
    const status = replaced ? (context.responseStatus ?? statusCode) : statusCode;
    return Reflect.apply(writeHead, this, [status, ...rest]);
  } as ServerResponse['writeHead'];
}
