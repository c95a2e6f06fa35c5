// How a server action (or route handler) answers a request it refuses. Kept apart from
// lib/response-status.ts, which server.ts loads outside Next, where next/headers cannot be loaded.
import { headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import { FORBIDDEN_MESSAGE } from '@/lib/authorization';
import { currentRequestContext } from '@/lib/request-context';
import { setResponseStatus } from '@/lib/response-status';

/**
 * A form posted without JavaScript gets the page again with the status (422 for invalid input,
 * 409 for a conflict, 429 for too many attempts). A request from Next's client router (it sends a
 * Next-Action header) keeps its 200, which the router needs to apply the returned state.
 */
export async function answerRefused(status: 409 | 422 | 429): Promise<void> {
  if (!(await headers()).has('next-action')) setResponseStatus(status);
}

/**
 * A form posted without JavaScript whose save is shown on the page it gets back rather than after
 * a redirect (a new API key, shown once): 201 Created. Next's client router keeps its 200.
 */
export async function answerCreated(): Promise<void> {
  if (!(await headers()).has('next-action')) setResponseStatus(201);
}

/**
 * Refuses a server action to a signed-in user whose role does not permit it (lib/authorization.ts):
 * nothing is done, and the answer is the forbidden page with status 403.
 *
 * forbidden() stops the action. Next's client router then shows app/forbidden.tsx. A form posted
 * without JavaScript is another matter: Next 16 renders its not-found page for it, with 404
 * (server/app-render/action-handler.js, "For an MPA action…"). So the request is marked first:
 * app/not-found.tsx shows the forbidden page for a marked request, and server.ts answers it 403.
 */
export async function answerForbidden(): Promise<never> {
  if (!(await headers()).has('next-action')) {
    const context = currentRequestContext();
    if (context) context.actionForbidden = true;
    setResponseStatus(403);
  }
  forbidden();
}

/** Refuses a route handler's request to a signed-in user whose role does not permit it. */
export function forbiddenResponse(): Response {
  return new Response(`${FORBIDDEN_MESSAGE}\n`, {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
