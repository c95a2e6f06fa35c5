import 'server-only';
// Rate limits, counted in PostgreSQL (the rate_limits table) with rate-limiter-flexible, so every
// web process sees the same counts. Each limit names what it counts in its key prefix.
import { RateLimiterPrisma } from 'rate-limiter-flexible';
import { db } from '@/lib/db';

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
