import { beforeEach, describe, expect, it } from 'vitest';
import { apiKeyFactory } from '@/test/factories';
import { deleteTestData } from '@/test/support/database';
import { runWithRequestContext, type RequestContext } from '@/lib/request-context';
import { apiKeyTokenFrom, authenticateApiRequest } from './authentication';

beforeEach(deleteTestData);

const requestWith = (authorization?: string) =>
  new Request('http://widgets.test/api/v1/widgets', {
    headers: authorization === undefined ? {} : { Authorization: authorization },
  });

describe('apiKeyTokenFrom', () => {
  it('reads the key from a Bearer or a Token header, in any capitalisation', () => {
    for (const header of [
      'Bearer widgets_abc',
      'bearer widgets_abc',
      'Token token="widgets_abc"',
      'Token token=widgets_abc',
      'token token="widgets_abc", nonce="def"',
    ]) {
      expect(apiKeyTokenFrom(header), header).toBe('widgets_abc');
    }
  });

  it('reads nothing from a missing header or another scheme', () => {
    for (const header of [
      null,
      '',
      'Basic d2lkZ2V0czpzZWNyZXQ=',
      'Bearer',
      'Token widgets_abc',
      'Bearer a b',
    ]) {
      expect(apiKeyTokenFrom(header), String(header)).toBeNull();
    }
  });
});

describe('authenticateApiRequest', () => {
  it("finds the active key's client and role, and names the client in the request's context", async () => {
    const apiKey = await apiKeyFactory.create({ clientName: 'Acme Parts', role: 'finance' });
    const context: RequestContext = { requestId: 'test' };

    const result = await runWithRequestContext(context, () =>
      authenticateApiRequest(requestWith(`Bearer ${apiKey.token}`)),
    );

    expect(result).toEqual({
      authenticated: true,
      client: { apiKeyId: apiKey.id, clientName: 'Acme Parts', role: 'finance' },
    });
    expect(context.apiClient).toBe('Acme Parts');
  });

  it('refuses a missing, malformed, unknown or deactivated key, and says which', async () => {
    const active = await apiKeyFactory.create();
    const deactivated = await apiKeyFactory.create({ deactivatedAt: new Date() });
    // Same prefix, other secret: found by its prefix, refused by its digest.
    const forged = `${active.token.slice(0, 16)}${'A'.repeat(35)}`;

    expect(await authenticateApiRequest(requestWith())).toEqual({
      authenticated: false,
      reason: 'missing',
    });
    for (const token of ['secret', `${active.token}x`, forged]) {
      expect(await authenticateApiRequest(requestWith(`Bearer ${token}`)), token).toEqual({
        authenticated: false,
        reason: 'invalid',
      });
    }
    expect(await authenticateApiRequest(requestWith(`Bearer ${deactivated.token}`))).toEqual({
      authenticated: false,
      reason: 'deactivated',
    });
  });
});
