import 'server-only';
import type { Manufacturer, Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { constraintViolationOf, fieldErrorFromDatabaseError } from '@/lib/db/errors';
import { ValidationErrors } from '@/lib/validation-errors';

// Registering, editing and removing manufacturers (PRODUCT.md §6): the field rules, and each
// manufacturer written together with its address in one transaction.
//
// An address row may be shared by several manufacturers (PRODUCT.md §2), but the form edits one
// manufacturer's street and zip. So (docs/decisions/0010-a-manufacturers-address.md):
// - registering gives the manufacturer an address of its own;
// - editing changes the address in place when no other manufacturer uses it, and otherwise gives
//   this manufacturer a new address, leaving the others' as it was;
// - removing a manufacturer removes its address too, unless another manufacturer still uses it.
// The address row is locked while that is decided, so two requests about manufacturers that share
// an address take turns instead of each deciding from what the other is changing.

export type ManufacturerAttribute = 'name' | 'street' | 'zip';

/** What the form sends, as typed; surrounding spaces do not count. */
export type ManufacturerInput = { name: string; street: string; zip: string };

export type RegisterManufacturerResult =
  | { registered: true; manufacturer: Manufacturer }
  | { registered: false; errors: ValidationErrors<ManufacturerAttribute> };

export type UpdateManufacturerResult =
  | { updated: true; manufacturer: Manufacturer }
  | { updated: false; reason: 'invalid'; errors: ValidationErrors<ManufacturerAttribute> }
  | { updated: false; reason: 'not-found' };

export type RemoveManufacturerResult =
  | { removed: true; manufacturer: Manufacturer }
  | { removed: false; reason: 'not-found' | 'has-widgets' | 'in-use' };

/**
 * Longer than any real name, street or postal code. The name's limit also keeps it far below what
 * its unique index can hold (PostgreSQL refuses an index entry of more than about 2,700 bytes):
 * a name of 10,000 characters is a field error, not a database error.
 */
export const MAXIMUM_LENGTHS: Record<ManufacturerAttribute, number> = {
  name: 100,
  street: 200,
  zip: 20,
};

type Transaction = Prisma.TransactionClient;

/** PostgreSQL's SQLSTATE for a row still referred to by another table's foreign key. */
const FOREIGN_KEY_VIOLATION = '23503';

export class ManufacturerRegistry {
  async registerManufacturer(input: ManufacturerInput): Promise<RegisterManufacturerResult> {
    const fields = trimmed(input);
    const errors = await this.#checkFields(fields, null);
    if (!errors.isEmpty) return { registered: false, errors };

    try {
      const manufacturer = await db.$transaction(async (tx) => {
        const address = await tx.address.create({
          data: { street: fields.street, zip: fields.zip },
        });
        return tx.manufacturer.create({ data: { name: fields.name, addressId: address.id } });
      });
      return { registered: true, manufacturer };
    } catch (error) {
      // Another request registered the same name first: the unique index decided.
      const fieldError = fieldErrorFromDatabaseError(error);
      if (!fieldError) throw error;
      errors.add(fieldError.attribute as ManufacturerAttribute, fieldError.message);
      return { registered: false, errors };
    }
  }

  async updateManufacturer(
    id: number,
    input: ManufacturerInput,
  ): Promise<UpdateManufacturerResult> {
    const fields = trimmed(input);
    const existing = await db.manufacturer.findUnique({ where: { id }, select: { id: true } });
    if (!existing) return { updated: false, reason: 'not-found' };
    const errors = await this.#checkFields(fields, id);
    if (!errors.isEmpty) return { updated: false, reason: 'invalid', errors };

    try {
      const manufacturer = await db.$transaction(async (tx) => {
        // The update locks the manufacturer's row and says which address it uses now.
        const [renamed] = await tx.manufacturer.updateManyAndReturn({
          where: { id },
          data: { name: fields.name },
        });
        return renamed ? this.#moveToAddress(tx, renamed, fields) : null;
      });
      // Null: removed by someone else since it was looked up.
      if (!manufacturer) return { updated: false, reason: 'not-found' };
      return { updated: true, manufacturer };
    } catch (error) {
      // Another request took the name first: the unique index decided.
      const fieldError = fieldErrorFromDatabaseError(error);
      if (!fieldError) throw error;
      errors.add(fieldError.attribute as ManufacturerAttribute, fieldError.message);
      return { updated: false, reason: 'invalid', errors };
    }
  }

  /**
   * Removes a manufacturer that has no widgets. Whether it has any is decided by the widgets'
   * foreign key, in the delete itself: a check first could be outdated by a widget created
   * between the check and the delete.
   */
  async removeManufacturer(id: number): Promise<RemoveManufacturerResult> {
    try {
      const manufacturer = await db.$transaction(async (tx) => {
        // Locked first, so that it cannot change address before it is deleted.
        const [found] = await tx.$queryRaw<{ address_id: number }[]>`
          SELECT address_id FROM manufacturers WHERE id = ${id} FOR UPDATE`;
        if (!found) return null;
        await lockAddress(tx, found.address_id);
        const removed = await tx.manufacturer.delete({ where: { id } });
        await tx.address.deleteMany({
          where: { id: removed.addressId, manufacturers: { none: {} } },
        });
        return removed;
      });
      if (!manufacturer) return { removed: false, reason: 'not-found' };
      return { removed: true, manufacturer };
    } catch (error) {
      // The delete was refused and rolled back: the manufacturer still has widgets, or rows of a
      // resource added since (docs/extending.md) still refer to it.
      const violation = constraintViolationOf(error);
      if (violation?.constraint === 'widgets_manufacturer_id_fkey') {
        return { removed: false, reason: 'has-widgets' };
      }
      if (violation?.code === FOREIGN_KEY_VIOLATION) return { removed: false, reason: 'in-use' };
      throw error;
    }
  }

  /**
   * The field rules, in order, all broken ones reported at once. `ownId` is the manufacturer being
   * edited (its own name is not taken by itself), or null for a new one.
   */
  async #checkFields(
    fields: ManufacturerInput,
    ownId: number | null,
  ): Promise<ValidationErrors<ManufacturerAttribute>> {
    const errors = new ValidationErrors<ManufacturerAttribute>();
    checkPresentAndNotTooLong('name', fields.name, errors);
    if (!errors.has('name')) {
      const others = ownId === null ? {} : { id: { not: ownId } };
      const taken = await db.manufacturer.findFirst({
        where: { name: fields.name, ...others },
        select: { id: true },
      });
      if (taken) errors.add('name', 'has already been taken');
    }
    checkPresentAndNotTooLong('street', fields.street, errors);
    checkPresentAndNotTooLong('zip', fields.zip, errors);
    return errors;
  }

  /** Gives an edited manufacturer the street and zip it was saved with (see the file's top). */
  async #moveToAddress(
    tx: Transaction,
    manufacturer: Manufacturer,
    { street, zip }: ManufacturerInput,
  ): Promise<Manufacturer> {
    const current = await lockAddress(tx, manufacturer.addressId);
    if (current.street === street && current.zip === zip) return manufacturer;

    const sharedWith = await tx.manufacturer.findFirst({
      where: { addressId: manufacturer.addressId, id: { not: manufacturer.id } },
      select: { id: true },
    });
    if (!sharedWith) {
      await tx.address.update({ where: { id: manufacturer.addressId }, data: { street, zip } });
      return manufacturer;
    }
    return tx.manufacturer.update({
      where: { id: manufacturer.id },
      data: { address: { create: { street, zip } } },
    });
  }
}

function trimmed({ name, street, zip }: ManufacturerInput): ManufacturerInput {
  return { name: name.trim(), street: street.trim(), zip: zip.trim() };
}

function checkPresentAndNotTooLong(
  attribute: ManufacturerAttribute,
  value: string,
  errors: ValidationErrors<ManufacturerAttribute>,
): void {
  const maximum = MAXIMUM_LENGTHS[attribute];
  if (value === '') {
    errors.add(attribute, "can't be blank");
  } else if (characterCount(value) > maximum) {
    errors.add(attribute, `is too long (maximum is ${maximum} characters)`);
  }
}

/** Characters as PostgreSQL's char_length counts them (code points), not UTF-16 code units. */
function characterCount(text: string): number {
  return [...text].length;
}

/**
 * Locks an address's row until the transaction ends (Prisma has no FOR UPDATE), and returns it.
 * Every decision about whether an address is shared is taken under this lock.
 */
async function lockAddress(
  tx: Transaction,
  addressId: number,
): Promise<{ street: string; zip: string }> {
  const [address] = await tx.$queryRaw<{ street: string; zip: string }[]>`
    SELECT street, zip FROM addresses WHERE id = ${addressId} FOR UPDATE`;
  // It is there: the caller holds a manufacturer's row locked that references it.
  return address!;
}
