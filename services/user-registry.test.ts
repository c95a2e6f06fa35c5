import { verifyPassword } from 'better-auth/crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, userFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { SessionCreator } from './session-creator';
import {
  UserRegistry,
  type RegisterUserResult,
  type UpdateUserResult,
  type UserInput,
} from './user-registry';

const registry = new UserRegistry();

const PASSWORD = 'correct horse battery';

const validInput: UserInput = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  role: 'finance',
  password: PASSWORD,
};

function registrationErrors(result: RegisterUserResult) {
  if (result.registered) throw new Error('expected the user to be refused');
  return result.errors.toFullMessages();
}

function updateErrors(result: UpdateUserResult) {
  if (result.updated || result.reason !== 'invalid') throw new Error('expected field errors');
  return result.errors.toFullMessages();
}

async function errorsFor(overrides: Partial<UserInput>) {
  return registrationErrors(await registry.registerUser({ ...validInput, ...overrides }));
}

function signIn(email: string, password: string) {
  return new SessionCreator().createSession(
    { email, password },
    { clientIp: '192.0.2.1', requestHeaders: new Headers() },
  );
}

/** The stored hash of a user's password (their credential account's). */
async function passwordHashOf(userId: number): Promise<string> {
  const account = await testDb.account.findFirstOrThrow({
    where: { userId, providerId: 'credential' },
  });
  return account.password!;
}

beforeEach(deleteTestData);

describe('UserRegistry.registerUser', () => {
  it('stores the user, trimmed, with a credential account whose hash Better Auth checks', async () => {
    const result = await registry.registerUser({
      ...validInput,
      name: '  Ada Lovelace ',
      email: ' Ada@Example.com ',
    });

    expect(result).toMatchObject({
      registered: true,
      user: {
        name: 'Ada Lovelace',
        email: 'Ada@Example.com',
        role: 'finance',
        deactivatedAt: null,
      },
    });
    if (!result.registered) return;
    const accounts = await testDb.account.findMany({ where: { userId: result.user.id } });
    expect(accounts).toEqual([
      expect.objectContaining({ providerId: 'credential', accountId: String(result.user.id) }),
    ]);
    expect(await verifyPassword({ hash: accounts[0]!.password!, password: PASSWORD })).toBe(true);
    expect(await signIn('ada@example.com', PASSWORD)).toMatchObject({
      created: true,
      user: { id: result.user.id, role: 'finance' },
    });
  });

  it('never returns the password or its hash', async () => {
    const result = await registry.registerUser(validInput);
    if (!result.registered) throw new Error('expected the user to be registered');

    const returned = JSON.stringify(result);
    expect(returned).not.toContain(PASSWORD);
    expect(returned).not.toContain(await passwordHashOf(result.user.id));
    expect(JSON.stringify(await errorsFor({ email: '' }))).not.toContain(PASSWORD);
  });

  it('refuses missing fields, all at once, in the order of the form', async () => {
    expect(await errorsFor({ name: '   ', email: '', role: '', password: '' })).toEqual({
      name: ["Name can't be blank"],
      email: ["Email can't be blank"],
      role: ["Role can't be blank"],
      password: ["Password can't be blank"],
    });
    expect(await testDb.user.count()).toBe(0);
  });

  it('refuses an email that is not one', async () => {
    for (const email of ['ada', 'ada@', '@example.com', 'ada @example.com']) {
      expect(await errorsFor({ email }), email).toEqual({ email: ['Email is invalid'] });
    }
  });

  it('refuses an email already taken, whatever its capitals, by an active or deactivated user', async () => {
    await userFactory.create({ email: 'ada@example.com', deactivatedAt: new Date() });

    expect(await errorsFor({ email: 'ADA@example.com' })).toEqual({
      email: ['Email has already been taken'],
    });
    expect(await testDb.user.count()).toBe(1);
  });

  it('refuses a role that is not one of the four', async () => {
    for (const role of ['superuser', 'Admin', 'visitor']) {
      expect(await errorsFor({ role }), role).toEqual({
        role: ['Role is not included in the list'],
      });
    }
  });

  it('refuses a password shorter than 12 characters, or longer than sign-in accepts', async () => {
    expect(await errorsFor({ password: 'elevenchars' })).toEqual({
      password: ['Password is too short (minimum is 12 characters)'],
    });
    expect(await errorsFor({ password: 'x'.repeat(129) })).toEqual({
      password: ['Password is too long (maximum is 128 characters)'],
    });
    // Spaces are part of a password, and count.
    expect(await registry.registerUser({ ...validInput, password: ' twelve char' })).toMatchObject({
      registered: true,
    });
  });

  it('refuses a name or email too long to be real', async () => {
    expect(
      await errorsFor({ name: 'n'.repeat(101), email: `${'e'.repeat(250)}@example.com` }),
    ).toEqual({
      name: ['Name is too long (maximum is 100 characters)'],
      email: ['Email is too long (maximum is 254 characters)'],
    });
  });

  it('answers a race for the same email with a field error, and writes no account', async () => {
    // Capitals differ too: the unique index on the citext column compares without case.
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        registry.registerUser({
          ...validInput,
          name: `Ada ${index}`,
          email: index % 2 === 0 ? 'ada@example.com' : 'ADA@Example.COM',
        }),
      ),
    );

    expect(results.filter((result) => result.registered)).toHaveLength(1);
    for (const result of results.filter((result) => !result.registered)) {
      expect(registrationErrors(result)).toEqual({ email: ['Email has already been taken'] });
    }
    expect(await testDb.user.count()).toBe(1);
    expect(await testDb.account.count()).toBe(1);
  });
});

describe('UserRegistry.updateUser', () => {
  it('changes the name and the role', async () => {
    const user = await userFactory.create({ role: 'catalog' });

    const result = await registry.updateUser(user.id, { name: ' Grace Hopper ', role: 'admin' });

    expect(result).toMatchObject({ updated: true, user: { name: 'Grace Hopper', role: 'admin' } });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name: 'Grace Hopper',
      role: 'admin',
      email: user.email,
    });
  });

  it('keeps the role when none is given', async () => {
    const user = await userFactory.create({ role: 'finance' });

    await registry.updateUser(user.id, { name: 'Renamed' });

    expect(await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name: 'Renamed',
      role: 'finance',
    });
  });

  it('refuses a blank name and an unknown role, and changes nothing', async () => {
    const user = await userFactory.create({ role: 'catalog' });

    const result = await registry.updateUser(user.id, { name: ' ', role: 'root' });

    expect(updateErrors(result)).toEqual({
      name: ["Name can't be blank"],
      role: ['Role is not included in the list'],
    });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name: user.name,
      role: 'catalog',
    });
  });

  it('answers not-found for a user that does not exist', async () => {
    expect(await registry.updateUser(2_147_483_647, { name: 'Nobody', role: 'admin' })).toEqual({
      updated: false,
      reason: 'not-found',
    });
  });

  it('leaves the password as it was', async () => {
    const user = await userFactory.create();
    const hash = await passwordHashOf(user.id);

    await registry.updateUser(user.id, { name: 'Renamed', role: 'admin' });

    expect(await passwordHashOf(user.id)).toBe(hash);
  });
});

describe('UserRegistry.deactivateUser', () => {
  it('deactivates the user and ends their sessions at once; they cannot sign in again', async () => {
    const user = await userFactory.create();
    const colleague = await userFactory.create();
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ created: true });
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ created: true });
    expect(await signIn(colleague.email, TEST_PASSWORD)).toMatchObject({ created: true });

    const result = await registry.deactivateUser(user.id);

    expect(result).toMatchObject({ deactivated: true, user: { id: user.id } });
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.deactivatedAt).toBeInstanceOf(Date);
    expect(await testDb.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await testDb.session.count({ where: { userId: colleague.id } })).toBe(1);
    expect(await signIn(user.email, TEST_PASSWORD)).toEqual({ created: false, reason: 'invalid' });
    expect(await testDb.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('keeps the first date when a deactivated user is deactivated again', async () => {
    const deactivatedAt = new Date('2026-01-02T03:04:05Z');
    const user = await userFactory.create({ deactivatedAt });

    expect(await registry.deactivateUser(user.id)).toMatchObject({
      deactivated: true,
      user: { deactivatedAt },
    });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      deactivatedAt,
    });
  });

  it('answers not-found for a user that does not exist', async () => {
    expect(await registry.deactivateUser(2_147_483_647)).toEqual({
      deactivated: false,
      reason: 'not-found',
    });
  });
});
