import 'server-only';
import { APIError } from 'better-auth/api';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { auth, type CurrentUser } from '@/lib/auth';
import type { Role } from '@/lib/policy';
import { failedSignIns } from '@/lib/rate-limits';

export type Credentials = { email: string; password: string };

export type CreateSessionResult =
  | { created: true; user: CurrentUser }
  | { created: false; reason: 'invalid' }
  | { created: false; reason: 'throttled'; retryAfterSeconds: number };

/** Signs staff in (PRODUCT.md §1): checks the password and starts a session. */
export class SessionCreator {
  /**
   * Starts a session when the email and password match an active user; Better Auth sets the
   * session cookie on the response (lib/auth.ts). Every failure is the same `invalid` result,
   * whether the email is unknown, the password wrong or the user deactivated, so the answer never
   * tells whether an account exists. After too many failures from one address for one email,
   * the pair is `throttled` without the password even being checked.
   */
  async createSession(
    { email, password }: Credentials,
    { clientIp, requestHeaders }: { clientIp: string; requestHeaders: Headers },
  ): Promise<CreateSessionResult> {
    const throttleKey = `${clientIp}:${email.trim().toLowerCase()}`;
    const failures = await failedSignIns.get(throttleKey);
    if (failures && failures.remainingPoints === 0) return throttled(failures);

    try {
      const { user } = await auth.api.signInEmail({
        body: { email: email.trim(), password },
        headers: requestHeaders,
      });
      await failedSignIns.delete(throttleKey);
      return {
        created: true,
        user: { id: Number(user.id), name: user.name, email: user.email, role: user.role as Role },
      };
    } catch (error) {
      if (!(error instanceof APIError) || error.statusCode >= 500) throw error;
      try {
        await failedSignIns.consume(throttleKey);
      } catch (limit) {
        // That failure was one too many: the next attempt waits. This one is still just invalid.
        if (!(limit instanceof RateLimiterRes)) throw limit;
      }
      return { created: false, reason: 'invalid' };
    }
  }
}

function throttled(failures: RateLimiterRes): CreateSessionResult {
  return {
    created: false,
    reason: 'throttled',
    retryAfterSeconds: Math.max(1, Math.ceil(failures.msBeforeNext / 1000)),
  };
}
