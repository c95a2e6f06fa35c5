// Test data factories (fishery + faker). Every value that must be unique comes from the
// factory's sequence, and every name carries a "Test" marker so it never collides with seeds.
//
//   const widget = await widgetFactory.create({ name: 'Test Stembolt', priceCents: 12_345 });
//   const legacy = await manufacturerFactory.create({ createdAt: new Date('2009-06-01') });
//   const archived = await widgetFactory.create({ manufacturerId: legacy.id, statusName: 'Archived' });
//   const admin = await userFactory.create({ role: 'admin' }); // signs in with TEST_PASSWORD
//   const { token } = await apiKeyFactory.create({ role: 'catalog' }); // Authorization: Bearer <token>
import { faker } from '@faker-js/faker';
import { hashPassword } from 'better-auth/crypto';
import { Factory } from 'fishery';
import type {
  Address,
  ApiKey,
  Manufacturer,
  User,
  Widget,
  WidgetRating,
} from '@/generated/prisma/client';
import { generateApiKeyToken } from '@/lib/api-key-tokens';
import type { Role } from '@/lib/policy';
import { testDb } from '@/test/support/database';

export const addressFactory = Factory.define<Address>(({ sequence, onCreate }) => {
  onCreate(({ id, ...data }) => testDb.address.create({ data }));
  return {
    id: 0,
    street: `${sequence} ${faker.location.street()}`,
    zip: faker.location.zipCode('#####'),
    createdAt: new Date(),
    updatedAt: new Date(),
  };
});

type ManufacturerParams = Omit<Manufacturer, 'addressId'> & { addressId?: number };

export const manufacturerFactory = Factory.define<ManufacturerParams, object, Manufacturer>(
  ({ sequence, onCreate }) => {
    onCreate(async ({ id, addressId, ...data }) =>
      testDb.manufacturer.create({
        data: { ...data, addressId: addressId ?? (await addressFactory.create()).id },
      }),
    );
    return {
      id: 0,
      name: `Test Manufacturer ${sequence} ${faker.company.name()}`,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
  },
);

type WidgetParams = Omit<Widget, 'manufacturerId' | 'widgetStatusId'> & {
  manufacturerId?: number;
  widgetStatusId?: number;
  /** Status by name when widgetStatusId is not given; defaults to "Fresh". */
  statusName?: 'Fresh' | 'Approved' | 'Archived';
};

export const widgetFactory = Factory.define<WidgetParams, object, Widget>(
  ({ sequence, onCreate }) => {
    onCreate(async ({ id, manufacturerId, widgetStatusId, statusName, ...data }) => {
      const status =
        widgetStatusId ??
        (await testDb.widgetStatus.findUniqueOrThrow({ where: { name: statusName ?? 'Fresh' } }))
          .id;
      return testDb.widget.create({
        data: {
          ...data,
          widgetStatusId: status,
          manufacturerId: manufacturerId ?? (await manufacturerFactory.create()).id,
        },
      });
    });
    return {
      id: 0,
      name: `Test Widget ${sequence} ${faker.commerce.productName()}`,
      priceCents: faker.number.int({ min: 1_00, max: 9_999_00 }),
      lockVersion: 0,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
  },
);

type WidgetRatingParams = Omit<WidgetRating, 'widgetId'> & { widgetId?: number };

export const widgetRatingFactory = Factory.define<WidgetRatingParams, object, WidgetRating>(
  ({ onCreate }) => {
    onCreate(async ({ id, widgetId, ...data }) =>
      testDb.widgetRating.create({
        data: { ...data, widgetId: widgetId ?? (await widgetFactory.create()).id },
      }),
    );
    return { id: 0, rating: faker.number.int({ min: 1, max: 5 }), createdAt: new Date() };
  },
);

/** Every factory user's password. */
export const TEST_PASSWORD = 'test password 12345';

// Hashing takes a tenth of a second on purpose (scrypt); the factory's users share one hash of
// TEST_PASSWORD rather than pay for it every time.
let testPasswordHashPromise: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  testPasswordHashPromise ??= hashPassword(TEST_PASSWORD);
  return testPasswordHashPromise;
}

type UserParams = Omit<User, 'role'> & { role?: Role; password?: string };

// A user with an email-and-password account, as the users page creates them: the password hash
// lives in accounts (Better Auth's model), hashed the way Better Auth checks it.
export const userFactory = Factory.define<UserParams, object, User>(({ sequence, onCreate }) => {
  onCreate(async ({ id, password, role, ...data }) => {
    const passwordHash = await (password ? hashPassword(password) : testPasswordHash());
    return testDb.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...data, role: role ?? 'catalog' } });
      await tx.account.create({
        data: {
          userId: user.id,
          providerId: 'credential',
          accountId: String(user.id),
          password: passwordHash,
        },
      });
      return user;
    });
  });
  return {
    id: 0,
    name: `Test User ${sequence} ${faker.person.fullName()}`,
    email: `test-user-${sequence}-${faker.string.alphanumeric(6).toLowerCase()}@example.com`,
    emailVerified: false,
    image: null,
    deactivatedAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
});

type ApiKeyParams = Omit<ApiKey, 'role' | 'tokenPrefix' | 'tokenDigest'> & { role?: Role };

// An API key as /api_keys creates it, with the key itself (`token`), which only a test ever sees
// again: the table holds its digest.
export const apiKeyFactory = Factory.define<ApiKeyParams, object, ApiKey & { token: string }>(
  ({ sequence, onCreate }) => {
    onCreate(async ({ id, role, ...data }) => {
      const { token, prefix, digest } = generateApiKeyToken();
      const apiKey = await testDb.apiKey.create({
        data: { ...data, role: role ?? 'catalog', tokenPrefix: prefix, tokenDigest: digest },
      });
      return { ...apiKey, token };
    });
    return {
      id: 0,
      clientName: `Test Client ${sequence} ${faker.company.name()}`,
      createdAt: new Date(),
      deactivatedAt: null,
    };
  },
);
