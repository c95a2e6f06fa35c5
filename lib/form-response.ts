// How a server action answers a form it refuses. Kept apart from lib/response-status.ts, which
// server.ts loads outside Next, where next/headers cannot be loaded.
import { headers } from 'next/headers';
import { setResponseStatus } from '@/lib/response-status';

/**
 * A form posted without JavaScript gets the page again with the status (422 for invalid input,
 * 409 for a conflict). A request from Next's client router (it sends a Next-Action header) keeps
 * its 200, which the router needs to apply the returned state.
 */
export async function answerRefused(status: 409 | 422): Promise<void> {
  if (!(await headers()).has('next-action')) setResponseStatus(status);
}
