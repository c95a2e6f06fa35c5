import 'server-only';
import { db } from '@/lib/db';
import { paginate } from '@/lib/pagination';
import type { ManufacturerListParams } from '@/lib/params';

// The data the manufacturer pages show. Reads only.

/** One page of manufacturers by name, each with how many widgets it makes. */
export async function listManufacturers({ page }: ManufacturerListParams) {
  const totalCount = await db.manufacturer.count();
  const { skip, take, ...pagination } = paginate(page, totalCount);
  const rows = await db.manufacturer.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    skip,
    take,
    select: { id: true, name: true, _count: { select: { widgets: true } } },
  });
  const manufacturers = rows.map(({ _count, ...manufacturer }) => ({
    ...manufacturer,
    widgetCount: _count.widgets,
  }));
  return { manufacturers, ...pagination };
}

/** Every manufacturer as a choice for a form's select, by name (PRODUCT.md §5). */
export async function listManufacturerChoices(): Promise<{ id: number; name: string }[]> {
  return db.manufacturer.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true },
  });
}

/** A manufacturer with what its edit form shows, or null when there is none. */
export async function findManufacturerToEdit(id: number) {
  return db.manufacturer.findUnique({
    where: { id },
    select: { id: true, name: true, address: { select: { street: true, zip: true } } },
  });
}

/** A manufacturer with its address and its widgets by name, or null when there is none. */
export async function findManufacturer(id: number) {
  return db.manufacturer.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      address: { select: { street: true, zip: true } },
      widgets: {
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        select: { id: true, name: true, priceCents: true },
      },
    },
  });
}
