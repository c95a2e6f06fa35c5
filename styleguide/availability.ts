// Where the living style guide is served. It is a tool for the people who build the app, so
// development and test always serve it; production serves it only when STYLEGUIDE_ENABLED=true
// (e.g. a staging server that designers review). Everywhere else every /styleguide URL is
// "page not found", and no link points there.
import { connection } from 'next/server';
import { env, type Env } from '@/lib/env';

/** The rule, for a given configuration. */
export function isStyleguideAvailable({
  NODE_ENV,
  STYLEGUIDE_ENABLED,
}: Pick<Env, 'NODE_ENV' | 'STYLEGUIDE_ENABLED'>): boolean {
  return NODE_ENV !== 'production' || STYLEGUIDE_ENABLED;
}

/**
 * Whether this server serves the style guide, for pages and layouts. It waits for a request
 * (connection()), so a page that asks is rendered per request with the server's environment,
 * never prerendered with the environment `next build` happened to run in.
 */
export async function styleguideIsServed(): Promise<boolean> {
  await connection();
  return isStyleguideAvailable(env);
}
