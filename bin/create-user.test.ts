import { beforeEach, describe, expect, it } from 'vitest';
import { SessionCreator } from '@/services/session-creator';
import { deleteTestData, testDb } from '@/test/support/database';
import { createUserCommand, USAGE } from './create-user';

beforeEach(deleteTestData);

const PASSWORD = 'first admin password';

/** Runs the command; returns its exit code, what it printed, and whether it asked for the password. */
async function run(args: string[], password = PASSWORD) {
  const printed: string[] = [];
  let askedForPassword = false;
  const exitCode = await createUserCommand(
    args,
    async () => {
      askedForPassword = true;
      return password;
    },
    { log: (line) => printed.push(line), error: (line) => printed.push(line) },
  );
  return { exitCode, output: printed.join('\n'), askedForPassword };
}

describe('npm run users:create', () => {
  it('creates a user who can sign in with the password it read', async () => {
    const { exitCode, output } = await run([
      '--email',
      'first-admin@example.com',
      '--name',
      'First Admin',
      '--role',
      'admin',
    ]);

    expect(exitCode).toBe(0);
    expect(output).toMatch(
      /^Created user \d+: First Admin <first-admin@example.com>, role admin\.$/,
    );
    expect(output).not.toContain(PASSWORD);
    const signIn = await new SessionCreator().createSession(
      { email: 'first-admin@example.com', password: PASSWORD },
      { clientIp: '192.0.2.1', requestHeaders: new Headers() },
    );
    expect(signIn).toMatchObject({ created: true, user: { role: 'admin' } });
  });

  it('prints every reason when the user is refused, and creates nothing', async () => {
    const { exitCode, output } = await run(
      ['--email', 'not-an-email', '--name', 'X', '--role', 'root'],
      'short',
    );

    expect(exitCode).toBe(1);
    expect(output).toBe(
      [
        'The user was not created:',
        '- Email is invalid',
        '- Role is not included in the list',
        '- Password is too short (minimum is 12 characters)',
      ].join('\n'),
    );
    expect(await testDb.user.count()).toBe(0);
  });

  it('takes no password on the command line, and shows the usage for wrong arguments', async () => {
    for (const args of [
      ['--email', 'a@example.com', '--name', 'A', '--role', 'admin', '--password', PASSWORD],
      ['--email', 'a@example.com', '--role', 'admin'],
      ['a@example.com'],
    ]) {
      const { exitCode, output, askedForPassword } = await run(args);

      expect(exitCode, args.join(' ')).toBe(2);
      expect(output).toContain(USAGE);
      expect(askedForPassword).toBe(false);
    }
    expect(await testDb.user.count()).toBe(0);
  });
});
