import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { containsIgnoringCase } from '@/lib/db/text-search';
import { readPage, type KeysetOrder } from '@/lib/pagination';
import type { WidgetListParams, WidgetSort } from '@/lib/params';

// The data the widget pages show. Reads only; writes go through the widget services.

// Each order has its index (prisma/migrations/20261121190200_index_list_pages). Ties are
// broken by the id: at one price, the widget added first comes first.
const ORDERS: Record<WidgetSort, KeysetOrder> = {
  name: {
    table: Prisma.sql`widgets`,
    columns: [Prisma.sql`widgets.name`, Prisma.sql`widgets.id`],
    direction: 'ascending',
  },
  price: {
    table: Prisma.sql`widgets`,
    columns: [Prisma.sql`widgets.price_cents`, Prisma.sql`widgets.id`],
    direction: 'ascending',
  },
  newest: {
    table: Prisma.sql`widgets`,
    columns: [Prisma.sql`widgets.created_at`, Prisma.sql`widgets.id`],
    direction: 'descending',
  },
};

// A row as the list's SQL selects it. $queryRaw does not check it against the query: the
// aliases below and services/widget-queries.test.ts keep the two in step.
type WidgetListRow = {
  id: number;
  name: string;
  priceCents: number;
  lockVersion: number;
  createdAt: Date;
  updatedAt: Date;
  manufacturerId: number;
  manufacturerName: string;
  widgetStatusName: string;
};

// A widget with its manufacturer and status: a row of the list, and what the JSON API shows.
const WIDGET_DETAILS = {
  id: true,
  name: true,
  priceCents: true,
  lockVersion: true,
  createdAt: true,
  updatedAt: true,
  manufacturer: { select: { id: true, name: true } },
  widgetStatus: { select: { name: true } },
} satisfies Prisma.WidgetSelect;

export type WidgetDetails = Prisma.WidgetGetPayload<{ select: typeof WIDGET_DETAILS }>;

/**
 * One page of widgets in the chosen order, each with its manufacturer and status, optionally only
 * those whose name contains the search. SQL rather than Prisma: Prisma's cursors compare the
 * columns one by one (a = … AND id > … OR a > …), which no index can seek to.
 *
 * The page's ids are found first, from the columns of the order's index alone, and the rows are
 * read for those ids only. A search that matches few rows near the start of the order makes the
 * index scan pass (and filter) thousands of entries: from the index alone (an index-only scan)
 * that costs a fraction of fetching each of those rows from the table.
 */
export async function listWidgets({ sort, q, cursor }: WidgetListParams) {
  const page = await readPage(
    ORDERS[sort],
    cursor,
    ({ seek, orderBy, limit }) => db.$queryRaw<WidgetListRow[]>`
      SELECT widgets.id, widgets.name, widgets.price_cents AS "priceCents",
             widgets.lock_version AS "lockVersion", widgets.created_at AS "createdAt",
             widgets.updated_at AS "updatedAt", manufacturers.id AS "manufacturerId",
             manufacturers.name AS "manufacturerName", widget_statuses.name AS "widgetStatusName"
      FROM (
        SELECT widgets.id FROM widgets
        WHERE ${containsIgnoringCase(Prisma.sql`widgets.name`, q)} AND ${seek}
        ORDER BY ${orderBy}
        LIMIT ${limit}
      ) AS page
      JOIN widgets ON widgets.id = page.id
      JOIN manufacturers ON manufacturers.id = widgets.manufacturer_id
      JOIN widget_statuses ON widget_statuses.id = widgets.widget_status_id
      ORDER BY ${orderBy}`,
  );
  const widgets = page.rows.map(
    ({ manufacturerId, manufacturerName, widgetStatusName, ...widget }): WidgetDetails => ({
      ...widget,
      manufacturer: { id: manufacturerId, name: manufacturerName },
      widgetStatus: { name: widgetStatusName },
    }),
  );
  return { widgets, previousPage: page.previousPage, nextPage: page.nextPage };
}

/** A widget with its manufacturer, status and ratings summary, or null when there is none. */
export async function findWidget(id: number) {
  const [widget, ratings] = await Promise.all([
    db.widget.findUnique({
      where: { id },
      select: {
        id: true,
        name: true,
        priceCents: true,
        manufacturer: { select: { id: true, name: true } },
        widgetStatus: { select: { name: true } },
      },
    }),
    db.widgetRating.aggregate({
      where: { widgetId: id },
      _avg: { rating: true },
      _count: { _all: true },
    }),
  ]);
  if (!widget) return null;
  return { ...widget, ratings: { average: ratings._avg.rating, count: ratings._count._all } };
}

/** A widget with its manufacturer and status (the JSON API's widget), or null when there is none. */
export async function findWidgetDetails(id: number): Promise<WidgetDetails | null> {
  return db.widget.findUnique({ where: { id }, select: WIDGET_DETAILS });
}

/**
 * A widget's editable values and its lock_version (the version the edit form is opened at), or
 * null when there is none.
 */
export async function findWidgetForEditing(id: number) {
  return db.widget.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      priceCents: true,
      manufacturerId: true,
      widgetStatusId: true,
      lockVersion: true,
    },
  });
}
