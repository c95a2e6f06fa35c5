// Development data (PRODUCT.md §10): `npm run db:seed`.
//
// Fixed values, no random data, and idempotent: every row is upserted by its unique name and
// never updated, so running the seed again changes nothing. It refuses to run anywhere but in
// development, and never against the test database (the tests build their own data with
// test/factories).
import '@/lib/load-env-files';
import { pathToFileURL } from 'node:url';
import { hashPassword } from 'better-auth/crypto';
import type { PrismaClient } from '@/generated/prisma/client';
import { apiKeyTokenDigest, apiKeyTokenPrefix } from '@/lib/api-key-tokens';
import { databaseUrlFor, embeddedDatabaseUrl } from '@/lib/database-url';
import type { Role } from '@/lib/policy';

type StatusName = 'Fresh' | 'Approved' | 'Archived';

const STATUSES: StatusName[] = ['Fresh', 'Approved', 'Archived'];

const DAY = 24 * 60 * 60 * 1000;

const MANUFACTURERS = [
  // Recent, so a widget created for it sends the new-manufacturer email (created < 60 days ago).
  // The date is taken when the row is first seeded and kept after that.
  {
    name: 'Cyberdyne Systems',
    street: '18144 El Camino Real',
    zip: '94086',
    createdAt: new Date(Date.now() - 10 * DAY),
  },
  // Legacy (created before 2010): its widgets must cost at least $100.00.
  {
    name: 'Acme Legacy Works',
    street: '1 Foundry Lane',
    zip: '15201',
    createdAt: new Date('2008-03-14T09:00:00Z'),
  },
  {
    name: 'Northwind Gears',
    street: '42 Harbor Road',
    zip: '98101',
    createdAt: new Date('2012-02-19T09:00:00Z'),
  },
  {
    name: 'Bluebell Fabrication',
    street: '7 Meadow Court',
    zip: '05401',
    createdAt: new Date('2014-07-01T09:00:00Z'),
  },
  {
    name: 'Quartz & Cog',
    street: '300 Clockmaker Street',
    zip: '02139',
    createdAt: new Date('2015-06-01T09:00:00Z'),
  },
  {
    name: 'Harbor Tooling',
    street: '9 Pier Avenue',
    zip: '21231',
    createdAt: new Date('2017-11-03T09:00:00Z'),
  },
  {
    name: 'Pinecrest Metals',
    street: '55 Ridge Road',
    zip: '80202',
    createdAt: new Date('2019-09-09T09:00:00Z'),
  },
  {
    name: 'Redline Instruments',
    street: '12 Gauge Street',
    zip: '48201',
    createdAt: new Date('2020-01-20T09:00:00Z'),
  },
  {
    name: 'Summit Assemblies',
    street: '4 Summit Drive',
    zip: '84101',
    createdAt: new Date('2021-04-12T09:00:00Z'),
  },
  {
    name: 'Lumen Parts Co.',
    street: '88 Lantern Way',
    zip: '97201',
    createdAt: new Date('2023-08-30T09:00:00Z'),
  },
] as const;

type ManufacturerName = (typeof MANUFACTURERS)[number]['name'];

interface SeedWidget {
  name: string;
  manufacturer: ManufacturerName;
  priceCents: number;
  status?: StatusName;
  ratings?: number[];
}

// 40 widgets: more than one page of the list (25 a page). Prices include the edges of the
// business rules: over $7,500.00 (finance email), exactly $100.00 (the legacy minimum), exactly
// $10,000.00 (the maximum) and a few cheap ones.
const WIDGETS: SeedWidget[] = [
  { name: 'Stembolt', manufacturer: 'Cyberdyne Systems', priceCents: 8_100_00, ratings: [5, 4, 5] },
  { name: 'Neural Relay', manufacturer: 'Cyberdyne Systems', priceCents: 9_250_00 },
  { name: 'Servo Bracket', manufacturer: 'Cyberdyne Systems', priceCents: 12_50 },
  { name: 'Arc Coupler', manufacturer: 'Cyberdyne Systems', priceCents: 45_00, ratings: [3] },

  {
    name: 'Anvil Mount',
    manufacturer: 'Acme Legacy Works',
    priceCents: 100_00,
    status: 'Approved',
    ratings: [4, 4],
  },
  { name: 'Rocket Skate Bearing', manufacturer: 'Acme Legacy Works', priceCents: 2_450_00 },
  {
    name: 'Spring Coil',
    manufacturer: 'Acme Legacy Works',
    priceCents: 150_00,
    status: 'Archived',
  },
  { name: 'Iron Gasket', manufacturer: 'Acme Legacy Works', priceCents: 310_00 },

  {
    name: 'Helical Gear',
    manufacturer: 'Northwind Gears',
    priceCents: 24_99,
    status: 'Approved',
    ratings: [5, 5, 4, 3],
  },
  { name: 'Planetary Gearbox', manufacturer: 'Northwind Gears', priceCents: 1_899_00 },
  // The same name as Cyberdyne's: widget names are unique per manufacturer only.
  { name: 'Stembolt', manufacturer: 'Northwind Gears', priceCents: 349_50 },
  { name: 'Gear Shim', manufacturer: 'Northwind Gears', priceCents: 99 },

  { name: 'Sheet Clip', manufacturer: 'Bluebell Fabrication', priceCents: 2_50 },
  { name: 'Hinge Pin', manufacturer: 'Bluebell Fabrication', priceCents: 4_75, ratings: [2] },
  { name: 'Bracket Plate', manufacturer: 'Bluebell Fabrication', priceCents: 38_00 },
  { name: 'Weld Collar', manufacturer: 'Bluebell Fabrication', priceCents: 129_00 },

  { name: 'Oscillator Cog', manufacturer: 'Quartz & Cog', priceCents: 7_600_00 },
  { name: 'Timing Crystal', manufacturer: 'Quartz & Cog', priceCents: 7_500_00 },
  { name: 'Escapement Wheel', manufacturer: 'Quartz & Cog', priceCents: 512_00, ratings: [4] },
  { name: 'Balance Spring', manufacturer: 'Quartz & Cog', priceCents: 64_20 },

  { name: 'Dock Cleat', manufacturer: 'Harbor Tooling', priceCents: 89_00, status: 'Approved' },
  { name: 'Tide Valve', manufacturer: 'Harbor Tooling', priceCents: 1_120_00 },
  { name: 'Winch Pawl', manufacturer: 'Harbor Tooling', priceCents: 23_40 },
  { name: 'Hull Rivet', manufacturer: 'Harbor Tooling', priceCents: 1_10, status: 'Archived' },

  { name: 'Copper Ferrule', manufacturer: 'Pinecrest Metals', priceCents: 12_80 },
  { name: 'Brass Spindle', manufacturer: 'Pinecrest Metals', priceCents: 56_00, ratings: [3, 4] },
  { name: 'Steel Dowel', manufacturer: 'Pinecrest Metals', priceCents: 3_35 },
  { name: 'Titanium Axle', manufacturer: 'Pinecrest Metals', priceCents: 9_999_99 },

  {
    name: 'Pressure Gauge',
    manufacturer: 'Redline Instruments',
    priceCents: 215_00,
    status: 'Approved',
    ratings: [5],
  },
  { name: 'Flow Sensor', manufacturer: 'Redline Instruments', priceCents: 845_00 },
  { name: 'Needle Valve', manufacturer: 'Redline Instruments', priceCents: 67_90 },
  { name: 'Calibration Weight', manufacturer: 'Redline Instruments', priceCents: 10_000_00 },

  { name: 'Lift Actuator', manufacturer: 'Summit Assemblies', priceCents: 4_300_00 },
  { name: 'Cable Pulley', manufacturer: 'Summit Assemblies', priceCents: 41_00, ratings: [1, 2] },
  { name: 'Ridge Clamp', manufacturer: 'Summit Assemblies', priceCents: 18_60, status: 'Archived' },
  { name: 'Summit Rail', manufacturer: 'Summit Assemblies', priceCents: 775_00 },

  { name: 'Lamp Socket', manufacturer: 'Lumen Parts Co.', priceCents: 7_25 },
  {
    name: 'Prism Lens',
    manufacturer: 'Lumen Parts Co.',
    priceCents: 132_00,
    status: 'Approved',
    ratings: [5, 4],
  },
  { name: 'Diffuser Panel', manufacturer: 'Lumen Parts Co.', priceCents: 58_40 },
  { name: 'Filament Spool', manufacturer: 'Lumen Parts Co.', priceCents: 8_900_00 },
];

/** Every seeded user's password, in development only (README.md, "Signing in"). */
export const DEVELOPMENT_PASSWORD = 'widgets-dev-password';

// One user per role. Finance and admin use the addresses the widget checks email by default
// (FINANCE_EMAIL, ADMIN_EMAIL), so the person who gets the email can sign in and look.
const USERS: { name: string; email: string; role: Role }[] = [
  { name: 'Carla Catalog', email: 'catalog@example.com', role: 'catalog' },
  { name: 'Sam Support', email: 'customer_service@example.com', role: 'customer_service' },
  { name: 'Fran Finance', email: 'finance@example.com', role: 'finance' },
  { name: 'Ada Admin', email: 'admin@example.com', role: 'admin' },
];

/**
 * The seeded API key, in development only (README.md, "API keys"): known, so that requests to the
 * JSON API can be tried at once. Like every key it is stored as its digest only.
 */
export const DEVELOPMENT_API_KEY = 'widgets_development_only_key_never_in_production_00';

const DEVELOPMENT_API_CLIENT = { clientName: 'Development', role: 'catalog' } as const;

export interface SeedCounts {
  statuses: number;
  manufacturers: number;
  widgets: number;
  ratings: number;
  users: number;
  apiKeys: number;
}

/** Why seeding must not run with this environment, or undefined when it may. */
export function seedRefusal(env: Record<string, string | undefined>): string | undefined {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development') {
    return `Refusing to seed: NODE_ENV is "${nodeEnv}"; the seed data is for development only.`;
  }
  const target = databaseUrlFor('development', env);
  if (target === env.TEST_DATABASE_URL || target === embeddedDatabaseUrl('test', env)) {
    return 'Refusing to seed: the database URL is the test database; the tests bring their own data.';
  }
  return undefined;
}

/** Creates what is missing from the development data; returns what the tables then hold. */
export async function seedDevelopmentData(db: PrismaClient): Promise<SeedCounts> {
  // The migration creates the statuses; upserting them keeps the seed correct on its own.
  for (const name of STATUSES) {
    await db.widgetStatus.upsert({ where: { name }, update: {}, create: { name } });
  }

  const manufacturerIds = new Map<string, number>();
  for (const { name, street, zip, createdAt } of MANUFACTURERS) {
    const manufacturer = await db.manufacturer.upsert({
      where: { name },
      update: {},
      create: { name, createdAt, address: { create: { street, zip } } },
    });
    manufacturerIds.set(name, manufacturer.id);
  }

  for (const { name, manufacturer, priceCents, status = 'Fresh', ratings = [] } of WIDGETS) {
    const manufacturerId = manufacturerIds.get(manufacturer)!;
    // Ratings are created with their widget, so a second run adds none.
    await db.widget.upsert({
      where: { name_manufacturerId: { name, manufacturerId } },
      update: {},
      create: {
        name,
        priceCents,
        manufacturer: { connect: { id: manufacturerId } },
        widgetStatus: { connect: { name: status } },
        ratings: { create: ratings.map((rating) => ({ rating })) },
      },
    });
  }

  // A user signs in with an email-and-password account (Better Auth's accounts table), which
  // holds the password's hash.
  const passwordHash = await hashPassword(DEVELOPMENT_PASSWORD);
  for (const { name, email, role } of USERS) {
    if (await db.user.findUnique({ where: { email } })) continue;
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, role } });
      await tx.account.create({
        data: {
          userId: user.id,
          providerId: 'credential',
          accountId: String(user.id),
          password: passwordHash,
        },
      });
    });
  }

  // Created once. A developer who deactivated it, or gave the client another active key on
  // /api_keys, keeps what they did.
  const tokenDigest = apiKeyTokenDigest(DEVELOPMENT_API_KEY);
  const { clientName, role } = DEVELOPMENT_API_CLIENT;
  const existingKey = await db.apiKey.findFirst({
    where: { OR: [{ tokenDigest }, { clientName, deactivatedAt: null }] },
  });
  if (!existingKey) {
    await db.apiKey.create({
      data: { clientName, role, tokenPrefix: apiKeyTokenPrefix(DEVELOPMENT_API_KEY), tokenDigest },
    });
  }

  return {
    statuses: await db.widgetStatus.count(),
    manufacturers: await db.manufacturer.count(),
    widgets: await db.widget.count(),
    ratings: await db.widgetRating.count(),
    users: await db.user.count(),
    apiKeys: await db.apiKey.count(),
  };
}

async function main(): Promise<void> {
  const refusal = seedRefusal(process.env);
  if (refusal) {
    console.error(refusal);
    process.exitCode = 1;
    return;
  }

  // Imported only now, so that a refused run never configures the app's database client.
  const { db } = await import('@/lib/db');
  try {
    const counts = await seedDevelopmentData(db);
    console.log(
      `Seeded development data: ${counts.statuses} statuses, ${counts.manufacturers} manufacturers, ` +
        `${counts.widgets} widgets, ${counts.ratings} ratings, ${counts.users} users ` +
        `(password "${DEVELOPMENT_PASSWORD}"), ${counts.apiKeys} API keys ` +
        `(${DEVELOPMENT_API_CLIENT.clientName}: "${DEVELOPMENT_API_KEY}").`,
    );
  } finally {
    await db.$disconnect();
  }
}

// Run as a command (`npm run db:seed`), not when a test imports this module.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
