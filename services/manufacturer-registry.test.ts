import { beforeEach, describe, expect, it } from 'vitest';
import { addressFactory, manufacturerFactory, widgetFactory } from '@/test/factories';
import { deleteTestData, testDb, withRawClient } from '@/test/support/database';
import {
  ManufacturerRegistry,
  type ManufacturerInput,
  type RegisterManufacturerResult,
  type UpdateManufacturerResult,
} from '@/services/manufacturer-registry';

const registry = new ManufacturerRegistry();

const validInput: ManufacturerInput = {
  name: 'Cyberdyne Systems',
  street: '18144 El Camino Real',
  zip: '94086',
};

function registrationErrors(result: RegisterManufacturerResult) {
  if (result.registered) throw new Error('expected the manufacturer to be refused');
  return result.errors.toFullMessages();
}

function updateErrors(result: UpdateManufacturerResult) {
  if (result.updated || result.reason !== 'invalid') throw new Error('expected field errors');
  return result.errors.toFullMessages();
}

async function errorsFor(overrides: Partial<ManufacturerInput>) {
  return registrationErrors(await registry.registerManufacturer({ ...validInput, ...overrides }));
}

/** Manufacturers with their addresses, by name, as stored. */
async function stored() {
  return testDb.manufacturer.findMany({
    orderBy: { name: 'asc' },
    select: { name: true, addressId: true, address: { select: { street: true, zip: true } } },
  });
}

/** Two manufacturers using one address row (written around the app: it never shares one). */
async function twoSharingAnAddress() {
  const address = await addressFactory.create({ street: '1 Shared Street', zip: '10001' });
  const first = await manufacturerFactory.create({ name: 'Test First', addressId: address.id });
  const second = await manufacturerFactory.create({ name: 'Test Second', addressId: address.id });
  return { address, first, second };
}

// Races show only when two requests interleave, which a single pair rarely does on a quiet
// machine: the race tests run this many pairs at once.
const RACING_PAIRS = 10;

/** RACING_PAIRS pairs of manufacturers, each pair sharing an address row. */
async function pairsSharingAnAddress() {
  return Promise.all(
    Array.from({ length: RACING_PAIRS }, async () => {
      const address = await addressFactory.create();
      return manufacturerFactory.createList(2, { addressId: address.id });
    }),
  );
}

/** Makes every insert into `table` fail, inside whatever transaction runs it, until undone. */
async function refuseInserts(table: string): Promise<() => Promise<void>> {
  await withRawClient(async (client) => {
    await client.query(`
      CREATE FUNCTION test_refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by test'; END $$;
    `);
    await client.query(`
      CREATE TRIGGER test_refuse_insert BEFORE INSERT ON ${table}
      FOR EACH ROW EXECUTE FUNCTION test_refuse_insert();
    `);
  });
  return () =>
    withRawClient(async (client) => {
      await client.query(`DROP TRIGGER test_refuse_insert ON ${table}`);
      await client.query('DROP FUNCTION test_refuse_insert()');
    });
}

beforeEach(deleteTestData);

describe('ManufacturerRegistry.registerManufacturer', () => {
  it('stores the manufacturer with an address of its own, every field trimmed', async () => {
    const result = await registry.registerManufacturer({
      name: '  Cyberdyne Systems ',
      street: ' 18144 El Camino Real  ',
      zip: ' 94086 ',
    });

    expect(result.registered).toBe(true);
    if (!result.registered) return;
    expect(result.manufacturer.name).toBe('Cyberdyne Systems');
    expect(await stored()).toEqual([
      {
        name: 'Cyberdyne Systems',
        addressId: result.manufacturer.addressId,
        address: { street: '18144 El Camino Real', zip: '94086' },
      },
    ]);
  });

  it('stores text that looks like HTML or SQL exactly as typed', async () => {
    const input = {
      name: `<script>alert("pwned")</script> & Sons`,
      street: `'; DROP TABLE manufacturers; --`,
      zip: `' OR '1'='1`,
    };

    const result = await registry.registerManufacturer(input);

    expect(result.registered).toBe(true);
    expect(await stored()).toEqual([
      expect.objectContaining({
        name: input.name,
        address: { street: input.street, zip: input.zip },
      }),
    ]);
  });

  describe.each([
    ['name', 100],
    ['street', 200],
    ['zip', 20],
  ] as const)('%s', (attribute, maximum) => {
    const label = attribute.charAt(0).toUpperCase() + attribute.slice(1);

    it.each(['', '   '])(`refuses %j: "${label} can't be blank"`, async (value) => {
      expect((await errorsFor({ [attribute]: value }))[attribute]).toEqual([
        `${label} can't be blank`,
      ]);
    });

    it.each([maximum + 1, 10_000])(
      `refuses %i characters: "${label} is too long (maximum is ${maximum} characters)"`,
      async (length) => {
        expect((await errorsFor({ [attribute]: 'x'.repeat(length) }))[attribute]).toEqual([
          `${label} is too long (maximum is ${maximum} characters)`,
        ]);
      },
    );

    it(`accepts ${maximum} characters, counting characters rather than UTF-16 units`, async () => {
      // Each "🏭" is one character, two UTF-16 units.
      const longest = { ...validInput, [attribute]: '🏭'.repeat(maximum) };
      expect((await registry.registerManufacturer(longest)).registered).toBe(true);
    });
  });

  it('refuses a name that is taken, also when typed with spaces around it', async () => {
    await manufacturerFactory.create({ name: 'Cyberdyne Systems' });

    expect((await errorsFor({ name: '  Cyberdyne Systems ' })).name).toEqual([
      'Name has already been taken',
    ]);
  });

  it('reports every broken rule at once, in the order of the fields, and writes nothing', async () => {
    const result = await registry.registerManufacturer({ name: ' ', street: '', zip: '' });

    expect(Object.values(registrationErrors(result)).flat()).toEqual([
      "Name can't be blank",
      "Street can't be blank",
      "Zip can't be blank",
    ]);
    expect(await testDb.manufacturer.count()).toBe(0);
    expect(await testDb.address.count()).toBe(0);
  });

  it('refuses 10,000 characters in every field with field errors, writing nothing', async () => {
    const huge = 'ü'.repeat(10_000);

    const result = await registry.registerManufacturer({ name: huge, street: huge, zip: huge });

    expect(Object.values(registrationErrors(result)).flat()).toEqual([
      'Name is too long (maximum is 100 characters)',
      'Street is too long (maximum is 200 characters)',
      'Zip is too long (maximum is 20 characters)',
    ]);
    expect(await testDb.address.count()).toBe(0);
  });

  it('lets the unique index decide a race: one manufacturer, the others refused, no error', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => registry.registerManufacturer({ ...validInput })),
    );

    expect(results.filter((result) => result.registered)).toHaveLength(1);
    for (const result of results.filter((result) => !result.registered)) {
      expect(registrationErrors(result).name).toEqual(['Name has already been taken']);
    }
    // The losers' addresses were rolled back with their manufacturers.
    expect(await testDb.manufacturer.count()).toBe(1);
    expect(await testDb.address.count()).toBe(1);
  });

  it('writes the address and the manufacturer in one transaction: no address without it', async () => {
    const allowInserts = await refuseInserts('manufacturers');
    try {
      await expect(registry.registerManufacturer(validInput)).rejects.toThrow(/refused by test/);
      expect(await testDb.address.count()).toBe(0);
    } finally {
      await allowInserts();
    }
  });
});

describe('ManufacturerRegistry.updateManufacturer', () => {
  it('changes the name, street and zip, trimmed, of a manufacturer with its own address', async () => {
    const manufacturer = await manufacturerFactory.create({ name: 'Test Old Name' });

    const result = await registry.updateManufacturer(manufacturer.id, {
      name: ' Test New Name ',
      street: ' 2 New Street ',
      zip: ' 02139 ',
    });

    expect(result).toMatchObject({ updated: true, manufacturer: { name: 'Test New Name' } });
    // The address is changed in place: no second row.
    expect(await stored()).toEqual([
      {
        name: 'Test New Name',
        addressId: manufacturer.addressId,
        address: { street: '2 New Street', zip: '02139' },
      },
    ]);
    expect(await testDb.address.count()).toBe(1);
  });

  it('keeps its own name: a name is taken only by another manufacturer', async () => {
    const manufacturer = await manufacturerFactory.create({ name: 'Test Keeps Its Name' });
    const other = await manufacturerFactory.create({ name: 'Test Other' });
    const keep = { name: manufacturer.name, street: '2 New Street', zip: '02139' };

    expect((await registry.updateManufacturer(manufacturer.id, keep)).updated).toBe(true);
    expect(
      updateErrors(
        await registry.updateManufacturer(manufacturer.id, { ...keep, name: other.name }),
      ).name,
    ).toEqual(['Name has already been taken']);
  });

  it('applies the field rules and changes nothing when one is broken', async () => {
    const manufacturer = await manufacturerFactory.create({ name: 'Test Unchanged' });
    const before = await stored();

    const result = await registry.updateManufacturer(manufacturer.id, {
      name: 'Test Changed',
      street: ' ',
      zip: 'x'.repeat(10_000),
    });

    expect(Object.values(updateErrors(result)).flat()).toEqual([
      "Street can't be blank",
      'Zip is too long (maximum is 20 characters)',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('answers not-found for a manufacturer that does not exist', async () => {
    expect(await registry.updateManufacturer(2_147_483_647, validInput)).toEqual({
      updated: false,
      reason: 'not-found',
    });
  });

  it('gives a manufacturer a new address when it shares one; the others keep theirs', async () => {
    const { address, first, second } = await twoSharingAnAddress();

    const result = await registry.updateManufacturer(first.id, {
      name: first.name,
      street: '2 Own Street',
      zip: '20002',
    });

    expect(result.updated).toBe(true);
    const [storedFirst, storedSecond] = await stored();
    expect(storedFirst!.address).toEqual({ street: '2 Own Street', zip: '20002' });
    expect(storedFirst!.addressId).not.toBe(address.id);
    expect(storedSecond).toEqual({
      name: second.name,
      addressId: address.id,
      address: { street: '1 Shared Street', zip: '10001' },
    });
  });

  it('leaves a shared address shared when street and zip stay the same', async () => {
    const { address, first } = await twoSharingAnAddress();

    await registry.updateManufacturer(first.id, {
      name: 'Test Renamed',
      street: '1 Shared Street',
      zip: '10001',
    });

    expect((await stored()).map((manufacturer) => manufacturer.addressId)).toEqual([
      address.id,
      address.id,
    ]);
    expect(await testDb.address.count()).toBe(1);
  });

  it('gives manufacturers that share an address and are edited at once each its own, none unused', async () => {
    const manufacturers = (await pairsSharingAnAddress()).flat();

    const results = await Promise.all(
      manufacturers.map((manufacturer) =>
        registry.updateManufacturer(manufacturer.id, {
          name: manufacturer.name,
          street: `Own street of ${manufacturer.id}`,
          zip: '20002',
        }),
      ),
    );

    expect(results.every((result) => result.updated)).toBe(true);
    for (const { id, address } of await testDb.manufacturer.findMany({
      include: { address: true },
    })) {
      expect(address.street).toBe(`Own street of ${id}`);
    }
    // In each pair one moved to a new address and the other changed the old one in place.
    expect(await testDb.address.count()).toBe(manufacturers.length);
  });

  it('lets the unique index decide a race for a new name: one renamed, the others refused', async () => {
    const manufacturers = await manufacturerFactory.createList(10);

    const results = await Promise.all(
      manufacturers.map((manufacturer) =>
        registry.updateManufacturer(manufacturer.id, {
          name: 'Test Wanted Name',
          street: 'Street',
          zip: 'Zip',
        }),
      ),
    );

    expect(results.filter((result) => result.updated)).toHaveLength(1);
    for (const result of results.filter((result) => !result.updated)) {
      expect(updateErrors(result).name).toEqual(['Name has already been taken']);
    }
    expect(await testDb.manufacturer.count({ where: { name: 'Test Wanted Name' } })).toBe(1);
  });
});

describe('ManufacturerRegistry.removeManufacturer', () => {
  it('removes a manufacturer without widgets, and its address', async () => {
    const manufacturer = await manufacturerFactory.create();

    expect(await registry.removeManufacturer(manufacturer.id)).toEqual({
      removed: true,
      manufacturer,
    });
    expect(await testDb.manufacturer.count()).toBe(0);
    expect(await testDb.address.count()).toBe(0);
  });

  it('refuses a manufacturer that still has widgets, and deletes nothing', async () => {
    const widget = await widgetFactory.create();
    const manufacturer = await testDb.manufacturer.findUniqueOrThrow({
      where: { id: widget.manufacturerId },
    });

    expect(await registry.removeManufacturer(manufacturer.id)).toEqual({
      removed: false,
      reason: 'has-widgets',
    });
    expect(await testDb.manufacturer.findUnique({ where: { id: manufacturer.id } })).toEqual(
      manufacturer,
    );
    expect(await testDb.address.count({ where: { id: manufacturer.addressId } })).toBe(1);
    expect(await testDb.widget.count()).toBe(1);
  });

  it('refuses a manufacturer that rows of another table still refer to, and deletes nothing', async () => {
    // As a generated resource's table refers to its manufacturer (docs/extending.md).
    const manufacturer = await manufacturerFactory.create();
    await withRawClient(async (sql) => {
      await sql.query(
        'CREATE TABLE test_manufacturer_references (manufacturer_id integer NOT NULL REFERENCES manufacturers (id))',
      );
      try {
        await sql.query('INSERT INTO test_manufacturer_references VALUES ($1)', [manufacturer.id]);
        expect(await registry.removeManufacturer(manufacturer.id)).toEqual({
          removed: false,
          reason: 'in-use',
        });
        expect(await testDb.manufacturer.count({ where: { id: manufacturer.id } })).toBe(1);
      } finally {
        await sql.query('DROP TABLE test_manufacturer_references');
      }
    });
  });

  it('keeps an address that another manufacturer still uses, and removes it with the last one', async () => {
    const { address, first, second } = await twoSharingAnAddress();

    expect((await registry.removeManufacturer(first.id)).removed).toBe(true);
    expect(await testDb.address.findUnique({ where: { id: address.id } })).not.toBeNull();

    expect((await registry.removeManufacturer(second.id)).removed).toBe(true);
    expect(await testDb.address.count()).toBe(0);
  });

  it('removes a shared address when its manufacturers are removed at the same time', async () => {
    const manufacturers = (await pairsSharingAnAddress()).flat();

    const results = await Promise.all(
      manufacturers.map((manufacturer) => registry.removeManufacturer(manufacturer.id)),
    );

    expect(results.every((result) => result.removed)).toBe(true);
    expect(await testDb.address.count()).toBe(0);
  });

  it('answers not-found for a manufacturer that does not exist, or no longer does', async () => {
    const manufacturer = await manufacturerFactory.create();
    await registry.removeManufacturer(manufacturer.id);

    for (const id of [manufacturer.id, 2_147_483_647]) {
      expect(await registry.removeManufacturer(id)).toEqual({
        removed: false,
        reason: 'not-found',
      });
    }
  });
});
