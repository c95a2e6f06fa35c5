import 'server-only';
// Rate limits, counted in PostgreSQL (the rate_limits table) with rate-limiter-flexible, so every
// web process sees the same counts. Each limit names what it counts in its key prefix.
import { RateLimiterPrisma } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Failed sign-ins, per client address and email: after 5 in 15 minutes, that address cannot try
 * that email again until the 15 minutes since the first are over. Counting the pair, not the
 * email alone, keeps a stranger from locking a colleague out by failing on purpose.
 */
export const failedSignIns = new RateLimiterPrisma({
  storeClient: db,
  tableName: 'rateLimit',
  keyPrefix: 'sign-in',
  points: 5,
  duration: FIFTEEN_MINUTES,
});

/**
 * JSON API requests, per key (lib/api/requests.ts): API_RATE_LIMIT_PER_MINUTE in any minute
 * counted from a key's first request in it; the next is answered 429 with Retry-After.
 */
export const apiRequests = new RateLimiterPrisma({
  storeClient: db,
  tableName: 'rateLimit',
  keyPrefix: 'api',
  points: env.API_RATE_LIMIT_PER_MINUTE,
  duration: 60,
});
