import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { readPage, type KeysetOrder } from '@/lib/pagination';
import type { PageParams } from '@/lib/params';
import type { Role } from '@/lib/policy';

// The data the API keys page shows. Reads only; the list is SQL for the same reason as in
// services/widget-queries.ts. It never reads a key's digest: the page has no use for it.

// Newest first, with its index (prisma/migrations/20261123090000_create_api_keys).
const ORDER: KeysetOrder = {
  table: Prisma.sql`api_keys`,
  columns: [Prisma.sql`api_keys.created_at`, Prisma.sql`api_keys.id`],
  direction: 'descending',
};

// Rows as the list's SQL selects them ($queryRaw does not check them; the tests do).
export type ApiKeyListRow = {
  id: number;
  clientName: string;
  role: Role;
  /** The key's first characters, stored in the clear (lib/api-key-tokens.ts). */
  tokenPrefix: string;
  createdAt: Date;
  deactivatedAt: Date | null;
};

/** One page of the API keys, active and deactivated alike, newest first. */
export async function listApiKeys({ cursor }: PageParams) {
  const page = await readPage(
    ORDER,
    cursor,
    ({ seek, orderBy, limit }) => db.$queryRaw<ApiKeyListRow[]>`
      SELECT api_keys.id, api_keys.client_name AS "clientName", api_keys.role,
             api_keys.token_prefix AS "tokenPrefix", api_keys.created_at AS "createdAt",
             api_keys.deactivated_at AS "deactivatedAt"
      FROM api_keys
      WHERE ${seek}
      ORDER BY ${orderBy}
      LIMIT ${limit}`,
  );
  return { apiKeys: page.rows, previousPage: page.previousPage, nextPage: page.nextPage };
}
