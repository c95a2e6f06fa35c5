import { describe, expect, it } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import { keysetClauses, PER_PAGE, type KeysetOrder } from './pagination';

// The SQL each cursor gives; services/*-queries.test.ts run it against the database.
describe('keysetClauses', () => {
  const byPrice: KeysetOrder = {
    table: Prisma.sql`widgets`,
    columns: [Prisma.sql`widgets.price_cents`, Prisma.sql`widgets.id`],
    direction: 'ascending',
  };
  const newest: KeysetOrder = {
    ...byPrice,
    columns: [Prisma.sql`widgets.created_at`, Prisma.sql`widgets.id`],
    direction: 'descending',
  };
  const boundary = (columns: string) => `(SELECT ${columns} FROM widgets WHERE widgets.id = $1)`;
  const clauses = (order: KeysetOrder, cursor: Parameters<typeof keysetClauses>[1]) => {
    const { seek, orderBy, limit } = keysetClauses(order, cursor);
    return { seek: seek.text, values: seek.values, orderBy: orderBy.text, limit };
  };

  it('reads the first page from the start of the order, one row more than a page', () => {
    expect(clauses(byPrice, null)).toEqual({
      seek: 'TRUE',
      values: [],
      orderBy: 'widgets.price_cents ASC, widgets.id ASC',
      limit: PER_PAGE + 1,
    });
    expect(clauses(newest, null).orderBy).toBe('widgets.created_at DESC, widgets.id DESC');
  });

  it('reads the page after a row onwards from it, comparing the columns as one row', () => {
    expect(clauses(byPrice, { after: 42 })).toMatchObject({
      seek: `(widgets.price_cents, widgets.id) > ${boundary('widgets.price_cents, widgets.id')}`,
      values: [42],
      orderBy: 'widgets.price_cents ASC, widgets.id ASC',
    });
    expect(clauses(newest, { after: 42 })).toMatchObject({
      seek: `(widgets.created_at, widgets.id) < ${boundary('widgets.created_at, widgets.id')}`,
      orderBy: 'widgets.created_at DESC, widgets.id DESC',
    });
  });

  it('reads the page before a row backwards from it', () => {
    expect(clauses(byPrice, { before: 42 })).toMatchObject({
      seek: `(widgets.price_cents, widgets.id) < ${boundary('widgets.price_cents, widgets.id')}`,
      values: [42],
      orderBy: 'widgets.price_cents DESC, widgets.id DESC',
    });
    expect(clauses(newest, { before: 42 })).toMatchObject({
      seek: `(widgets.created_at, widgets.id) > ${boundary('widgets.created_at, widgets.id')}`,
      orderBy: 'widgets.created_at ASC, widgets.id ASC',
    });
  });
});
