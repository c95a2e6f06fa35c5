import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { paginate } from '@/lib/pagination';
import type { WidgetListParams, WidgetSort } from '@/lib/params';

// The data the widget pages show. Reads only; writes go through the widget services.

// Every order ends with the id, so rows that tie keep one order and pagination never repeats or
// skips one.
const ORDER_BY: Record<WidgetSort, Prisma.WidgetOrderByWithRelationInput[]> = {
  name: [{ name: 'asc' }, { id: 'asc' }],
  price: [{ priceCents: 'asc' }, { name: 'asc' }, { id: 'asc' }],
  newest: [{ createdAt: 'desc' }, { id: 'desc' }],
};

// Prisma hands `contains` to ILIKE as it is, where % and _ are wildcards and \ escapes them.
// A search is plain text, so those characters are escaped.
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** One page of widgets, each with its manufacturer's name, optionally filtered by name. */
export async function listWidgets({ page, sort, q }: WidgetListParams) {
  const where: Prisma.WidgetWhereInput = q
    ? { name: { contains: likeLiteral(q), mode: 'insensitive' } }
    : {};
  const totalCount = await db.widget.count({ where });
  const { skip, take, ...pagination } = paginate(page, totalCount);
  const widgets = await db.widget.findMany({
    where,
    orderBy: ORDER_BY[sort],
    skip,
    take,
    select: {
      id: true,
      name: true,
      priceCents: true,
      createdAt: true,
      manufacturer: { select: { id: true, name: true } },
    },
  });
  return { widgets, ...pagination };
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
