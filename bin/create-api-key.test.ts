import { beforeEach, describe, expect, it } from 'vitest';
import { apiKeyTokenMatches, isApiKeyToken } from '@/lib/api-key-tokens';
import { apiKeyFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { createApiKeyCommand, USAGE } from './create-api-key';

beforeEach(deleteTestData);

/** Runs the command; returns its exit code and what it printed on standard output and error. */
async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await createApiKeyCommand(args, {
    log: (line) => stdout.push(line),
    error: (line) => stderr.push(line),
  });
  return { exitCode, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('npm run api-keys:create', () => {
  it('creates an active key and prints it alone on standard output, once', async () => {
    const { exitCode, stdout, stderr } = await run([
      '--client',
      'Acme Storefront',
      '--role',
      'catalog',
    ]);

    expect(exitCode).toBe(0);
    expect(isApiKeyToken(stdout)).toBe(true);
    expect(stderr).toMatch(
      /^Created API key \d+ for Acme Storefront, role catalog\. Copy it now; it will not be shown again:$/,
    );
    const apiKey = await testDb.apiKey.findFirstOrThrow({
      where: { clientName: 'Acme Storefront' },
    });
    expect(apiKey).toMatchObject({ role: 'catalog', deactivatedAt: null });
    expect(apiKeyTokenMatches(stdout, apiKey.tokenDigest)).toBe(true);
  });

  it('prints every reason when the key is refused, and creates nothing', async () => {
    await apiKeyFactory.create({ clientName: 'Acme Storefront' });

    const { exitCode, stdout, stderr } = await run([
      '--client',
      'Acme Storefront',
      '--role',
      'root',
    ]);

    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'The API key was not created:',
        '- Client name already has an active key',
        '- Role is not included in the list',
      ].join('\n'),
    );
    expect(await testDb.apiKey.count()).toBe(1);
  });

  it('shows the usage for wrong arguments, and creates nothing', async () => {
    for (const args of [
      ['--client', 'Acme'],
      ['--client', 'Acme', '--role', 'catalog', 'extra'],
    ]) {
      const { exitCode, stdout, stderr } = await run(args);

      expect(exitCode, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(USAGE);
    }
    expect(await testDb.apiKey.count()).toBe(0);
  });
});
