import 'server-only';
import { hashPassword } from 'better-auth/crypto';
import { z } from 'zod';
import type { User } from '@/generated/prisma/client';
import { MINIMUM_PASSWORD_LENGTH } from '@/lib/auth';
import { db } from '@/lib/db';
import { fieldErrorFromDatabaseError } from '@/lib/db/errors';
import { ROLES, type Role } from '@/lib/policy';
import { ValidationErrors } from '@/lib/validation-errors';

// Staff accounts (PRODUCT.md §1–2): an admin registers a user with a role and a first password,
// changes their name or role, and deactivates them. Users are never deleted: a deactivated user
// keeps their row (and what it refers to) but can no longer sign in.
//
// Passwords are Better Auth's business once stored (lib/auth.ts): the hash lives in the user's
// "credential" account, made with Better Auth's own hashPassword so that sign-in can check it.
// Neither the password nor its hash is ever logged or returned: results carry the users row,
// which holds neither.

export type UserAttribute = 'name' | 'email' | 'role' | 'password';

/** What the new-user form sends, as typed; spaces around the name and email do not count. */
export type UserInput = { name: string; email: string; role: string; password: string };

/** What the edit form sends. A role left out (an admin's own form has none) stays as it is. */
export type UserChanges = { name: string; role?: string };

export type RegisterUserResult =
  { registered: true; user: User } | { registered: false; errors: ValidationErrors<UserAttribute> };

export type UpdateUserResult =
  | { updated: true; user: User }
  | { updated: false; reason: 'invalid'; errors: ValidationErrors<UserAttribute> }
  | { updated: false; reason: 'not-found' };

export type DeactivateUserResult =
  { deactivated: true; user: User } | { deactivated: false; reason: 'not-found' };

/**
 * Longer than any real name or address. An email may be at most 254 characters (RFC 5321), which
 * also keeps it far below what its unique index can hold. Better Auth refuses a password longer
 * than 128 characters at sign-in (its maxPasswordLength), so none is stored.
 */
export const MAXIMUM_LENGTHS: Record<Exclude<UserAttribute, 'role'>, number> = {
  name: 100,
  email: 254,
  password: 128,
};

const emailFormat = z.email();

export class UserRegistry {
  /** Creates the user and their sign-in (the credential account) together, or neither. */
  async registerUser(input: UserInput): Promise<RegisterUserResult> {
    const name = input.name.trim();
    const email = input.email.trim();
    const errors = new ValidationErrors<UserAttribute>();
    checkName(name, errors);
    await checkEmail(email, errors);
    const role = checkRole(input.role, errors);
    checkPassword(input.password, errors);
    if (!errors.isEmpty || !role) return { registered: false, errors };

    // Hashing is deliberately slow: done before the transaction, which stays short.
    const passwordHash = await hashPassword(input.password);
    try {
      const user = await db.$transaction(async (tx) => {
        const created = await tx.user.create({ data: { name, email, role } });
        await tx.account.create({
          data: {
            userId: created.id,
            providerId: 'credential',
            accountId: String(created.id),
            password: passwordHash,
          },
        });
        return created;
      });
      return { registered: true, user };
    } catch (error) {
      // Another request registered the same email first: the unique index decided.
      const fieldError = fieldErrorFromDatabaseError(error);
      if (!fieldError) throw error;
      errors.add(fieldError.attribute as UserAttribute, fieldError.message);
      return { registered: false, errors };
    }
  }

  /** Changes a user's name and, when given, their role. Their sessions go on: every request
   *  reads the role afresh (lib/auth.ts), so the change applies from their next page. */
  async updateUser(id: number, changes: UserChanges): Promise<UpdateUserResult> {
    const existing = await db.user.findUnique({ where: { id }, select: { id: true } });
    if (!existing) return { updated: false, reason: 'not-found' };
    const name = changes.name.trim();
    const errors = new ValidationErrors<UserAttribute>();
    checkName(name, errors);
    const role = changes.role === undefined ? undefined : checkRole(changes.role, errors);
    if (!errors.isEmpty || role === null) return { updated: false, reason: 'invalid', errors };

    const [user] = await db.user.updateManyAndReturn({ where: { id }, data: { name, role } });
    // None: removed since it was looked up (written around the app: the app never deletes users).
    if (!user) return { updated: false, reason: 'not-found' };
    return { updated: true, user };
  }

  /**
   * Deactivates a user and ends their sessions, in one transaction: from the moment it commits
   * they are signed out everywhere and cannot sign in again (lib/auth.ts refuses them a session).
   * Deactivating a deactivated user changes nothing and keeps the date it first happened.
   */
  async deactivateUser(id: number): Promise<DeactivateUserResult> {
    const user = await db.$transaction(async (tx) => {
      const [deactivated] = await tx.user.updateManyAndReturn({
        where: { id, deactivatedAt: null },
        data: { deactivatedAt: new Date() },
      });
      const found = deactivated ?? (await tx.user.findUnique({ where: { id } }));
      if (!found) return null;
      // A sign-in racing this transaction could still add a session after the delete; lib/auth.ts
      // currentUser() ignores any session of a deactivated user, so it opens nothing.
      await tx.session.deleteMany({ where: { userId: id } });
      return found;
    });
    if (!user) return { deactivated: false, reason: 'not-found' };
    return { deactivated: true, user };
  }
}

function checkName(name: string, errors: ValidationErrors<UserAttribute>): void {
  if (name === '') {
    errors.add('name', "can't be blank");
  } else if (characterCount(name) > MAXIMUM_LENGTHS.name) {
    errors.add('name', `is too long (maximum is ${MAXIMUM_LENGTHS.name} characters)`);
  }
}

/** Whether the email is one, and free; the unique index (citext) also decides, without case. */
async function checkEmail(email: string, errors: ValidationErrors<UserAttribute>): Promise<void> {
  if (email === '') {
    errors.add('email', "can't be blank");
  } else if (characterCount(email) > MAXIMUM_LENGTHS.email) {
    errors.add('email', `is too long (maximum is ${MAXIMUM_LENGTHS.email} characters)`);
  } else if (!emailFormat.safeParse(email).success) {
    errors.add('email', 'is invalid');
  } else if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    errors.add('email', 'has already been taken');
  }
}

/** The role, or null (with its error added) when it is not one of ROLES. */
function checkRole(role: string, errors: ValidationErrors<UserAttribute>): Role | null {
  if (isRole(role)) return role;
  errors.add('role', role === '' ? "can't be blank" : 'is not included in the list');
  return null;
}

function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

// Measured as Better Auth measures it (string length) so that what is accepted here is what
// sign-in accepts. Spaces count: a password is used exactly as typed.
function checkPassword(password: string, errors: ValidationErrors<UserAttribute>): void {
  if (password === '') {
    errors.add('password', "can't be blank");
  } else if (password.length < MINIMUM_PASSWORD_LENGTH) {
    errors.add('password', `is too short (minimum is ${MINIMUM_PASSWORD_LENGTH} characters)`);
  } else if (password.length > MAXIMUM_LENGTHS.password) {
    errors.add('password', `is too long (maximum is ${MAXIMUM_LENGTHS.password} characters)`);
  }
}

/** Characters as PostgreSQL's char_length counts them (code points), not UTF-16 code units. */
function characterCount(text: string): number {
  return [...text].length;
}
