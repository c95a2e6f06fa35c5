// Creates an API key from the command line, as an admin does on /api_keys: for a client that is
// set up by a script, or when no admin can sign in.
//
//   npm run api-keys:create -- --client "Acme Storefront" --role catalog
//
// The key goes to standard output, alone and once (it is stored as its digest only, and cannot be
// shown again); what was created goes to standard error. It goes through
// ApiKeyRegistry.createApiKey, with the same rules as the form.
import '@/lib/load-env-files';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROLES } from '@/lib/policy';
import { ApiKeyRegistry } from '@/services/api-key-registry';

export const USAGE = `Usage: npm run api-keys:create -- --client NAME --role ROLE

Creates an active API key for the client NAME, which may do through the JSON API what a user with
ROLE may do. ROLE is one of: ${ROLES.join(', ')}.
A client has one active key: deactivate it on /api_keys before creating another.

The key is printed once, alone on standard output; copy it then, it cannot be shown again.
In production, run it with NODE_ENV=production and the app's environment (DATABASE_URL, ...).`;

/** `log` is standard output (the key only); `error` is standard error (everything else). */
type Console = { log: (message: string) => void; error: (message: string) => void };

/** Runs the command with its arguments; returns the exit code: 0 created, 1 refused, 2 usage. */
export async function createApiKeyCommand(
  args: string[],
  output: Console = console,
): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args,
      options: { client: { type: 'string' }, role: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    output.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { client, role } = options;
  if (client === undefined || role === undefined) {
    output.error(USAGE);
    return 2;
  }

  const result = await new ApiKeyRegistry().createApiKey({ clientName: client, role });
  if (!result.created) {
    const messages = Object.values(result.errors.toFullMessages()).flat();
    output.error(`The API key was not created:\n${messages.map((line) => `- ${line}`).join('\n')}`);
    return 1;
  }
  const { apiKey, token } = result;
  output.error(
    `Created API key ${apiKey.id} for ${apiKey.clientName}, role ${apiKey.role}. ` +
      'Copy it now; it will not be shown again:',
  );
  output.log(token);
  return 0;
}

async function main(): Promise<void> {
  const { db } = await import('@/lib/db');
  try {
    process.exitCode = await createApiKeyCommand(process.argv.slice(2));
  } finally {
    await db.$disconnect();
  }
}

// Run as a command (`npm run api-keys:create`), not when a test imports this module.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
