import 'server-only';
import { Prisma, type User } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { containsIgnoringCase } from '@/lib/db/text-search';
import { readPage, type KeysetOrder } from '@/lib/pagination';
import type { UserListParams, UserSort } from '@/lib/params';
import type { Role } from '@/lib/policy';

// The data the users pages show. Reads only; the list is SQL for the same reason as in
// services/widget-queries.ts. Nothing here reads accounts, where the password hashes are.

// Each order has its index (prisma/migrations/20261122120000_index_users_list).
const ORDERS: Record<UserSort, KeysetOrder> = {
  name: {
    table: Prisma.sql`users`,
    columns: [Prisma.sql`users.name`, Prisma.sql`users.id`],
    direction: 'ascending',
  },
  email: {
    table: Prisma.sql`users`,
    columns: [Prisma.sql`users.email`, Prisma.sql`users.id`],
    direction: 'ascending',
  },
};

// Rows as the list's SQL selects them ($queryRaw does not check them; the tests do).
type UserListRow = {
  id: number;
  name: string;
  email: string;
  role: Role;
  deactivatedAt: Date | null;
  createdAt: Date;
};

/**
 * One page of users, active and deactivated alike, in the chosen order, optionally only those
 * whose name or email contains the search.
 */
export async function listUsers({ sort, q, cursor }: UserListParams) {
  // email is citext, whose own ILIKE no trigram index serves; as text it is (see the migration).
  const search = Prisma.sql`(${containsIgnoringCase(Prisma.sql`users.name`, q)}
    OR ${containsIgnoringCase(Prisma.sql`users.email::text`, q)})`;
  const page = await readPage(
    ORDERS[sort],
    cursor,
    ({ seek, orderBy, limit }) => db.$queryRaw<UserListRow[]>`
      SELECT users.id, users.name, users.email::text AS email, users.role,
             users.deactivated_at AS "deactivatedAt", users.created_at AS "createdAt"
      FROM users
      WHERE ${search} AND ${seek}
      ORDER BY ${orderBy}
      LIMIT ${limit}`,
  );
  return { users: page.rows, previousPage: page.previousPage, nextPage: page.nextPage };
}

/** A user as the edit form shows them (and as the policy judges them), or null when none. */
export async function findUserForEditing(id: number): Promise<User | null> {
  return db.user.findUnique({ where: { id } });
}
