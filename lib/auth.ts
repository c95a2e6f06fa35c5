import 'server-only';
// Authentication: who is signed in. Better Auth (ADR 12) hashes passwords, keeps sessions in
// PostgreSQL (the sessions table) and signs the session cookie. The app calls it only from the
// server (services/session-creator.ts, the sign-out action, currentUser below); none of its HTTP
// endpoints is mounted, so /api/auth/* does not exist.
//
// What a signed-in user may do is lib/policy.ts's question, asked through lib/authorization.ts.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { headers } from 'next/headers';
import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import type { Role } from '@/lib/policy';
import { currentRequestContext } from '@/lib/request-context';

/** Staff passwords: at least this long (the users form and the seeds follow it). */
export const MINIMUM_PASSWORD_LENGTH = 12;

/** A session ends a week after sign-in, used or not. */
const SESSION_LIFETIME_SECONDS = 60 * 60 * 24 * 7;

export const auth = betterAuth({
  appName: 'Widgets',
  secret: env.AUTH_SECRET,
  database: prismaAdapter(db, { provider: 'postgresql' }),
  // Its errors go to the app's log. Its warnings do not: "Invalid password" for every failed
  // sign-in (the request's own log line says 422), and that no base URL is set, which only its
  // HTTP endpoints' callbacks and redirects would need.
  logger: {
    level: 'error',
    log: (_level, message) => logger.error({ component: 'better-auth' }, message),
  },
  // Ids come from the tables' identity columns, like every other table's.
  advanced: {
    database: { generateId: 'serial' },
    cookiePrefix: 'widgets',
    // HttpOnly and SameSite=Lax always (Better Auth's defaults); Secure in production.
    useSecureCookies: env.NODE_ENV === 'production',
  },
  user: {
    additionalFields: {
      role: { type: 'string', required: true, input: false },
      deactivatedAt: { type: 'date', required: false, input: false },
    },
  },
  session: {
    expiresIn: SESSION_LIFETIME_SECONDS,
    // Not extended by use: a page (a server component) cannot set the cookie, so an extension
    // would move the row's expiry but not the cookie's. Reading a page also writes nothing.
    disableSessionRefresh: true,
    // No cookie cache: every request reads the session row, so signing out or deactivating a
    // user ends their sessions at once rather than when a cached copy expires.
    cookieCache: { enabled: false },
  },
  emailAndPassword: {
    enabled: true,
    // Admins create staff accounts (/users); nobody signs themselves up.
    disableSignUp: true,
    minPasswordLength: MINIMUM_PASSWORD_LENGTH,
  },
  // Failed sign-ins are limited per address and email by services/session-creator.ts. Better
  // Auth's own limiter guards only its HTTP endpoints, which are not mounted.
  rateLimit: { enabled: false },
  databaseHooks: {
    session: {
      create: {
        // A deactivated user cannot sign in: no session is created for them.
        async before(session) {
          const user = await db.user.findUnique({
            where: { id: Number(session.userId) },
            select: { deactivatedAt: true },
          });
          return user && user.deactivatedAt === null ? { data: session } : false;
        },
      },
    },
  },
  // Sets the session cookie when a server action signs in or out. Must be the last plugin.
  plugins: [nextCookies()],
});

export type CurrentUser = { id: number; name: string; email: string; role: Role };

/**
 * The signed-in user, or null. Read once per request (React's cache); it also puts the user's id
 * in the request context, so the request's log line carries it.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || session.user.deactivatedAt) return null;
  const { id, name, email, role } = session.user;
  const user = { id: Number(id), name, email, role: role as Role };
  const context = currentRequestContext();
  if (context) context.userId = user.id;
  return user;
});
