import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, userFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { SessionCreator } from './session-creator';

beforeEach(deleteTestData);

const creator = new SessionCreator();

function signIn(email: string, password: string, clientIp = '192.0.2.1') {
  return creator.createSession({ email, password }, { clientIp, requestHeaders: new Headers() });
}

describe('SessionCreator.createSession', () => {
  it('starts a session, stored in PostgreSQL, for the right email and password', async () => {
    const user = await userFactory.create({ role: 'finance' });

    const result = await signIn(user.email, TEST_PASSWORD);

    expect(result).toEqual({
      created: true,
      user: { id: user.id, name: user.name, email: user.email, role: 'finance' },
    });
    expect(await testDb.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it('finds the account whatever the capitals and spaces around the email', async () => {
    const user = await userFactory.create();

    const result = await signIn(`  ${user.email.toUpperCase()} `, TEST_PASSWORD);

    expect(result).toMatchObject({ created: true, user: { id: user.id } });
  });

  it('gives the same answer for a wrong password, an unknown email and a malformed one', async () => {
    const user = await userFactory.create();

    for (const [email, password] of [
      [user.email, 'wrong password 123'],
      ['nobody@example.com', TEST_PASSWORD],
      ['not an email', TEST_PASSWORD],
      [user.email, ''],
    ] as const) {
      expect(await signIn(email, password)).toEqual({ created: false, reason: 'invalid' });
    }
    expect(await testDb.session.count()).toBe(0);
  });

  it('does not sign in a deactivated user, even with the right password', async () => {
    const user = await userFactory.create({ deactivatedAt: new Date() });

    expect(await signIn(user.email, TEST_PASSWORD)).toEqual({ created: false, reason: 'invalid' });
    expect(await testDb.session.count()).toBe(0);
  });

  it('stops checking an email from an address after 5 failures, even the right password', async () => {
    const user = await userFactory.create();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(await signIn(user.email, `wrong password ${attempt}`)).toMatchObject({
        reason: 'invalid',
      });
    }

    const throttled = await signIn(user.email, TEST_PASSWORD);

    expect(throttled).toMatchObject({ created: false, reason: 'throttled' });
    expect(
      throttled.created === false &&
        throttled.reason === 'throttled' &&
        throttled.retryAfterSeconds,
    ).toBeGreaterThan(14 * 60);
    expect(await testDb.session.count()).toBe(0);
    // Another address, or another email from the same address, is not held back.
    expect(await signIn(user.email, TEST_PASSWORD, '192.0.2.2')).toMatchObject({ created: true });
    const colleague = await userFactory.create();
    expect(await signIn(colleague.email, TEST_PASSWORD)).toMatchObject({ created: true });
  });

  it('forgets earlier failures once the user signs in', async () => {
    const user = await userFactory.create();
    for (let attempt = 1; attempt <= 4; attempt += 1) await signIn(user.email, 'wrong password 1');
    await signIn(user.email, TEST_PASSWORD);

    for (let attempt = 1; attempt <= 4; attempt += 1) await signIn(user.email, 'wrong password 2');

    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ created: true });
  });
});
