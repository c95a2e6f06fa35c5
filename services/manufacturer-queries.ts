import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { containsIgnoringCase } from '@/lib/db/text-search';
import { readPage, type Cursor, type KeysetOrder } from '@/lib/pagination';
import type { ManufacturerListParams, ManufacturerSort } from '@/lib/params';

// The data the manufacturer pages show. Reads only. Lists are SQL for the same reason as in
// services/widget-queries.ts.

// Each order has its index (prisma/migrations/20261121190200_index_list_pages).
const ORDERS: Record<ManufacturerSort, KeysetOrder> = {
  name: {
    table: Prisma.sql`manufacturers`,
    columns: [Prisma.sql`manufacturers.name`, Prisma.sql`manufacturers.id`],
    direction: 'ascending',
  },
  newest: {
    table: Prisma.sql`manufacturers`,
    columns: [Prisma.sql`manufacturers.created_at`, Prisma.sql`manufacturers.id`],
    direction: 'descending',
  },
};

// Rows as the lists' SQL selects them ($queryRaw does not check them; the tests do).
type ManufacturerListRow = {
  id: number;
  name: string;
  createdAt: Date;
  updatedAt: Date;
  street: string;
  zip: string;
  widgetCount: number;
};

// A manufacturer with its address: its page, its edit form, and what the JSON API shows.
const MANUFACTURER_DETAILS = {
  id: true,
  name: true,
  createdAt: true,
  updatedAt: true,
  address: { select: { street: true, zip: true } },
} satisfies Prisma.ManufacturerSelect;

export type ManufacturerDetails = Prisma.ManufacturerGetPayload<{
  select: typeof MANUFACTURER_DETAILS;
}>;

/**
 * One page of manufacturers in the chosen order, each with its address and how many widgets it makes,
 * optionally only those whose name contains the search.
 */
export async function listManufacturers({ sort, q, cursor }: ManufacturerListParams) {
  // Each count reads that manufacturer's entries in widgets_manufacturer_id_name_id_idx, for the
  // rows on the page only: Prisma's _count groups the whole widgets table instead.
  const page = await readPage(
    ORDERS[sort],
    cursor,
    ({ seek, orderBy, limit }) => db.$queryRaw<ManufacturerListRow[]>`
      SELECT manufacturers.id, manufacturers.name, manufacturers.created_at AS "createdAt",
             manufacturers.updated_at AS "updatedAt", addresses.street, addresses.zip,
             (SELECT count(*)::integer FROM widgets
              WHERE widgets.manufacturer_id = manufacturers.id) AS "widgetCount"
      FROM manufacturers
      JOIN addresses ON addresses.id = manufacturers.address_id
      WHERE ${containsIgnoringCase(Prisma.sql`manufacturers.name`, q)} AND ${seek}
      ORDER BY ${orderBy}
      LIMIT ${limit}`,
  );
  const manufacturers = page.rows.map(
    ({ street, zip, ...manufacturer }): ManufacturerDetails & { widgetCount: number } => ({
      ...manufacturer,
      address: { street, zip },
    }),
  );
  return { manufacturers, previousPage: page.previousPage, nextPage: page.nextPage };
}

/** Every manufacturer as a choice for a form's select, by name (PRODUCT.md §5). */
export async function listManufacturerChoices(): Promise<{ id: number; name: string }[]> {
  return db.manufacturer.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true },
  });
}

/** A manufacturer with its address, or null when there is none. */
export async function findManufacturer(id: number): Promise<ManufacturerDetails | null> {
  return db.manufacturer.findUnique({ where: { id }, select: MANUFACTURER_DETAILS });
}

const MANUFACTURER_WIDGETS_ORDER: KeysetOrder = {
  table: Prisma.sql`widgets`,
  columns: [Prisma.sql`widgets.name`, Prisma.sql`widgets.id`],
  direction: 'ascending',
};

type ManufacturerWidgetRow = { id: number; name: string; priceCents: number };

/** One page of a manufacturer's widgets, by name (widgets_manufacturer_id_name_id_idx). */
export async function listManufacturerWidgets(manufacturerId: number, cursor: Cursor | null) {
  const page = await readPage(
    MANUFACTURER_WIDGETS_ORDER,
    cursor,
    ({ seek, orderBy, limit }) => db.$queryRaw<ManufacturerWidgetRow[]>`
      SELECT widgets.id, widgets.name, widgets.price_cents AS "priceCents"
      FROM widgets
      WHERE widgets.manufacturer_id = ${manufacturerId} AND ${seek}
      ORDER BY ${orderBy}
      LIMIT ${limit}`,
  );
  return { widgets: page.rows, previousPage: page.previousPage, nextPage: page.nextPage };
}
