import { beforeEach, describe, expect, it } from 'vitest';
import { PER_PAGE } from '@/lib/pagination';
import { apiKeyFactory } from '@/test/factories';
import { deleteTestData } from '@/test/support/database';
import { listApiKeys } from './api-key-queries';

beforeEach(deleteTestData);

const idsOf = (rows: { id: number }[]) => rows.map(({ id }) => id);

describe('listApiKeys', () => {
  it('lists active and deactivated keys, newest first, with their client, role and prefix only', async () => {
    const deactivatedAt = new Date('2026-03-04T05:06:07.890Z');
    const older = await apiKeyFactory.create({
      clientName: 'Acme Storefront',
      role: 'finance',
      createdAt: new Date('2025-01-02T03:04:05.678Z'),
      deactivatedAt,
    });
    const newer = await apiKeyFactory.create({
      clientName: 'Globex Feed',
      role: 'catalog',
      createdAt: new Date('2026-05-06T07:08:09.123Z'),
    });

    expect(await listApiKeys({ cursor: null })).toEqual({
      apiKeys: [
        {
          id: newer.id,
          clientName: 'Globex Feed',
          role: 'catalog',
          tokenPrefix: newer.tokenPrefix,
          createdAt: newer.createdAt,
          deactivatedAt: null,
        },
        {
          id: older.id,
          clientName: 'Acme Storefront',
          role: 'finance',
          tokenPrefix: older.tokenPrefix,
          createdAt: older.createdAt,
          deactivatedAt,
        },
      ],
      previousPage: null,
      nextPage: null,
    });
  });

  it('orders keys created at the same moment by id, newest first', async () => {
    const createdAt = new Date('2026-01-01T00:00:00Z');
    const first = await apiKeyFactory.create({ createdAt });
    const second = await apiKeyFactory.create({ createdAt });

    expect(idsOf((await listApiKeys({ cursor: null })).apiKeys)).toEqual([second.id, first.id]);
  });

  it(`shows ${PER_PAGE} keys a page, forward and back`, async () => {
    const keys = [];
    for (let i = 0; i < PER_PAGE + 1; i++) {
      keys.push(await apiKeyFactory.create({ createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) }));
    }
    const newestFirst = idsOf(keys).reverse();

    const first = await listApiKeys({ cursor: null });
    const second = await listApiKeys({ cursor: first.nextPage });
    const back = await listApiKeys({ cursor: second.previousPage });

    expect(idsOf(first.apiKeys)).toEqual(newestFirst.slice(0, PER_PAGE));
    expect(idsOf(second.apiKeys)).toEqual(newestFirst.slice(PER_PAGE));
    expect(second.nextPage).toBeNull();
    expect(back).toEqual(first);
  });

  it('shows the first page for a cursor that names no key', async () => {
    const apiKey = await apiKeyFactory.create();

    const list = await listApiKeys({ cursor: { after: 2_147_483_647 } });

    expect(idsOf(list.apiKeys)).toEqual([apiKey.id]);
  });
});
