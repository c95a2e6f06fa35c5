import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from 'better-auth/crypto';
import { apiKeyTokenMatches, isApiKeyToken } from '@/lib/api-key-tokens';
import {
  DEVELOPMENT_API_KEY,
  DEVELOPMENT_PASSWORD,
  seedDevelopmentData,
  seedRefusal,
} from '@/prisma/seed';
import { deleteTestData, testDb } from '@/test/support/database';

describe('seedRefusal', () => {
  it('lets development seed, and an unset NODE_ENV means development', () => {
    expect(seedRefusal({ NODE_ENV: 'development' })).toBeUndefined();
    expect(seedRefusal({})).toBeUndefined();
    expect(
      seedRefusal({ DATABASE_URL: 'postgresql://localhost/widgets_development' }),
    ).toBeUndefined();
  });

  it.each(['test', 'production'])('refuses NODE_ENV=%s', (nodeEnv) => {
    expect(seedRefusal({ NODE_ENV: nodeEnv })).toBe(
      `Refusing to seed: NODE_ENV is "${nodeEnv}"; the seed data is for development only.`,
    );
  });

  it('refuses the test database, embedded or named by TEST_DATABASE_URL', () => {
    const refusal =
      'Refusing to seed: the database URL is the test database; the tests bring their own data.';
    expect(
      seedRefusal({ DATABASE_URL: 'postgresql://postgres:postgres@127.0.0.1:54329/widgets_test' }),
    ).toBe(refusal);
    const testUrl = 'postgresql://ci@db.internal/widgets_ci';
    expect(seedRefusal({ DATABASE_URL: testUrl, TEST_DATABASE_URL: testUrl })).toBe(refusal);
  });
});

// The seed refuses the test database as a command; its data function is tried here on it.
describe('seedDevelopmentData', () => {
  beforeAll(deleteTestData);
  afterAll(deleteTestData);

  it('creates the development data once: a second run changes nothing', async () => {
    const rows = () =>
      Promise.all([
        testDb.manufacturer.findMany({ orderBy: { id: 'asc' } }),
        testDb.widget.findMany({ orderBy: { id: 'asc' } }),
      ]);
    const first = await seedDevelopmentData(testDb);
    const rowsAfterFirst = await rows();

    const second = await seedDevelopmentData(testDb);

    expect(first).toMatchObject({ statuses: 3, manufacturers: 10, users: 4, apiKeys: 1 });
    expect(first.widgets).toBeGreaterThan(25); // more than one page of the list
    expect(first.ratings).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(await rows()).toEqual(rowsAfterFirst);
  });

  it('has one user per role, each able to sign in with the development password', async () => {
    const users = await testDb.user.findMany({
      include: { accounts: true },
      orderBy: { id: 'asc' },
    });
    expect(users.map(({ role }) => role).sort()).toEqual([
      'admin',
      'catalog',
      'customer_service',
      'finance',
    ]);
    for (const user of users) {
      const [account] = user.accounts;
      expect(account?.providerId).toBe('credential');
      expect(
        await verifyPassword({ hash: account!.password!, password: DEVELOPMENT_PASSWORD }),
      ).toBe(true);
    }
  });

  it('has an active catalog key for the client "Development": the documented key, by its digest', async () => {
    expect(isApiKeyToken(DEVELOPMENT_API_KEY)).toBe(true);
    const [apiKey, ...others] = await testDb.apiKey.findMany();
    expect(others).toEqual([]);
    expect(apiKey).toMatchObject({
      clientName: 'Development',
      role: 'catalog',
      tokenPrefix: 'widgets_developm',
      deactivatedAt: null,
    });
    expect(apiKeyTokenMatches(DEVELOPMENT_API_KEY, apiKey!.tokenDigest)).toBe(true);
  });

  it('leaves the development key deactivated once a developer has deactivated it', async () => {
    await testDb.apiKey.updateMany({ data: { deactivatedAt: new Date('2026-01-01T00:00:00Z') } });

    expect(await seedDevelopmentData(testDb)).toMatchObject({ apiKeys: 1 });
    expect(await testDb.apiKey.count({ where: { deactivatedAt: null } })).toBe(0);
  });

  it('has Stembolt by Cyberdyne Systems, a recent manufacturer', async () => {
    const stembolt = await testDb.widget.findFirstOrThrow({
      where: { name: 'Stembolt', manufacturer: { name: 'Cyberdyne Systems' } },
      include: { manufacturer: true },
    });
    const sixtyDaysAgo = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
    expect(stembolt.manufacturer.createdAt.getTime()).toBeGreaterThan(sixtyDaysAgo.getTime());
  });

  it('has a legacy manufacturer (created before 2010) whose widgets cost at least $100.00', async () => {
    const legacy = await testDb.manufacturer.findMany({
      where: { createdAt: { lt: new Date('2010-01-01T00:00:00Z') } },
      include: { widgets: true },
    });
    expect(legacy.map((manufacturer) => manufacturer.name)).toEqual(['Acme Legacy Works']);
    const prices = legacy.flatMap((manufacturer) => manufacturer.widgets.map((w) => w.priceCents));
    expect(Math.min(...prices)).toBe(100_00);
  });
});
