import { beforeEach, describe, expect, it } from 'vitest';
import { apiKeyTokenMatches, apiKeyTokenPrefix, isApiKeyToken } from '@/lib/api-key-tokens';
import { apiKeyFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { ApiKeyRegistry, type ApiKeyInput, type CreateApiKeyResult } from './api-key-registry';

const registry = new ApiKeyRegistry();

const validInput: ApiKeyInput = { clientName: 'Acme Storefront', role: 'catalog' };

function creationErrors(result: CreateApiKeyResult) {
  if (result.created) throw new Error('expected the key to be refused');
  return result.errors.toFullMessages();
}

async function errorsFor(overrides: Partial<ApiKeyInput>) {
  return creationErrors(await registry.createApiKey({ ...validInput, ...overrides }));
}

beforeEach(deleteTestData);

describe('ApiKeyRegistry.createApiKey', () => {
  it('stores an active key, trimmed, by its prefix and digest; the key itself is only returned', async () => {
    const result = await registry.createApiKey({
      clientName: '  Acme Storefront ',
      role: 'finance',
    });

    if (!result.created) throw new Error('expected the key to be created');
    expect(isApiKeyToken(result.token)).toBe(true);
    const stored = await testDb.apiKey.findUniqueOrThrow({ where: { id: result.apiKey.id } });
    expect(stored).toEqual(result.apiKey);
    expect(stored).toMatchObject({
      clientName: 'Acme Storefront',
      role: 'finance',
      tokenPrefix: apiKeyTokenPrefix(result.token),
      deactivatedAt: null,
    });
    expect(apiKeyTokenMatches(result.token, stored.tokenDigest)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(result.token);
  });

  it('makes a different key each time', async () => {
    const first = await registry.createApiKey({ ...validInput, clientName: 'First' });
    const second = await registry.createApiKey({ ...validInput, clientName: 'Second' });

    if (!first.created || !second.created) throw new Error('expected both keys to be created');
    expect(first.token).not.toBe(second.token);
    expect(first.apiKey.tokenDigest).not.toBe(second.apiKey.tokenDigest);
  });

  it('refuses missing fields, all at once, in the order of the form', async () => {
    expect(await errorsFor({ clientName: '   ', role: '' })).toEqual({
      client_name: ["Client name can't be blank"],
      role: ["Role can't be blank"],
    });
    expect(await testDb.apiKey.count()).toBe(0);
  });

  it('refuses a role that is not one of the four, as the users form does', async () => {
    for (const role of ['superuser', 'Admin', 'visitor']) {
      expect(await errorsFor({ role }), role).toEqual({
        role: ['Role is not included in the list'],
      });
    }
  });

  it('refuses a client name longer than 255 characters (counted as PostgreSQL counts them)', async () => {
    expect(await errorsFor({ clientName: 'n'.repeat(256) })).toEqual({
      client_name: ['Client name is too long (maximum is 255 characters)'],
    });
    // 255 characters, though more UTF-16 code units.
    expect(
      await registry.createApiKey({ ...validInput, clientName: '😀'.repeat(255) }),
    ).toMatchObject({
      created: true,
    });
  });

  it('refuses a second active key for a client, and accepts one once the first is deactivated', async () => {
    const first = await apiKeyFactory.create({ clientName: 'Acme Storefront' });

    expect(await errorsFor({})).toEqual({
      client_name: ['Client name already has an active key'],
    });

    await registry.deactivateApiKey(first.id);
    const replacement = await registry.createApiKey(validInput);

    expect(replacement).toMatchObject({ created: true, apiKey: { deactivatedAt: null } });
    expect(await testDb.apiKey.count({ where: { clientName: 'Acme Storefront' } })).toBe(2);
  });

  it('tells clients apart by their exact name: other capitals are another client', async () => {
    await apiKeyFactory.create({ clientName: 'Acme Storefront' });

    expect(
      await registry.createApiKey({ ...validInput, clientName: 'ACME Storefront' }),
    ).toMatchObject({ created: true });
  });

  it('lets the partial unique index decide a race: one key, the others refused, no error', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => registry.createApiKey(validInput)),
    );

    expect(results.filter((result) => result.created)).toHaveLength(1);
    for (const result of results.filter((result) => !result.created)) {
      expect(creationErrors(result)).toEqual({
        client_name: ['Client name already has an active key'],
      });
    }
    expect(await testDb.apiKey.count()).toBe(1);
  });
});

describe('ApiKeyRegistry.deactivateApiKey', () => {
  it('deactivates an active key, and no other', async () => {
    const apiKey = await apiKeyFactory.create();
    const other = await apiKeyFactory.create();

    const result = await registry.deactivateApiKey(apiKey.id);

    expect(result).toMatchObject({ deactivated: true, apiKey: { id: apiKey.id } });
    const stored = await testDb.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(stored.deactivatedAt).toBeInstanceOf(Date);
    expect(stored).toMatchObject({
      clientName: apiKey.clientName,
      role: apiKey.role,
      tokenDigest: apiKey.tokenDigest,
    });
    expect(await testDb.apiKey.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      deactivatedAt: null,
    });
  });

  it('says a deactivated key was deactivated already, and keeps the first date', async () => {
    const deactivatedAt = new Date('2026-01-02T03:04:05Z');
    const apiKey = await apiKeyFactory.create({ deactivatedAt });

    expect(await registry.deactivateApiKey(apiKey.id)).toMatchObject({
      deactivated: false,
      reason: 'already-deactivated',
      apiKey: { id: apiKey.id, deactivatedAt },
    });
    expect(await testDb.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).toMatchObject({
      deactivatedAt,
    });
  });

  it('deactivates once when two admins deactivate the same key at once', async () => {
    const apiKey = await apiKeyFactory.create();

    const results = await Promise.all([
      registry.deactivateApiKey(apiKey.id),
      registry.deactivateApiKey(apiKey.id),
    ]);

    expect(results.map((result) => result.deactivated).sort()).toEqual([false, true]);
  });

  it('answers not-found for a key that does not exist', async () => {
    expect(await registry.deactivateApiKey(2_147_483_647)).toEqual({
      deactivated: false,
      reason: 'not-found',
    });
  });
});
